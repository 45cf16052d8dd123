"""What the generated builders do with an answer that deviates from the document.

The builders (``moonshot_openapi.readers``, written at ``make generate``) read every
answer in one pass and hand each deviation to a *reporter*: a required field missing,
a value of another type, a null where the document allows none, an enum value it does
not list, a union member its discriminating field does not name.

* :func:`tolerant` (the default) keeps what came (a missing field is ``UNSET`` on the
  model) and logs each kind of deviation once per schema and field at DEBUG on the
  ``moonshot`` logger: the live API drifts from the document, and a call whose tokens
  were paid for must still give its result.
* :func:`strict` (``strict_responses=True``) raises :class:`ResponseDeviation`, which the
  client turns into ``APIResponseValidationError`` naming the JSON path, what the
  document says and what came.
"""

from __future__ import annotations

import logging
from typing import Any

__all__ = ["ResponseDeviation", "json_path", "reporter", "strict", "tolerant"]

logger = logging.getLogger("moonshot")

_seen: set[tuple[str, str]] = set()
_SEEN_MAX = 4096  # distinct (schema field, kind) pairs remembered; then each is logged again


class ResponseDeviation(ValueError):
    """An answer that is not what the document describes (strict reading only)."""

    def __init__(self, path: str, expected: str, got: str) -> None:
        super().__init__(f"{path}: the document says {expected}; the answer has {got}")
        self.path = path
        self.expected = expected
        self.got = got


def json_path(where: Any) -> str:
    """``usage.prompt_tokens_details.cached_tokens`` of a builder's path node.

    A node is ``None`` (the answer itself) or ``(parent, key)`` with a string key or a
    list index; nodes are made only as the builders descend, formatted only here.
    """
    parts: list[str] = []
    while where is not None:
        where, key = where
        parts.append(f"[{key}]" if type(key) is int else f".{key}")
    path = "".join(reversed(parts)).removeprefix(".")
    return path or "(the answer)"


def _kind(value: Any, expected: str) -> str:
    if _is_unset(value):
        return "missing"
    if value is None:
        return "null"
    if isinstance(value, str) and expected.startswith("one of "):
        return "enum"
    return "type"


def _is_unset(value: Any) -> bool:
    return type(value).__name__ == "Unset" and not value


def _described(value: Any, kind: str) -> str:
    """What came, without its content (an answer may carry the user's text)."""
    if kind == "missing":
        return "no such field"
    if kind == "null":
        return "null"
    if kind == "enum":
        return f"the value {value[:80]!r}"
    return f"a value of JSON type {_json_type(value)}"


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", float: "number"}
    return "integer" if type(value) is int else names.get(type(value), type(value).__name__)


def tolerant(value: Any, where: Any, label: str, expected: str) -> Any:
    """Keep ``value`` as received; log the deviation once per (schema field, kind)."""
    kind = _kind(value, expected)
    seen = (label, kind)
    if seen not in _seen:
        if len(_seen) >= _SEEN_MAX:
            _seen.clear()
        _seen.add(seen)
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "answer deviates from the document at %s (%s, %s): the document says %s; "
                "the answer has %s (kept as received)",
                json_path(where),
                label,
                kind,
                expected,
                _described(value, kind),
            )
    return value


def strict(value: Any, where: Any, label: str, expected: str) -> Any:
    """Raise :class:`ResponseDeviation` naming the JSON path."""
    raise ResponseDeviation(json_path(where), expected, _described(value, _kind(value, expected)))


def reporter(strict_responses: bool) -> Any:
    """The reporter a client's parsers hand to the builders."""
    return strict if strict_responses else tolerant
