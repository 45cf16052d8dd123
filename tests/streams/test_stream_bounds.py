"""Every stream kind obeys the client's time limits and size caps, sync and async.

For each operation the document answers with an event stream (chat chunks, Responses
events, Messages events) a local server sends a realistic opening and then text deltas:
trickled (one every 50 ms, 200 of them: 10 s), after a pause of 3 s, or one delta
longer than ``max_line_bytes``. The stream must end in the library's error soon after
the limit, with ``.partial`` holding what was assembled, not run on with the server.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import moonshot
import pytest
import spec_facts as facts
from ops._doc import MESSAGES, RESPONSES, model_for, present
from ops._sequences import message_sequence, response_sequence

from ._sse_server import SSEServer
from .conftest import KEY, chunk
from .conftest import MESSAGES as CHAT_MESSAGES

pytestmark = pytest.mark.timeout(60)

CHAT = "/v1/chat/completions"
KINDS = [CHAT, *present(RESPONSES, MESSAGES)]
MODES = ["sync", "async"]
RESULT = {
    CHAT: "ChatCompletionResponse",
    RESPONSES: "ResponsesResponse",
    MESSAGES: "MessagesResponse",
}


def _frame(event: dict[str, Any]) -> bytes:
    kind = event.get("type")
    name = f"event: {kind}\n" if isinstance(kind, str) else ""
    return f"{name}data: {json.dumps(event)}\n\n".encode()


def _is_text_delta(event: dict[str, Any]) -> bool:
    delta = event.get("delta")
    return event.get("type") == "response.output_text.delta" or (
        isinstance(delta, dict) and delta.get("type") == "text_delta"
    )


def _opening_and_delta(path: str) -> tuple[list[bytes], Callable[[str], bytes]]:
    """The events before the first text delta, and a maker of text deltas, for ``path``."""
    if path == CHAT:
        return [_frame(chunk({"role": "assistant", "content": ""}))], lambda text: _frame(
            chunk({"content": text})
        )
    sequence = (
        response_sequence(model_for(path))
        if path == RESPONSES
        else message_sequence(model_for(path))
    )
    first = next(i for i, event in enumerate(sequence) if _is_text_delta(event))
    template = sequence[first]

    def delta(text: str) -> bytes:
        event = json.loads(json.dumps(template))
        if path == RESPONSES:
            event["delta"] = text
        else:
            event["delta"]["text"] = text
        return _frame(event)

    return [_frame(event) for event in sequence[:first]], delta


def trickle(path: str) -> Callable[[int, Any], Iterator[bytes]]:
    opening, delta = _opening_and_delta(path)

    def script(attempt: int, body: Any) -> Iterator[bytes]:
        yield from opening
        for _ in range(200):
            yield delta("x ")
            time.sleep(0.05)

    return script


def pause(path: str) -> Callable[[int, Any], Iterator[bytes]]:
    opening, delta = _opening_and_delta(path)

    def script(attempt: int, body: Any) -> Iterator[bytes]:
        yield from opening
        yield delta("first ")
        time.sleep(3.0)
        yield delta("late ")

    return script


def over_long(path: str, size: int) -> Callable[[int, Any], Iterator[bytes]]:
    opening, delta = _opening_and_delta(path)

    def script(attempt: int, body: Any) -> Iterator[bytes]:
        yield from opening
        yield delta("first ")
        yield delta("y" * size)

    return script


def _open(client: Any, path: str) -> Any:
    if path == CHAT:
        return client.chat.completions.create(
            model=facts.plain_model(), messages=CHAT_MESSAGES, stream=True
        )
    if path == RESPONSES:
        return client.responses.create(model=model_for(path), input="Moon?", stream=True)
    return client.anthropic.messages.create(
        model=model_for(path), max_tokens=64, messages=CHAT_MESSAGES, stream=True
    )


def run(
    mode: str, path: str, script: Callable[[int, Any], Iterator[bytes]], **options: Any
) -> tuple[Exception | None, int, float]:
    """Read the whole stream; (the error it ended with, events read, seconds taken)."""
    with SSEServer() as server:
        server.script = script
        if mode == "sync":
            client = moonshot.Moonshot(api_key=KEY, base_url=server.url, max_retries=0, **options)
            started = time.monotonic()
            events = 0
            try:
                with _open(client, path) as stream:
                    for _ in stream:
                        events += 1
            except Exception as error:
                return error, events, time.monotonic() - started
            finally:
                client.close()
            return None, events, time.monotonic() - started

        async def read() -> tuple[Exception | None, int, float]:
            client = moonshot.AsyncMoonshot(
                api_key=KEY, base_url=server.url, max_retries=0, **options
            )
            started = time.monotonic()
            events = 0
            try:
                async with await _open(client, path) as stream:
                    async for _ in stream:
                        events += 1
            except Exception as error:
                return error, events, time.monotonic() - started
            finally:
                await client.close()
            return None, events, time.monotonic() - started

        return asyncio.run(read())


def _check_partial(path: str, error: Exception) -> None:
    partial = getattr(error, "partial", None)
    assert type(partial).__name__ == RESULT[path], partial


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("path", KINDS)
def test_a_trickling_stream_stops_at_the_deadline(path: str, mode: str) -> None:
    error, events, elapsed = run(mode, path, trickle(path), deadline=1.0)
    assert isinstance(error, moonshot.StreamTimeoutError), error
    assert "deadline=1.0 s" in str(error)
    assert 1.0 <= elapsed < 2.5, elapsed
    assert 2 <= events < 100, events  # read on until the deadline, not to the end
    _check_partial(path, error)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("path", KINDS)
def test_a_pausing_stream_stops_at_the_idle_timeout(path: str, mode: str) -> None:
    error, events, elapsed = run(mode, path, pause(path), idle_timeout=0.5)
    assert isinstance(error, moonshot.StreamTimeoutError), error
    assert "idle_timeout=0.5 s" in str(error)
    assert elapsed < 2.0, elapsed
    assert events >= 1
    _check_partial(path, error)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("path", KINDS)
def test_an_over_long_event_is_capped(path: str, mode: str) -> None:
    limit = 4096
    error, events, _ = run(mode, path, over_long(path, 4 * limit), max_line_bytes=limit)
    assert isinstance(error, moonshot.ResponseTooLargeError), error
    assert isinstance(error, moonshot.StreamInterruptedError), error
    assert error.setting == "max_line_bytes"
    assert error.max_bytes == limit
    assert events >= 1
    _check_partial(path, error)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("path", KINDS)
def test_a_stream_holding_too_much_is_capped(path: str, mode: str) -> None:
    """Many events, each within the line cap, that together pass ``max_response_bytes``."""
    opening, delta = _opening_and_delta(path)

    def script(attempt: int, body: Any) -> Iterator[bytes]:
        yield from opening
        for _ in range(100):
            yield delta("z" * 1000)

    limit = 20_000
    error, events, _ = run(mode, path, script, max_response_bytes=limit)
    assert isinstance(error, moonshot.ResponseTooLargeError), error
    assert isinstance(error, moonshot.StreamInterruptedError), error
    assert error.setting == "max_response_bytes"
    assert limit < error.received < 4 * limit
    assert events < 100 + len(opening)
    _check_partial(path, error)
