"""The Anthropic-compatible Messages API: a tool call, its result, and a streamed answer."""

from __future__ import annotations

import sys

from _common import connect, heading, show
from moonshot import Moonshot

MODEL = "kimi-k3"  # the model the API document lists for /anthropic/v1/messages
WEATHER = {
    "name": "get_weather",
    "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}},
}


def run(client: Moonshot) -> None:
    heading("Anthropic Messages API")
    ask = [{"role": "user", "content": "What is the weather in Paris?"}]
    first = client.anthropic.messages.create(
        model=MODEL, max_tokens=512, messages=ask, tools=[WEATHER]
    )
    [call] = [b for b in first.to_dict()["content"] if b["type"] == "tool_use"]
    show("tool call", f"{call['name']}({call['input']})")
    result = {"type": "tool_result", "tool_use_id": call["id"], "content": "12 C, cloudy"}
    conversation = [
        *ask,
        {"role": "assistant", "content": first.to_dict()["content"]},
        {"role": "user", "content": [result]},
    ]
    with client.anthropic.messages.create(
        model=MODEL, max_tokens=512, messages=conversation, tools=[WEATHER], stream=True
    ) as stream:
        sys.stdout.write("  answer: ")
        for text in stream.text_deltas():
            sys.stdout.write(text)
        message = stream.get_final_message()
    print(f"\n  (stop_reason {message.stop_reason}, {message.usage.output_tokens} output tokens)")


if __name__ == "__main__":
    with connect() as c:
        run(c)
