"""Token estimates for pacing under a TPM limit, counted the way the gateway counts.

Moonshot's rate-limit page: the gateway charges a request, before generation, its prompt
tokens plus ``max_completion_tokens`` (or the model's default when the request has none).
The default is the one the API document's description of ``max_completion_tokens`` names
for the request's model ("for Kimi K3 it defaults to 131072"; the older document: "defaults
to a reasonable integer such as 1024"), read at build time (scripts/document_facts.py), so
a new document moves it without a code change.

The prompt is estimated locally, on the high side (no tokenizer ships with the client):
one token per CJK character, one per 3 other non-space characters, and a few tokens of
framing per message and per request; images and videos at a flat cost. ``X-RateLimit-*`` headers and
429s correct what the estimate gets wrong.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from typing import Any

from .._openapi import generated

__all__ = ["completion_allowance", "default_max_completion_tokens", "estimate_request_tokens"]

# Used only when the document names no default for the model (it names other models only):
# the value the document gave for every model before. A reworded default fails the build.
FALLBACK_DEFAULT = 1024
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_MESSAGE_FRAMING = 4
_REQUEST_FRAMING = 3
_IMAGE_TOKENS = 1024
_VIDEO_TOKENS = 4096


@functools.cache
def default_max_completion_tokens(model: str) -> int:
    """The ``max_completion_tokens`` the gateway assumes for ``model`` when none is sent."""
    facts = generated.readers()
    found: int | None = facts.MAX_COMPLETION_TOKENS_DEFAULTS.get(model.lower())
    if found is None:
        found = facts.MAX_COMPLETION_TOKENS_DEFAULT
    return FALLBACK_DEFAULT if found is None else found


def completion_allowance(body: Mapping[str, Any]) -> int:
    """``max_completion_tokens`` (or the deprecated ``max_tokens``), else the model default."""
    for name in ("max_completion_tokens", "max_tokens"):
        value = body.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
    return default_max_completion_tokens(str(body.get("model", "")))


def _text_tokens(text: str) -> int:
    cjk = len(_CJK.findall(text))
    other = sum(1 for ch in text if not ch.isspace()) - cjk
    return cjk + (other + 2) // 3


def _content_tokens(content: Any) -> int:
    if isinstance(content, str):
        return _text_tokens(content)
    if not isinstance(content, list):
        return _text_tokens(json.dumps(content, ensure_ascii=False)) if content else 0
    total = 0
    for part in content:
        kind = part.get("type") if isinstance(part, Mapping) else None
        if kind == "image_url":
            total += _IMAGE_TOKENS
        elif kind == "video_url":
            total += _VIDEO_TOKENS
        elif isinstance(part, Mapping):
            total += _text_tokens(str(part.get("text", "")))
    return total


def estimate_request_tokens(body: Mapping[str, Any]) -> int:
    """Prompt estimate plus the completion allowance: what one request spends of TPM."""
    prompt = _REQUEST_FRAMING
    for message in body.get("messages") or ():
        if not isinstance(message, Mapping):
            continue
        prompt += _MESSAGE_FRAMING + _content_tokens(message.get("content"))
        for key in ("name", "tool_call_id", "reasoning_content"):
            if isinstance(message.get(key), str):
                prompt += _text_tokens(message[key])
        if message.get("tool_calls"):
            prompt += _text_tokens(json.dumps(message["tool_calls"], ensure_ascii=False))
    if body.get("tools"):
        prompt += _text_tokens(json.dumps(body["tools"], ensure_ascii=False))
    return prompt + completion_allowance(body)
