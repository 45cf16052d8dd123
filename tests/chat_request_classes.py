"""The generated request class of each chat model, read from the generated package.

The client never builds these (it sends the body its schema check passed); tests that
hold the generated classes to the document read them here, from the chat endpoint's
``body`` annotation, the union of one class per request variant.
"""

from __future__ import annotations

import sys
import typing
from typing import Any


def chat_request_classes() -> dict[str, type[Any]]:
    """model value -> the generated request class whose ``model`` enum lists it."""
    from moonshot._openapi import generated
    from moonshot_openapi.api.chat import create_chat_completion

    generated.models()  # patched as the client patches them
    body_type = typing.get_type_hints(create_chat_completion.sync_detailed)["body"]
    by_model: dict[str, type[Any]] = {}
    for cls in typing.get_args(body_type) or (body_type,):
        annotation = getattr(cls, "__annotations__", {}).get("model")
        if annotation is None:
            continue
        if isinstance(annotation, str):
            annotation = vars(sys.modules[cls.__module__]).get(annotation)
        for member in getattr(annotation, "__members__", {}).values():
            by_model[str(member.value)] = cls
    return by_model


def request_class_of(models: tuple[str, ...]) -> type[Any] | None:
    """The generated request class of a variant that lists ``models`` (None: none listed)."""
    return chat_request_classes().get(models[0]) if models else None
