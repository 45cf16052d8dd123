"""Schemas of the API document made self-contained for hypothesis-jsonschema and jsonschema."""

from __future__ import annotations

from typing import Any

# Keywords only OpenAPI knows, or that hypothesis-jsonschema need not see.
_DROP = {"discriminator", "example", "examples", "deprecated", "description", "xml"}
_KNOWN_FORMATS = {"date-time", "date", "email", "uri", "uuid"}


def inline_refs(node: Any, spec: dict[str, Any], depth: int = 0) -> Any:
    """``node`` with every ``$ref`` replaced by its target and OpenAPI-only keywords dropped."""
    if isinstance(node, list):
        return [inline_refs(item, spec, depth) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        assert depth < 20, f"recursive schema at {node['$ref']}"
        target: Any = spec
        for token in node["$ref"].removeprefix("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        return inline_refs(target, spec, depth + 1)
    out = {}
    for key, value in node.items():
        if key in _DROP or (key == "format" and value not in _KNOWN_FORMATS):
            continue
        out[key] = (
            inline_refs(value, spec, depth)
            if key != "properties"
            else {name: inline_refs(sub, spec, depth) for name, sub in value.items()}
        )
    return out
