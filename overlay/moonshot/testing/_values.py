"""A value that satisfies a JSON schema: tool call arguments and structured output."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Resolve = Callable[[Mapping[str, Any]], Mapping[str, Any]]

__all__ = ["value_for"]


def _number(schema: Mapping[str, Any], integer: bool) -> int | float:
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    value: float = 1
    if low is not None:
        value = low + (1 if "exclusiveMinimum" in schema else 0)
    if high is not None and value > high:
        value = high - (1 if "exclusiveMaximum" in schema else 0)
    if low is not None and high is not None and "exclusiveMinimum" in schema and value >= high:
        value = (low + high) / 2
    return int(value) if integer and float(value).is_integer() else value


# ``uri``: a page the local server's web index holds (testing/_web.py), so a fetch of it
# gets an answer.
_PAGE = "https://moon.example/guide/phases"
_FORMATS = {
    "uri": _PAGE,
    "url": _PAGE,
    "date-time": "2026-01-01T00:00:00Z",
    "date": "2026-01-01",
    "email": "someone@example.com",
    "uuid": "7d929748-0ae6-41c2-ab5d-a186498ad721",
}


def _string(schema: Mapping[str, Any], hint: str) -> str:
    if schema.get("format") in _FORMATS:
        return _FORMATS[schema["format"]]
    text = hint or "example"
    low = int(schema.get("minLength", 0))
    high = schema.get("maxLength")
    if len(text) < low:
        text = text + "x" * (low - len(text))
    if high is not None:
        text = text[: int(high)]
    return text


def _resolve(schema: Mapping[str, Any], root: Mapping[str, Any]) -> Any:
    """The schema a local ``$ref`` ("#" or "#/$defs/<name>") points at."""
    ref = str(schema["$ref"])
    if ref == "#":
        return root
    return root.get("$defs", {}).get(ref.rsplit("/", 1)[-1], {})


def value_for(
    schema: Any,
    hint: str = "",
    depth: int = 0,
    resolve: Resolve | None = None,
    root: Mapping[str, Any] | None = None,
) -> Any:
    """A deterministic value for ``schema``; ``hint`` fills free-text strings.

    With ``resolve`` (a document's ``$ref`` resolver), references are followed and
    ``allOf`` parts merged, and every required property is filled; without it the
    schema is taken as self-contained (tool parameters, structured output), its local
    ``$ref`` ("#", "#/$defs/<name>") read against ``root``, the outermost schema.
    """
    if isinstance(schema, Mapping) and resolve is not None:
        schema = resolve(schema)
        if "allOf" in schema:
            merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
            for part in schema["allOf"]:
                part = resolve(part)
                merged["properties"].update(part.get("properties", {}))
                merged["required"] += part.get("required", [])
            merged["properties"].update(schema.get("properties", {}))
            schema = merged
    if not isinstance(schema, Mapping) or depth > 8:
        return hint or "example"
    root = schema if root is None else root
    if "$ref" in schema:
        return value_for(_resolve(schema, root), hint, depth + 1, resolve, root)
    if depth > 3 and any(b.get("type") == "null" for b in schema.get("anyOf", ())):
        return None  # a recursive type ends where it may
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return next((v for v in schema["enum"] if v is not None), schema["enum"][0])
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    for key in ("anyOf", "oneOf"):
        if schema.get(key):
            return value_for(schema[key][0], hint, depth + 1, resolve, root)
    kind = schema.get("type", "object" if "properties" in schema else "string")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object":
        props = schema.get("properties", {})
        return {name: value_for(sub, hint, depth + 1, resolve, root) for name, sub in props.items()}
    if kind == "array":
        count = max(1, int(schema.get("minItems", 1)))
        items = schema.get("items", {})
        return [value_for(items, hint, depth + 1, resolve, root) for _ in range(count)]
    if kind in ("integer", "number"):
        return _number(schema, kind == "integer")
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return _string(schema, hint)
