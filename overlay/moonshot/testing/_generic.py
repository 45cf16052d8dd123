"""Operations the local server answers from the API document alone.

Every operation of ``openapi.json`` without a hand-made handler (whatever a newer
document adds) is served here: the JSON request body is checked against the
operation's schema (400 naming the field), and the answer is a deterministic value of
its 200 JSON schema, its free text taken from the request, so generated clients parse it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .._openapi.document import load_spec
from .._openapi.schema import SchemaChecker
from ._errors import ServerError
from ._values import value_for

__all__ = ["DocumentOperation", "document_operations"]

_METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class DocumentOperation:
    method: str
    path: str
    pattern: re.Pattern[str]
    operation: Mapping[str, Any]

    def request_schema(self) -> Mapping[str, Any] | None:
        content = self.operation.get("requestBody", {}).get("content", {})
        media = content.get("application/json")
        return media.get("schema") if isinstance(media, Mapping) else None

    def answer_schema(self) -> Mapping[str, Any] | None:
        content = self.operation.get("responses", {}).get("200", {}).get("content", {})
        media = content.get("application/json")
        return media.get("schema") if isinstance(media, Mapping) else None

    def answer(self, body: Any) -> Any:
        """Check ``body`` and give the 200 answer; ServerError(400) on a bad body."""
        checker = _checker()
        schema = self.request_schema()
        if schema is not None:
            problems = checker.errors(schema, body)
            if problems:
                raise ServerError(
                    400, f"Invalid request: {self.method} {self.path}: " + "; ".join(problems)
                )
        hint = _hint(body)
        return value_for(self.answer_schema() or {"type": "object"}, hint, resolve=checker.resolve)


@functools.cache
def _checker() -> SchemaChecker:
    return SchemaChecker(load_spec())


def _hint(body: Any) -> str:
    """Some text from the request to fill free-text answer fields with: its first string."""
    if isinstance(body, Mapping):
        for key, value in body.items():
            if key != "model" and isinstance(value, str) and value:
                return value
    return "example"


def _pattern(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", path)
    regex = "".join(f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("{") else re.escape(p) for p in parts)
    return re.compile(regex)


@functools.cache
def document_operations() -> tuple[DocumentOperation, ...]:
    """Every operation of the document, with the pattern its path matches."""
    found = []
    for path, item in load_spec()["paths"].items():
        for method in _METHODS:
            if method in item:
                found.append(DocumentOperation(method.upper(), path, _pattern(path), item[method]))
    return tuple(found)
