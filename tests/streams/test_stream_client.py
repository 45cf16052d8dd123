"""``create(..., stream=True)`` over a mock transport: chunks, errors, interruption, options."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx2
import moonshot
import pytest

from .conftest import MESSAGES, MODEL, Recorder, chunk, event, text_stream

WORDS = ["Hel", "lo ", "wor", "ld"]


def pieces_of(body: bytes, size: int) -> list[bytes]:
    return [body[i : i + size] for i in range(0, len(body), size)]


def broken(body: bytes, error: Exception) -> Iterator[bytes]:
    yield body
    raise error


# -- sync ----------------------------------------------------------------------------


def test_chunks_are_typed_and_request_asks_for_a_stream(
    sync_client: Any, recorder: Recorder
) -> None:
    client = sync_client(lambda r: pieces_of(text_stream(WORDS), 7))
    with client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True) as stream:
        assert isinstance(stream, moonshot.ChatCompletionStream)
        chunks = list(stream)
    assert all(isinstance(c, moonshot.ChatCompletionChunk) for c in chunks)
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == "Hello world"
    assert chunks[-1].choices[0].finish_reason == "stop"
    request = recorder.requests[0]
    assert json.loads(request.content)["stream"] is True
    assert request.headers["accept"] == "text/event-stream"


def test_final_completion_and_snapshot_while_iterating(sync_client: Any) -> None:
    client = sync_client(lambda r: [text_stream(WORDS)])
    stream = client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
    seen = []
    for _ in stream:
        seen.append(stream.current_completion().choices[0].message.content)
        if len(seen) == 3:
            break
    assert seen == ["", "Hel", "Hello "]
    final = stream.get_final_completion()
    assert final.choices[0].message.content == "Hello world"
    assert final.usage.prompt_tokens == 1
    stream.close()


def test_text_deltas(sync_client: Any) -> None:
    client = sync_client(lambda r: [text_stream(WORDS)])
    stream = client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
    assert list(stream.text_deltas()) == WORDS
    assert stream.get_final_completion().choices[0].message.content == "Hello world"


def test_error_payload_mid_stream_raises_typed_error_with_partial(sync_client: Any) -> None:
    error = {
        "error": {
            "message": "engine overloaded",
            "type": "engine_overloaded_error",
            "code": "overloaded",
        }
    }
    body = (
        event(chunk({"content": "partial text"})) + event(error) + event(chunk({"content": "no"}))
    )
    client = sync_client(lambda r: [body])
    stream = client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
    received = []
    with pytest.raises(moonshot.APIStreamError) as caught:
        for item in stream:
            received.append(item)
    assert len(received) == 1
    assert "engine overloaded" in str(caught.value)
    assert (caught.value.type, caught.value.code) == ("engine_overloaded_error", "overloaded")
    assert caught.value.partial.choices[0].message.content == "partial text"
    assert isinstance(caught.value, moonshot.APIError)


def test_error_event_type_raises(sync_client: Any) -> None:
    body = b'event: error\ndata: {"message": "bad things"}\n\n'
    client = sync_client(lambda r: [body])
    stream = client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
    with pytest.raises(moonshot.APIStreamError, match="bad things"):
        list(stream)


def test_http_error_before_the_stream_is_the_usual_status_error(sync_client: Any) -> None:
    answer = httpx2.Response(
        429,
        json={"error": {"message": "slow down", "type": "rate_limit_reached_error"}},
        headers={"x-request-id": "req-9"},
    )
    client = sync_client(lambda r: answer, max_retries=0)
    with pytest.raises(moonshot.RateLimitError) as caught:
        client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
    assert caught.value.message == "slow down"
    assert caught.value.type == "rate_limit_reached_error"
    assert caught.value.body == {
        "error": {"message": "slow down", "type": "rate_limit_reached_error"}
    }
    assert caught.value.request_id == "req-9"


def test_status_retried_before_the_first_byte(sync_client: Any, recorder: Recorder) -> None:
    answers = iter(
        [httpx2.Response(503, json={"error": {"message": "busy"}}), [text_stream(WORDS)]]
    )
    client = sync_client(lambda r: next(answers), max_retries=1)
    stream = client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
    assert stream.get_final_completion().choices[0].message.content == "Hello world"
    assert len(recorder.requests) == 2


def test_connection_dropped_mid_body_raises_with_partial_and_is_not_retried(
    sync_client: Any, recorder: Recorder
) -> None:
    body = event(chunk({"role": "assistant", "content": ""})) + event(chunk({"content": "Hel"}))
    body += event(chunk({"content": "lo"}))[:30]  # and the start of an event never finished
    client = sync_client(lambda r: broken(body, httpx2.RemoteProtocolError("peer closed")))
    stream = client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
    with pytest.raises(moonshot.StreamInterruptedError) as caught:
        stream.get_final_completion()
    error = caught.value
    assert isinstance(error, moonshot.APIConnectionError)
    assert "peer closed" in str(error)
    assert isinstance(error.__cause__, httpx2.RemoteProtocolError)
    assert error.partial.choices[0].message.content == "Hel"
    assert len(recorder.requests) == 1


def test_body_ending_without_done_and_without_finish_reason_is_interrupted(
    sync_client: Any,
) -> None:
    body = event(chunk({"content": "cut "})) + event(chunk({"content": "off"}))
    client = sync_client(lambda r: [body])
    stream = client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
    chunks = []
    with pytest.raises(moonshot.StreamInterruptedError, match="without \\[DONE\\]") as caught:
        for item in stream:
            chunks.append(item)
    assert len(chunks) == 2
    assert caught.value.partial.choices[0].message.content == "cut off"


def test_body_ending_without_done_after_every_finish_reason_is_accepted(sync_client: Any) -> None:
    client = sync_client(lambda r: [text_stream(WORDS, done=False)])
    stream = client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
    assert stream.get_final_completion().choices[0].message.content == "Hello world"


def test_events_after_done_are_ignored(sync_client: Any) -> None:
    client = sync_client(lambda r: [text_stream(WORDS) + event(chunk({"content": "late"}))])
    stream = client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
    assert stream.get_final_completion().choices[0].message.content == "Hello world"


def test_non_json_event_is_a_response_validation_error(sync_client: Any) -> None:
    client = sync_client(lambda r: [b"data: {not json\n\n"])
    stream = client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
    with pytest.raises(moonshot.APIResponseValidationError, match="not JSON"):
        list(stream)


def test_final_completion_after_early_close_refuses_to_truncate(sync_client: Any) -> None:
    client = sync_client(lambda r: [text_stream(WORDS)])
    stream = client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
    next(stream)
    stream.close()
    with pytest.raises(moonshot.StreamInterruptedError, match="closed before") as caught:
        stream.get_final_completion()
    assert caught.value.partial.choices[0].message.content == ""


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"stream": True, "resume": "yes"}, "resume"),
        ({"stream": True, "resume": True, "max_resumes": -1}, "max_resumes"),
        ({"resume": True}, "resume"),
        ({"stream": True, "resume": True, "n": 2}, "n"),
        ({"stream": "yes"}, "stream"),
    ],
)
def test_bad_stream_options_rejected_before_sending(
    sync_client: Any, recorder: Recorder, options: dict[str, Any], field: str
) -> None:
    client = sync_client(lambda r: [text_stream(WORDS)])
    with pytest.raises(moonshot.ValidationError) as caught:
        client.chat.completions.create(model=MODEL, messages=MESSAGES, **options)
    assert caught.value.field == field
    assert recorder.requests == []


def test_resume_continues_with_partial_mode_after_a_drop(
    sync_client: Any, recorder: Recorder
) -> None:
    first = text_stream(["The ", "quick "])[:-90]  # cut before the finish chunk

    def answer(request: httpx2.Request) -> Any:
        if len(recorder.requests) == 1:
            return broken(first, httpx2.ReadError("reset"))
        return [text_stream(["brown ", "fox"])]

    client = sync_client(answer)
    stream = client.chat.completions.create(
        model=MODEL, messages=MESSAGES, stream=True, resume=True
    )
    assert "".join(stream.text_deltas()) == "The quick brown fox"
    assert stream.resumes == 1
    final = stream.get_final_completion()
    assert final.choices[0].message.content == "The quick brown fox"
    resent = recorder.bodies()[1]
    assert resent["messages"] == [
        *MESSAGES,
        {"role": "assistant", "content": "The quick ", "partial": True},
    ]
    assert resent["stream"] is True


def test_resume_gives_up_after_max_resumes(sync_client: Any, recorder: Recorder) -> None:
    piece = event(chunk({"content": "again "}))
    client = sync_client(lambda r: broken(piece, httpx2.ReadError("reset")))
    stream = client.chat.completions.create(
        model=MODEL, messages=MESSAGES, stream=True, resume=True, max_resumes=2
    )
    with pytest.raises(moonshot.StreamInterruptedError, match="max_resumes") as caught:
        stream.get_final_completion()
    assert len(recorder.requests) == 3
    assert caught.value.partial.choices[0].message.content == "again again again "
    prefixes = [b["messages"][-1].get("content") for b in recorder.bodies()[1:]]
    assert prefixes == ["again ", "again again "]


def test_tool_call_streams_are_not_resumed(sync_client: Any, recorder: Recorder) -> None:
    piece = event(chunk({"tool_calls": [{"index": 0, "id": "a", "function": {"name": "f"}}]}))
    client = sync_client(lambda r: broken(piece, httpx2.ReadError("reset")))
    stream = client.chat.completions.create(
        model=MODEL, messages=MESSAGES, stream=True, resume=True
    )
    with pytest.raises(moonshot.StreamInterruptedError, match="calling tools"):
        list(stream)
    assert len(recorder.requests) == 1


def test_resume_extends_a_callers_own_partial_prefix(sync_client: Any, recorder: Recorder) -> None:
    prefix = {"role": "assistant", "content": "Once ", "partial": True}

    def answer(request: httpx2.Request) -> Any:
        if len(recorder.requests) == 1:
            return broken(event(chunk({"content": "upon "})), httpx2.ReadError("reset"))
        return [text_stream(["a time"])]

    client = sync_client(answer)
    stream = client.chat.completions.create(
        model=MODEL, messages=[*MESSAGES, prefix], stream=True, resume=True
    )
    assert stream.get_final_completion().choices[0].message.content == "upon a time"
    assert recorder.bodies()[1]["messages"][-1] == {**prefix, "content": "Once upon "}


# -- async ---------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_chunks_final_and_text_deltas(async_client: Any, recorder: Recorder) -> None:
    client = async_client(lambda r: pieces_of(text_stream(WORDS), 5))
    async with await client.chat.completions.create(
        model=MODEL, messages=MESSAGES, stream=True
    ) as stream:
        assert isinstance(stream, moonshot.AsyncChatCompletionStream)
        first = await stream.__anext__()
        assert first.choices[0].delta.role == "assistant"
        assert [t async for t in stream.text_deltas()] == WORDS
        final = await stream.get_final_completion()
    assert final.choices[0].message.content == "Hello world"
    assert json.loads(recorder.requests[0].content)["stream"] is True


@pytest.mark.anyio
async def test_async_http_error_before_stream(async_client: Any) -> None:
    answer = httpx2.Response(401, json={"error": {"message": "bad key"}})
    client = async_client(lambda r: answer)
    with pytest.raises(moonshot.AuthenticationError, match="bad key"):
        await client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)


@pytest.mark.anyio
async def test_async_error_payload_and_interruption(async_client: Any) -> None:
    error_body = event(chunk({"content": "so far"})) + event({"error": {"message": "boom"}})
    client = async_client(lambda r: [error_body])
    stream = await client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
    with pytest.raises(moonshot.APIStreamError, match="boom") as caught:
        async for _ in stream:
            pass
    assert caught.value.partial.choices[0].message.content == "so far"

    client = async_client(lambda r: broken(event(chunk({"content": "x"})), httpx2.ReadError("r")))
    stream = await client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
    with pytest.raises(moonshot.StreamInterruptedError) as interrupted:
        await stream.get_final_completion()
    assert interrupted.value.partial.choices[0].message.content == "x"


@pytest.mark.anyio
async def test_async_resume(async_client: Any, recorder: Recorder) -> None:
    def answer(request: httpx2.Request) -> Any:
        if len(recorder.requests) == 1:
            return broken(event(chunk({"content": "first "})), httpx2.ReadError("reset"))
        return [text_stream(["second"])]

    client = async_client(answer)
    stream = await client.chat.completions.create(
        model=MODEL, messages=MESSAGES, stream=True, resume=True
    )
    final = await stream.get_final_completion()
    assert final.choices[0].message.content == "first second"
    assert recorder.bodies()[1]["messages"][-1] == {
        "role": "assistant",
        "content": "first ",
        "partial": True,
    }


Factory = Callable[..., Any]
