"""Fields Moonshot documents beyond the OpenAPI document.

The API's tool-use guide sends ``role: "tool"`` results with ``tool_call_id`` and
assistant turns carrying ``tool_calls`` (and ``reasoning_content`` for Preserved
Thinking); an assistant turn that only calls tools has no text. The current document
lists the ``tool`` role but none of those message fields; the previous one had
neither. This module widens the in-memory copy of the document used for request
checks with exactly what the document lacks of these documented shapes: it never
narrows anything, adds nothing the document already has (on the current document the
role is not added), and ``openapi.json`` itself is untouched.
"""

from __future__ import annotations

from typing import Any

EXTRA_ROLES = ("tool",)

_EXTRA_MESSAGE_PROPERTIES: dict[str, Any] = {
    "tool_call_id": {"type": "string"},
    "tool_calls": {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "type": {"type": "string"},
                "index": {"type": "integer"},
                "function": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string"},
                        "arguments": {"type": "string"},
                    },
                },
            },
        },
    },
    "reasoning_content": {"type": ["string", "null"]},
}


def apply_documented_extensions(spec: dict[str, Any]) -> dict[str, Any]:
    """Widen ``spec`` in place with the documented extensions; returns it."""
    message = spec.get("components", {}).get("schemas", {}).get("Message")
    if not isinstance(message, dict):
        return spec
    props = message.setdefault("properties", {})
    role = props.get("role")
    if isinstance(role, dict) and isinstance(role.get("enum"), list):
        role["enum"] = [*role["enum"], *(r for r in EXTRA_ROLES if r not in role["enum"])]
    for name, schema in _EXTRA_MESSAGE_PROPERTIES.items():
        props.setdefault(name, schema)
    # An assistant turn that only calls tools has no text: content may be null or absent.
    content = props.get("content")
    if isinstance(content, dict) and "oneOf" in content:
        content["oneOf"] = [*content["oneOf"], {"type": "null"}]
    required = message.get("required")
    if isinstance(required, list) and "content" in required:
        message["required"] = [r for r in required if r != "content"]
    return spec
