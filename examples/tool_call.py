"""A tool-call round trip: the model asks for a tool, we run it, it answers with the result."""

from __future__ import annotations

import json
from typing import Any

from _common import MODEL, connect, heading, show
from moonshot import Moonshot

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The current weather in a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string", "description": "City name"}},
            "required": ["city"],
        },
    },
}


def get_weather(city: str) -> dict[str, Any]:
    """Our side of the tool: a fixed forecast."""
    return {"city": city, "temperature_c": 21, "sky": "clear"}


def run(client: Moonshot) -> None:
    heading("Tool call round trip")
    messages: list[dict[str, Any]] = [
        {"role": "user", "content": "What is the weather like in Paris?"}
    ]
    first = client.chat.completions.create(model=MODEL, messages=messages, tools=[WEATHER_TOOL])
    message = first.choices[0].message
    calls = message.tool_calls if isinstance(message.tool_calls, list) else []
    if not calls:
        show("answer (no tool call)", message.content)
        return
    turn: dict[str, Any] = {"role": "assistant", "content": message.content or "", "tool_calls": []}
    if message.reasoning_content:
        turn["reasoning_content"] = message.reasoning_content
    messages.append(turn)
    for call in calls:
        arguments = json.loads(call.function.arguments)
        show("model calls", f"{call.function.name}({arguments})")
        result = get_weather(**arguments)
        turn["tool_calls"].append(call.to_dict())
        messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(result)})
        show("tool result", json.dumps(result))
    final = client.chat.completions.create(model=MODEL, messages=messages, tools=[WEATHER_TOOL])
    show("answer", final.choices[0].message.content)


if __name__ == "__main__":
    with connect() as c:
        run(c)
