"""Models for the agent tests, read from the API document (never named here), so the
tests survive a new document: a thinking model that takes tools, one that does not think,
and one that takes ``response_format``."""

from __future__ import annotations

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
