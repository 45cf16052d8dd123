"""Kimi's official tools (formulas): declarations, one fiber, and a formula in run_tools."""

from __future__ import annotations

import moonshot
from _common import MODEL, connect, heading, show
from moonshot import Moonshot
from moonshot.resources.formulas import fiber_content


def local_time(city: str) -> str:
    """The local time in a city (a Python tool beside the formula).

    Args:
        city: The city's name.
    """
    return f"09:00 in {city}"


def run(client: Moonshot) -> None:
    heading("Official tools (formulas)")
    for tool in client.formulas.tools("date").tools:
        show("declared", f"{tool.function.name}: {tool.function.description}")
    fiber = client.formulas.call("base64", "base64", {"operation": "encode", "text": "Kimi"})
    show(f"fiber {fiber.status}", fiber_content(fiber))
    result = client.chat.completions.run_tools(
        model=MODEL,
        messages=[{"role": "user", "content": "web search moon tides then local time in Oslo"}],
        tools=[moonshot.formula("web-search"), local_time],
    )
    for message in result.messages:
        if message.get("role") == "tool":
            show(f"tool {message['name']}", str(message["content"])[:70] + "...")
    show("answer", (result.content or "")[:160])


if __name__ == "__main__":
    with connect() as c:
        run(c)
