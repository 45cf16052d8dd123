"""LocalMoonshot through the ``openai`` SDK, written the way its users write it: chat,
streams, a tool round trip that sends the assistant message back as the SDK gave it,
files, and Responses. Only base_url and api_key point it here."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import openai
import pytest
import spec_facts as facts
from moonshot.testing import LocalMoonshot

from ._sdk import KEY, has_operation, operation_model

MODEL = facts.plain_model()
WEATHER_TOOL: Any = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city today",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}


@pytest.fixture
def client(server: LocalMoonshot) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.url, api_key=KEY, max_retries=0, timeout=30)


def test_chat(client: openai.OpenAI) -> None:
    completion = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "Hello from the openai SDK"}]
    )
    choice = completion.choices[0]
    assert choice.finish_reason == "stop" and choice.message.role == "assistant"
    assert "Hello from the openai SDK" in (choice.message.content or "")
    assert completion.usage is not None
    assert completion.usage.total_tokens == (
        completion.usage.prompt_tokens + completion.usage.completion_tokens
    )


def test_wrong_key_is_the_sdks_authentication_error(server: LocalMoonshot) -> None:
    wrong = openai.OpenAI(base_url=server.url, api_key="sk-wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        wrong.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "hi"}])


def test_unknown_model_is_the_sdks_not_found_error(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(
            model="no-such-model-anywhere", messages=[{"role": "user", "content": "hi"}]
        )


def test_stream_joins_to_the_plain_answer(client: openai.OpenAI) -> None:
    messages: Any = [{"role": "user", "content": "Stream this to me"}]
    whole = client.chat.completions.create(model=MODEL, messages=messages)
    stream = client.chat.completions.create(
        model=MODEL, messages=messages, stream=True, stream_options={"include_usage": True}
    )
    text, finish, usage = [], None, None
    for chunk in stream:
        if chunk.usage is not None:
            usage = chunk.usage
        if chunk.choices:
            text.append(chunk.choices[0].delta.content or "")
            finish = chunk.choices[0].finish_reason or finish
    assert "".join(text) == whole.choices[0].message.content
    assert finish == "stop" and usage is not None and usage.completion_tokens > 0


def test_async_chat_and_stream(server: LocalMoonshot) -> None:
    async def run() -> tuple[str, str]:
        async with openai.AsyncOpenAI(base_url=server.url, api_key=KEY, max_retries=0) as c:
            messages: Any = [{"role": "user", "content": "async hello"}]
            whole = await c.chat.completions.create(model=MODEL, messages=messages)
            stream = await c.chat.completions.create(model=MODEL, messages=messages, stream=True)
            parts = [ch.choices[0].delta.content or "" async for ch in stream if ch.choices]
            return whole.choices[0].message.content or "", "".join(parts)

    whole, streamed = asyncio.run(run())
    assert whole and streamed == whole


def test_tool_round_trip_sends_back_the_sdks_message(client: openai.OpenAI) -> None:
    messages: list[Any] = [{"role": "user", "content": "What is the weather in Paris?"}]
    first = client.chat.completions.create(model=MODEL, messages=messages, tools=[WEATHER_TOOL])
    choice = first.choices[0]
    assert choice.finish_reason == "tool_calls" and choice.message.tool_calls
    messages.append(choice.message)  # the SDK's object, as the pages' programs do
    for call in choice.message.tool_calls:
        assert call.type == "function" and call.function.name == "get_weather"
        assert isinstance(json.loads(call.function.arguments), dict)
        result = {"city": "Paris", "temperature_c": 12}
        messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(result)})
    second = client.chat.completions.create(model=MODEL, messages=messages, tools=[WEATHER_TOOL])
    assert second.choices[0].finish_reason == "stop"
    assert "temperature_c" in (second.choices[0].message.content or "")


def test_files_upload_list_content_delete(client: openai.OpenAI, tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Notes\n\nThe secret word is moonbeam.\n", encoding="utf-8")
    uploaded = client.files.create(file=path, purpose="file-extract")
    assert uploaded.filename == "notes.md" and uploaded.bytes == path.stat().st_size
    assert "moonbeam" in client.files.content(file_id=uploaded.id).text
    assert client.files.retrieve(uploaded.id).id == uploaded.id
    assert [f.id for f in client.files.list().data] == [uploaded.id]
    assert [f.id for f in client.files.list()] == [uploaded.id]  # auto-pagination ends
    assert client.files.delete(uploaded.id).deleted is True
    with pytest.raises(openai.NotFoundError):
        client.files.retrieve(uploaded.id)


@pytest.mark.skipif(not has_operation("POST", "/v1/responses"), reason="no Responses in document")
def test_responses_create_and_stream(client: openai.OpenAI) -> None:
    model = operation_model("/v1/responses")
    response = client.responses.create(model=model, input="Say hello to Responses")
    assert response.status == "completed"
    assert "Say hello to Responses" in response.output_text
    events = list(client.responses.create(model=model, input="Say hello", stream=True))
    kinds = [event.type for event in events]
    assert kinds[0] == "response.created" and kinds[-1] == "response.completed"
    deltas = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    final = events[-1]
    assert final.type == "response.completed" and deltas == final.response.output_text
