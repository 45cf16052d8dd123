"""The API document shipped inside the generated package and what the overlay reads from it."""

from __future__ import annotations

import copy
import functools
import json
from typing import Any

from .extensions import apply_documented_extensions
from .generated import api_document_text
from .schema import SchemaChecker

__all__ = ["component", "load_spec", "operation", "spec_checker", "upstream_spec"]


@functools.cache
def upstream_spec() -> dict[str, Any]:
    """The upstream openapi.json exactly as generated/ was built from (do not mutate)."""
    loaded: dict[str, Any] = json.loads(api_document_text())
    return loaded


@functools.cache
def load_spec() -> dict[str, Any]:
    """The document the client checks requests against.

    The upstream document plus the few fields Moonshot documents beyond it (see
    ``extensions``); nothing the upstream document allows is forbidden here.
    """
    return apply_documented_extensions(copy.deepcopy(upstream_spec()))


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
