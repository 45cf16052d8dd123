"""The models the local server lists: the API document's, then those only the pages name."""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from .._openapi.document import load_spec
from ._page_models import PAGE_MODELS, page_model

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
    """Every model name the document mentions (chat discriminator, token estimate enum),
    then the models the pages say are served (:mod:`._page_models`), as ``GET /v1/models``
    on the live API lists every model a key may call."""
    spec = load_spec()
    chat = spec["paths"]["/v1/chat/completions"]["post"]["requestBody"]["content"]
    names = list(chat["application/json"]["schema"]["discriminator"]["mapping"])
    estimate = spec["components"]["schemas"]["EstimateTokenRequest"]["properties"]["model"]
    names += [n for n in estimate.get("enum", ()) if n not in names]
    names += [m.id for m in PAGE_MODELS if m.id not in names]
    return tuple(names)


def context_length(model: str) -> int:
    """The context window: the pages' figure, from ``-8k``-style names, else the documented size."""
    page = page_model(model)
    if page is not None:
        return page.context_length
    if model in _KNOWN_CONTEXT:
        return _KNOWN_CONTEXT[model]
    found = _CONTEXT_BY_NAME.search(model)
    return int(found.group(1)) * 1024 if found else _DEFAULT_CONTEXT


def is_thinking(model: str, thinking: Any = None) -> bool:
    """Whether a request to ``model`` produces ``reasoning_content``, from the document.

    A variant with ``reasoning_effort`` always reasons; one with ``thinking`` reasons
    unless the request sets ``thinking.type`` to ``disabled``; a variant with neither
    reasons when its name says so (``...-thinking``).
    """
    from .._openapi.chat_request import chat_catalog

    variant = chat_catalog().by_model.get(model)
    if variant is None:
        page = page_model(model)
        return page is not None and page.thinks(thinking)
    if "reasoning_effort" in variant.properties:
        return True
    if "thinking" in variant.properties:
        return not (isinstance(thinking, dict) and thinking.get("type") == "disabled")
    return "thinking" in variant.title


def _accepts_media(model: str, kind: str) -> bool:
    """Whether the model's variant takes ``kind`` parts (its messages' content schema)."""
    from .._openapi.chat_request import chat_catalog

    catalog = chat_catalog()
    variant = catalog.by_model.get(model)
    if variant is None:
        return False
    schema = catalog.checker.merged_properties(catalog.schema_of(variant)).get("messages", {})
    return f'"{kind}"' in json.dumps(_expand(catalog.checker, schema, 0))


def _expand(checker: Any, node: Any, depth: int) -> Any:
    if depth > 64:
        return node
    if isinstance(node, dict):
        if "$ref" in node:
            return _expand(checker, checker.resolve(node), depth + 1)
        return {k: _expand(checker, v, depth + 1) for k, v in node.items()}
    if isinstance(node, list):
        return [_expand(checker, v, depth + 1) for v in node]
    return node


def model_object(model: str) -> dict[str, Any]:
    """One entry of ``GET /v1/models``."""
    return {
        "id": model,
        "object": "model",
        "created": _CREATED,
        "owned_by": "moonshot",
        "context_length": context_length(model),
        "supports_image_in": _accepts_media(model, "image_url"),
        "supports_video_in": _accepts_media(model, "video_url"),
        "supports_reasoning": is_thinking(model),
    }
