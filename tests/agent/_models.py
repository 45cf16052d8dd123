"""Models for the agent tests, read from the API document (never named here), so the
tests survive a new document: a thinking model that takes tools, one that does not think
(or whose thinking a request switches off), and one that takes ``response_format``."""

from __future__ import annotations

from typing import Any

from moonshot._openapi.chat_request import chat_catalog
from moonshot.testing._catalog import is_thinking


def _models(field: str, *, thinking: bool | None = None) -> list[str]:
    catalog = chat_catalog()
    found = [
        model
        for variant in catalog.variants
        if field in variant.properties
        for model in variant.models
        if thinking is None or is_thinking(model) == thinking
    ]
    if not found:
        raise LookupError(f"no model in the API document takes {field!r} (thinking={thinking})")
    return found


def thinking_tool_model() -> str:
    """A model that reasons (``reasoning_content``) and takes ``tools``."""
    return _models("tools", thinking=True)[0]


def _thinking_off(model: str) -> dict[str, Any] | None:
    """The request parameters under which ``model`` does not reason: none for a model
    that never does, ``thinking: {"type": "disabled"}`` where its variant allows that,
    else None (it always reasons)."""
    thinking = _properties(model).get("thinking")
    if thinking is None:
        return None if is_thinking(model) else {}
    kinds = chat_catalog().checker.resolve(thinking).get("properties", {}).get("type", {})
    return {"thinking": {"type": "disabled"}} if "disabled" in kinds.get("enum", ()) else None


def plain_tool_request() -> dict[str, Any]:
    """``model`` and parameters for a call that takes ``tools`` without reasoning: a model
    that does not think, else one whose thinking the request disables (the newest
    documents have no model that does not think by default). Where the document has
    neither, a thinking model with thinking on: the tests send its turns back whole,
    ``reasoning_content`` included, as the runner does."""
    for model in _models("tools"):
        params = _thinking_off(model)
        if params is not None:
            return {"model": model, **params}
    return thinking_tool_request()


def thinking_tool_request() -> dict[str, Any]:
    """``model`` and its thinking switched on, for a model that reasons and takes ``tools``."""
    model = thinking_tool_model()
    return {"model": model, **thinking_params(model)}


def structured_model() -> str:
    """A model that takes ``response_format``."""
    return _models("response_format")[0]


def tool_and_structured_model() -> str:
    """A model that takes both ``tools`` and ``response_format``."""
    structured = set(_models("response_format"))
    return next(model for model in _models("tools") if model in structured)


def any_model() -> str:
    """The first model of the document's mapping."""
    return next(iter(chat_catalog().by_model))


def _properties(model: str) -> dict[str, Any]:
    catalog = chat_catalog()
    return catalog.checker.merged_properties(catalog.schema_of(catalog.by_model[model]))


def thinking_params(model: str) -> dict[str, Any]:
    """Thinking switched on the way ``model``'s variant takes it: ``thinking`` (with
    ``keep: "all"`` where the schema has it), else ``reasoning_effort``, else nothing
    (a model that always thinks)."""
    props = _properties(model)
    thinking = props.get("thinking")
    if thinking is not None:
        value: dict[str, Any] = {"type": "enabled"}
        if "keep" in thinking.get("properties", {}):
            value["keep"] = "all"
        return {"thinking": value}
    effort = props.get("reasoning_effort")
    if effort is not None and effort.get("enum"):
        return {"reasoning_effort": effort["enum"][0]}
    return {}


def smallest_completion_limit(model: str) -> int:
    """The smallest ``max_completion_tokens`` the document allows ``model`` (at least 1)."""
    limit = _properties(model).get("max_completion_tokens", {})
    return max(int(limit.get("minimum", 1)), 1)
