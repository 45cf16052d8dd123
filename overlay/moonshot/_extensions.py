"""Fields Moonshot documents beyond the OpenAPI document.

The upstream document lists only ``system``, ``user`` and ``assistant`` roles and no
tool-call fields on request messages, although the API's tool-use guide sends
``role: "tool"`` results with ``tool_call_id`` and assistant turns carrying
``tool_calls`` (and ``reasoning_content`` for Preserved Thinking). Responses carry
``reasoning_content`` and ``usage.cached_tokens``. This module widens the in-memory
copy of the document used for request checks so that these documented shapes pass;
it never narrows anything, and ``openapi.json`` itself is untouched.
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


# Response fields Moonshot documents beyond the chat response schema (for the typed views).
_EXTRA_RESPONSE_FIELDS: dict[tuple[str, ...], dict[str, Any]] = {
    ("choices", "items", "message"): {"reasoning_content": {"type": ["string", "null"]}},
    ("usage",): {"cached_tokens": {"type": "integer"}},
}


def apply_documented_response_extensions(spec: dict[str, Any]) -> dict[str, Any]:
    """Widen the chat response schema of ``spec`` in place with documented fields; returns it."""
    response = spec.get("components", {}).get("schemas", {}).get("ChatCompletionResponse")
    for path, fields in _EXTRA_RESPONSE_FIELDS.items():
        node = response
        for step in path:
            if not isinstance(node, dict):
                break
            node = node.get(step) if step == "items" else node.get("properties", {}).get(step)
        if isinstance(node, dict) and isinstance(node.get("properties"), dict):
            for name, schema in fields.items():
                node["properties"].setdefault(name, schema)
    return spec
