"""Tokens: what a request is charged before it is sent, and the answer's usage after.

The charge is counted as ``create_many`` counts it (prompt estimate plus the completion
allowance, ``moonshot.batching``); the answer's ``usage`` then corrects the store by the
difference, so a TPM budget follows what the server counted.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx2

__all__ = ["CHARGED_EXTENSION", "TOKENS_EXTENSION", "charge_of", "usage_tokens"]

TOKENS_EXTENSION = "moonshot.limits.tokens"
"""Set by a caller that counted the request's tokens already (``create_many``)."""
CHARGED_EXTENSION = "moonshot.limits.charged"
"""Set by the gate: (the store, the tokens the request was charged)."""


def estimate_tokens(body: Mapping[str, Any]) -> int:
    """A model request's tokens (chat, Responses, Messages); 0 for other requests."""
    if "model" not in body:
        return 0
    from ..batching._tokens import estimate_request_tokens

    if "messages" in body or "input" not in body:
        return estimate_request_tokens(body)
    # Responses: the input in place of the messages, max_output_tokens as the allowance.
    framed: dict[str, Any] = {
        "model": body.get("model"),
        "messages": [{"role": "user", "content": json.dumps(body["input"], ensure_ascii=False)}],
    }
    if isinstance(body.get("max_output_tokens"), int):
        framed["max_completion_tokens"] = body["max_output_tokens"]
    return estimate_request_tokens(framed)


def charge_of(request: httpx2.Request) -> int:
    """The tokens ``request`` is charged: a caller's count, else an estimate of its body."""
    given = request.extensions.get(TOKENS_EXTENSION)
    if isinstance(given, int):
        return given
    if not isinstance(request.stream, httpx2.ByteStream):
        return 0  # a streamed upload: not a model request
    if "json" not in request.headers.get("content-type", ""):
        return 0
    try:
        body = json.loads(request.content)
    except ValueError:
        return 0
    tokens = estimate_tokens(body) if isinstance(body, Mapping) else 0
    request.extensions[TOKENS_EXTENSION] = tokens  # a retry does not count again
    return tokens


def usage_tokens(result: Any) -> int | None:
    """The tokens an answer's ``usage`` reports (``total_tokens``, else input + output)."""
    usage = result.get("usage") if isinstance(result, Mapping) else getattr(result, "usage", None)
    if usage is None:
        return None

    def field(name: str) -> Any:
        return usage.get(name) if isinstance(usage, Mapping) else getattr(usage, name, None)

    total = field("total_tokens")
    if isinstance(total, int) and not isinstance(total, bool):
        return total
    parts = [field("input_tokens"), field("output_tokens")]
    if all(isinstance(part, int) and not isinstance(part, bool) for part in parts):
        return int(parts[0]) + int(parts[1])
    return None
