"""Header parameters the API document declares, checked as the server answers them.

A request that sends a documented header (``X-Msh-Request-Nonce``...) with a value its
schema refuses (an empty nonce under ``minLength: 1``) gets a 400 naming the header,
like a bad body. Headers the document does not declare are not looked at.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from .._openapi.document import spec_checker
from .._openapi.schema import SchemaChecker
from ._errors import ServerError
from ._generic import document_operations

__all__ = ["check_headers"]


@functools.cache
def _checker() -> SchemaChecker:
    return spec_checker()


def _header_schemas(method: str, path: str) -> list[tuple[str, Mapping[str, Any]]]:
    for op in document_operations():
        if op.method == method and op.pattern.fullmatch(path):
            params = op.operation.get("parameters", [])
            return [
                (str(p["name"]), p.get("schema", {}))
                for p in params
                if isinstance(p, Mapping) and p.get("in") == "header" and "name" in p
            ]
    return []


def check_headers(method: str, path: str, headers: Any) -> None:
    """Raise a 400 ServerError if a documented header has a value its schema refuses."""
    for name, schema in _header_schemas(method, path):
        value = headers.get(name)
        if value is None:
            continue
        problems = _checker().errors(schema, value, name)
        if problems:
            raise ServerError(400, "Invalid request: header " + "; ".join(problems))
