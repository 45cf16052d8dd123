"""The request every client sends, and the fake key it sends it with."""

from __future__ import annotations

from typing import Any

API_KEY = "sk-bench-not-a-real-key"
MODEL = "kimi-k2.6"
MESSAGES: list[dict[str, Any]] = [
    {
        "role": "system",
        "content": "You are Kimi, an AI assistant provided by Moonshot AI. You provide users "
        "with safe, helpful, and accurate answers.",
    },
    {"role": "user", "content": "Hello, my name is Li Lei. What is 1+1?"},
]
PARAMS: dict[str, Any] = {"max_completion_tokens": 256}


def chat_body(**extra: Any) -> dict[str, Any]:
    """The JSON body raw httpx2 sends: the same fields the SDKs send."""
    return {"model": MODEL, "messages": MESSAGES, **PARAMS, **extra}


def heavy_request() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """A larger request (20 messages, 4 tools) to show how validation scales."""
    messages = [dict(m) for m in MESSAGES]
    for turn in range(9):
        messages.append({"role": "assistant", "content": f"Answer number {turn}: it is {turn}."})
        messages.append({"role": "user", "content": f"And what is {turn} + 1?"})
    tool: dict[str, Any] = {
        "type": "function",
        "function": {
            "name": "add",
            "description": "Add two integers.",
            "parameters": {
                "type": "object",
                "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}},
                "required": ["a", "b"],
            },
        },
    }
    tools = [{**tool, "function": {**tool["function"], "name": f"add{i}"}} for i in range(4)]
    return messages, {**PARAMS, "tools": tools}
