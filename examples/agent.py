"""Kimi-native agents: run_tools with Python functions and $web_search, structured
outputs with parse, and errors by type.

.venv/bin/python examples/agent.py   (a local server; the API with MOONSHOT_API_KEY)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

import moonshot
from _common import MODEL, connect, heading, show
from moonshot import Moonshot


def get_weather(
    city: Annotated[str, "City name, e.g. Oslo"],
    unit: Literal["celsius", "fahrenheit"] = "celsius",
) -> dict[str, object]:
    """The current weather in a city."""
    return {"city": city, "temperature": 12 if unit == "celsius" else 54, "unit": unit}


def get_time(city: str) -> str:
    """The local time in a city.

    Args:
        city: City name.
    """
    return f"It is 10:00 in {city}."


@dataclass
class CityFacts:
    """Facts about a city."""

    name: str
    country: str
    population: int


def run(client: Moonshot) -> None:
    heading("Agent: run_tools (parallel calls, thinking kept)")
    result = client.chat.completions.run_tools(
        model=MODEL,
        messages=[{"role": "user", "content": "Use get_weather and get_time for Oslo"}],
        tools=[get_weather, get_time],
        max_steps=5,
    )
    for message in result.messages[1:-1]:
        for call in message.get("tool_calls") or []:
            show("model calls", f"{call['function']['name']}({call['function']['arguments']})")
        if message["role"] == "tool":
            show("tool result", message["content"])
    show(f"answer after {result.steps} steps", result.content)

    heading("Agent: $web_search, the built-in tool")
    searched = client.chat.completions.run_tools(
        model=MODEL,
        messages=[{"role": "user", "content": "Please search for Kimi context caching"}],
        tools=[moonshot.web_search_tool()],
    )
    show("answer", searched.content)

    heading("Structured output: parse into a dataclass")
    parsed = client.chat.completions.parse(
        model=MODEL,
        messages=[{"role": "user", "content": "Give me facts about Oslo as JSON."}],
        response_format=CityFacts,
    )
    show("parsed", repr(parsed.choices[0].message.parsed))

    heading("MFJS: schemas checked before sending")
    try:
        moonshot.check_schema(
            {"type": "object", "properties": {"when": {"type": "string", "format": "date"}}}
        )
    except moonshot.ValidationError as error:
        show("refused", str(error))


if __name__ == "__main__":
    with connect() as c:
        run(c)
