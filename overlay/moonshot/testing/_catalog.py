"""The models the local server lists, read from the API document."""

from __future__ import annotations

import functools
import re
from typing import Any

from .._openapi.document import load_spec

__all__ = ["context_length", "is_thinking", "model_ids", "model_object"]

_CREATED = 1_735_689_600  # 2025-01-01, fixed so listings are deterministic
_CONTEXT_BY_NAME = re.compile(r"-(\d+)k\b")
_KNOWN_CONTEXT = {
    "moonshot-v1-auto": 131_072,
    "kimi-k2-0711-preview": 131_072,
}
_DEFAULT_CONTEXT = 262_144


@functools.cache
def model_ids() -> tuple[str, ...]:
    """Every model name the document mentions: chat discriminator and token estimate enum."""
    spec = load_spec()
    chat = spec["paths"]["/v1/chat/completions"]["post"]["requestBody"]["content"]
    names = list(chat["application/json"]["schema"]["discriminator"]["mapping"])
    estimate = spec["components"]["schemas"]["EstimateTokenRequest"]["properties"]["model"]
    names += [n for n in estimate.get("enum", ()) if n not in names]
    return tuple(names)


def context_length(model: str) -> int:
    """The context window: from ``-8k``-style names, else the documented size."""
    if model in _KNOWN_CONTEXT:
        return _KNOWN_CONTEXT[model]
    found = _CONTEXT_BY_NAME.search(model)
    return int(found.group(1)) * 1024 if found else _DEFAULT_CONTEXT


def is_thinking(model: str, thinking: Any = None) -> bool:
    """Whether a request to ``model`` produces ``reasoning_content``."""
    if model.startswith("kimi-k2-thinking"):
        return True
    if model in ("kimi-k2.5", "kimi-k2.6"):
        return not (isinstance(thinking, dict) and thinking.get("type") == "disabled")
    return False


def model_object(model: str) -> dict[str, Any]:
    """One entry of ``GET /v1/models``."""
    multimodal = model in ("kimi-k2.5", "kimi-k2.6")
    return {
        "id": model,
        "object": "model",
        "created": _CREATED,
        "owned_by": "moonshot",
        "context_length": context_length(model),
        "supports_image_in": multimodal or "vision" in model,
        "supports_video_in": multimodal,
        "supports_reasoning": is_thinking(model),
    }
