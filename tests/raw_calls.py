"""Calling any operation of the document through ``client.raw`` (the generated layer).

The generated module of an operation is found by the method and URL its request
builder writes; the request body is a deterministic value of the operation's schema.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
import typing
from collections.abc import Mapping
from types import ModuleType
from typing import Any

import moonshot_openapi.api
from moonshot._chat_request import chat_catalog
from moonshot.testing._values import value_for

__all__ = ["body_for", "call_kwargs", "call_raw", "generated_module"]


@functools.cache
def _modules() -> dict[tuple[str, str], ModuleType]:
    """(METHOD, URL template) -> generated endpoint module."""
    found = {}
    for info in pkgutil.walk_packages(moonshot_openapi.api.__path__, "moonshot_openapi.api."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        source = module.__loader__.get_source(info.name) or ""  # type: ignore[union-attr]
        method = re.search(r'"method": "(\w+)"', source)
        url = re.search(r'"url": f?"([^"]+)"', source)
        if method and url:
            template = re.sub(r"\{(\w+)\}", r"{\1}", url.group(1))
            found[(method.group(1).upper(), template)] = module
    return found


def generated_module(method: str, path: str) -> ModuleType:
    """The generated module for an operation of the document."""
    pattern = re.sub(r"\{[^}]+\}", "{}", path)
    for (m, template), module in _modules().items():
        if m == method and re.sub(r"\{[^}]+\}", "{}", template) == pattern:
            return module
    raise LookupError(f"no generated module for {method} {path}")


def body_for(operation: Mapping[str, Any]) -> Any:
    """A deterministic JSON body that fits the operation's request schema (None if none)."""
    content = operation.get("requestBody", {}).get("content", {})
    media = content.get("application/json")
    if media is None:
        return None
    checker = chat_catalog().checker
    return value_for(media["schema"], "hello", resolve=checker.resolve)


def call_kwargs(method: str, path: str, operation: Mapping[str, Any]) -> dict[str, Any]:
    """The generated functions' arguments (but ``client``): the body model built from
    :func:`body_for`, and a dummy value for each path parameter."""
    module = generated_module(method, path)
    kwargs: dict[str, Any] = {}
    body = body_for(operation)
    if body is not None:
        hint = typing.get_type_hints(module._get_kwargs)["body"]
        options = [c for c in typing.get_args(hint) or (hint,) if hasattr(c, "from_dict")]
        kwargs["body"] = options[0].from_dict(body)
    for param in operation.get("parameters", []):
        if param.get("in") == "path":
            kwargs[param["name"]] = "x-1"
    return kwargs


def call_raw(raw: Any, method: str, path: str, operation: Mapping[str, Any]) -> Any:
    """Call the operation through ``raw`` (an AuthenticatedClient); the generated Response."""
    module = generated_module(method, path)
    return module.sync_detailed(client=raw, **call_kwargs(method, path, operation))
