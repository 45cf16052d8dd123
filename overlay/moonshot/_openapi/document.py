"""The API document shipped inside the generated package and what the overlay reads from it."""

from __future__ import annotations

import copy
import functools
import json
from typing import Any

from .extensions import apply_documented_extensions
from .generated import api_document_text, extension_document_texts
from .schema import SchemaChecker

__all__ = [
    "component",
    "extension_documents",
    "load_spec",
    "operation",
    "spec_checker",
    "upstream_spec",
]

# The parts of an extension document generation merged into the upstream one.
_COMPONENTS = ("schemas", "parameters", "responses", "requestBodies")


@functools.cache
def upstream_spec() -> dict[str, Any]:
    """The upstream openapi.json exactly as generated/ was built from (do not mutate)."""
    loaded: dict[str, Any] = json.loads(api_document_text())
    return loaded


@functools.cache
def extension_documents() -> dict[str, dict[str, Any]]:
    """The extension documents generated/ was built with (scripts/spec_extensions), by file
    name: operations Moonshot documents on its pages only, such as the official tools."""
    return {name: json.loads(text) for name, text in extension_document_texts().items()}


def _with_extensions(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` plus the extension documents' operations and components, as generation
    merged them (it refused any that redefine the upstream document's)."""
    for extension in extension_documents().values():
        for path, item in extension.get("paths", {}).items():
            spec.setdefault("paths", {}).setdefault(path, {}).update(copy.deepcopy(item))
        for kind in _COMPONENTS:
            found = copy.deepcopy(extension.get("components", {}).get(kind, {}))
            spec.setdefault("components", {}).setdefault(kind, {}).update(found)
    return spec


@functools.cache
def load_spec() -> dict[str, Any]:
    """The document the client checks requests against.

    The upstream document, the extension documents generation merged into it, and the
    few fields Moonshot documents beyond it (see ``extensions``); nothing the upstream
    document allows is forbidden here.
    """
    return apply_documented_extensions(_with_extensions(copy.deepcopy(upstream_spec())))


@functools.cache
def spec_checker() -> SchemaChecker:
    """The one checker of :func:`load_spec`, so the schemas it compiles stay compiled."""
    return SchemaChecker(load_spec())


def component(name: str) -> dict[str, Any]:
    """A schema from ``components/schemas``."""
    schema: dict[str, Any] = load_spec()["components"]["schemas"][name]
    return schema


def operation(path: str, method: str) -> dict[str, Any]:
    """An operation object from ``paths``."""
    op: dict[str, Any] = load_spec()["paths"][path][method.lower()]
    return op
