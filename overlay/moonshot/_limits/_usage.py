"""Tokens a request is charged before it is sent, counted as ``create_many`` counts them
(prompt estimate plus the completion allowance, ``moonshot.batching``); the answer's
``usage`` then corrects the store by the difference (``moonshot._http.gate``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx2

from ._tokens import estimate_request_tokens

__all__ = ["estimate_tokens", "request_tokens"]


def estimate_tokens(body: Mapping[str, Any]) -> int:
    """A model request's tokens (chat, Responses, Messages); 0 for other requests."""
    if "model" not in body:
        return 0
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


def request_tokens(request: httpx2.Request) -> int:
    """The estimate for a request's JSON body (0 for other bodies)."""
    if not isinstance(request.stream, httpx2.ByteStream):
        return 0  # a streamed upload: not a model request
    if "json" not in request.headers.get("content-type", ""):
        return 0
    try:
        body = json.loads(request.content)
    except ValueError:
        return 0
    return estimate_tokens(body) if isinstance(body, Mapping) else 0
