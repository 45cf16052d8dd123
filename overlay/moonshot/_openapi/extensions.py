"""Fields Moonshot documents beyond the OpenAPI document.

The API's tool-use guide sends ``role: "tool"`` results with ``tool_call_id`` and
assistant turns carrying ``tool_calls`` (and ``reasoning_content`` for Preserved
Thinking); an assistant turn that only calls tools has no text. The current document
lists the ``tool`` role but none of those message fields; the previous one had
neither. This module widens the in-memory copy of the document used for request
checks with exactly what the document lacks of these documented shapes: it never
narrows anything, adds nothing the document already has (on the current document the
role is not added), and ``openapi.json`` itself is untouched. Only the assistant's
content is made optional: other roles keep the content the document requires.

The web-search guide declares Kimi's built-in tools as
``{"type": "builtin_function", "function": {"name": "$web_search"}}``: the tool
definition becomes a tagged union of the document's ``function`` tool and this
``builtin_function`` shape (a ``$``-prefixed name, no parameters needed) wherever the
document allows only ``function``.
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


BUILTIN_FUNCTION = "builtin_function"
# "$" then a name as function names allow; the guide promises "$" for every built-in.
BUILTIN_NAME_PATTERN = r"^\$[a-zA-Z_][a-zA-Z0-9_-]*$"

BUILTIN_TOOL: dict[str, Any] = {
    "title": BUILTIN_FUNCTION,
    "type": "object",
    "properties": {
        "type": {"type": "string", "enum": [BUILTIN_FUNCTION]},
        "function": {
            "type": "object",
            "properties": {
                "name": {
                    "type": "string",
                    "description": "A Kimi built-in function: '$' and its name ($web_search)",
                    "pattern": BUILTIN_NAME_PATTERN,
                }
            },
            "required": ["name"],
        },
    },
    "required": ["type", "function"],
}


def _is_function_tool(schema: Any) -> bool:
    """A tool definition schema: ``type`` limited to ``function``, and a ``function``."""
    props = schema.get("properties") if isinstance(schema, dict) else None
    if not isinstance(props, dict) or "function" not in props:
        return False
    kind = props.get("type")
    return isinstance(kind, dict) and kind.get("enum") == ["function"]


def _allow_builtin_tools(schemas: dict[str, Any]) -> None:
    """Every tool definition schema that allows only ``function`` (``ToolDefinition``
    today, whatever a new document calls it) also takes the built-in shape."""
    for name, schema in list(schemas.items()):
        if _is_function_tool(schema):
            schemas[name] = {"oneOf": [schema, BUILTIN_TOOL]}


def apply_documented_extensions(spec: dict[str, Any]) -> dict[str, Any]:
    """Widen ``spec`` in place with the documented extensions; returns it."""
    _allow_builtin_tools(spec.get("components", {}).get("schemas", {}))
    message = spec.get("components", {}).get("schemas", {}).get("Message")
    if not isinstance(message, dict):
        return spec
    props = message.setdefault("properties", {})
    role = props.get("role")
    if isinstance(role, dict) and isinstance(role.get("enum"), list):
        role["enum"] = [*role["enum"], *(r for r in EXTRA_ROLES if r not in role["enum"])]
    for name, schema in _EXTRA_MESSAGE_PROPERTIES.items():
        props.setdefault(name, schema)
    # An assistant turn that only calls tools has no text: its content may be absent.
    # Every other role keeps content required (so a message without it, such as a
    # malformed Kimi K3 dynamic tool message, fails here); null is accepted for all.
    content = props.get("content")
    required = message.get("required")
    if isinstance(content, dict) and isinstance(required, list) and "content" in required:
        props["content"] = {"oneOf": [*content.get("oneOf", [content]), {"type": "null"}]}
        message["required"] = [r for r in required if r != "content"]
        message.setdefault("allOf", []).append({"anyOf": [_WITH_CONTENT, _ASSISTANT_TURN]})
    return spec


_WITH_CONTENT: dict[str, Any] = {"type": "object", "required": ["content"]}
_ASSISTANT_TURN: dict[str, Any] = {
    "type": "object",
    "required": ["role"],
    "properties": {"role": {"enum": ["assistant"]}},
}
