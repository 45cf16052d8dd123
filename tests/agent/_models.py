"""Models for the agent tests, read from the API document (never named here), so the
tests survive a new document: a thinking model that takes tools, one that does not think,
and one that takes ``response_format``."""

from __future__ import annotations

from typing import Any

from moonshot._chat_request import chat_catalog
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


def plain_tool_model() -> str:
    """A model that takes ``tools`` and does not reason."""
    return _models("tools", thinking=False)[0]


def structured_model() -> str:
    """A model that takes ``response_format``."""
    return _models("response_format")[0]


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
