"""LocalMoonshot's Messages operation through the ``anthropic`` SDK, as its users write
it: a message, its stream (the SDK's stream helper), and a tool-use round trip that
sends the SDK's content blocks back. Only base_url and api_key point it here."""

from __future__ import annotations

from typing import Any

import anthropic
import pytest
from moonshot.testing import LocalMoonshot

from ._sdk import KEY, has_operation, operation_model

PATH = "/anthropic/v1/messages"
pytestmark = pytest.mark.skipif(
    not has_operation("POST", PATH), reason="the document has no Messages operation"
)
WEATHER_TOOL: Any = {
    "name": "get_weather",
    "description": "The weather in a city today",
    "input_schema": {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
    },
}


@pytest.fixture
def model() -> str:
    return operation_model(PATH)


@pytest.fixture
def client(server: LocalMoonshot) -> anthropic.Anthropic:
    base = server.url.removesuffix("/v1") + PATH.removesuffix("/v1/messages")
    return anthropic.Anthropic(base_url=base, api_key=KEY, max_retries=0, timeout=30)


def test_message(client: anthropic.Anthropic, model: str) -> None:
    message = client.messages.create(
        model=model,
        max_tokens=1024,
        messages=[{"role": "user", "content": "Hello from the anthropic SDK"}],
    )
    assert message.role == "assistant" and message.stop_reason == "end_turn"
    text = "".join(block.text for block in message.content if block.type == "text")
    assert "Hello from the anthropic SDK" in text
    assert message.usage.input_tokens > 0 and message.usage.output_tokens > 0


def test_wrong_key_is_the_sdks_authentication_error(server: LocalMoonshot, model: str) -> None:
    base = server.url.removesuffix("/v1") + "/anthropic"
    wrong = anthropic.Anthropic(base_url=base, api_key="sk-wrong", max_retries=0)
    with pytest.raises(anthropic.AuthenticationError):
        wrong.messages.create(
            model=model, max_tokens=16, messages=[{"role": "user", "content": "hi"}]
        )


def test_stream_helper_gives_the_same_message(client: anthropic.Anthropic, model: str) -> None:
    messages: Any = [{"role": "user", "content": "Stream this to me"}]
    whole = client.messages.create(model=model, max_tokens=1024, messages=messages)
    with client.messages.stream(model=model, max_tokens=1024, messages=messages) as stream:
        streamed = "".join(stream.text_stream)
        final = stream.get_final_message()
    text = "".join(block.text for block in whole.content if block.type == "text")
    assert streamed == text
    assert [b.type for b in final.content] == [b.type for b in whole.content]
    assert final.stop_reason == "end_turn"


def test_raw_stream_events(client: anthropic.Anthropic, model: str) -> None:
    events = list(
        client.messages.create(
            model=model,
            max_tokens=1024,
            messages=[{"role": "user", "content": "events please"}],
            stream=True,
        )
    )
    kinds = [event.type for event in events]
    assert kinds[0] == "message_start" and kinds[-1] == "message_stop"
    assert "content_block_delta" in kinds and "message_delta" in kinds


def test_tool_use_round_trip(client: anthropic.Anthropic, model: str) -> None:
    messages: list[Any] = [{"role": "user", "content": "What is the weather in Paris?"}]
    first = client.messages.create(
        model=model, max_tokens=1024, messages=messages, tools=[WEATHER_TOOL]
    )
    assert first.stop_reason == "tool_use"
    uses = [block for block in first.content if block.type == "tool_use"]
    assert uses and all(use.name == "get_weather" for use in uses)
    messages.append({"role": "assistant", "content": first.content})  # the SDK's blocks
    messages.append(
        {
            "role": "user",
            "content": [
                {"type": "tool_result", "tool_use_id": use.id, "content": "12 degrees, cloudy"}
                for use in uses
            ],
        }
    )
    second = client.messages.create(
        model=model, max_tokens=1024, messages=messages, tools=[WEATHER_TOOL]
    )
    assert second.stop_reason == "end_turn"
    text = "".join(block.text for block in second.content if block.type == "text")
    assert "12 degrees, cloudy" in text
