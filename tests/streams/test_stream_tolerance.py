"""What the live API really sends, read by a stream: the cases of issue 25, and the rules
behind them (values kept as received, deviations logged once, only library errors out)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import moonshot
import pytest
from moonshot._streams import assembly, tolerance

from .conftest import MESSAGES, MODEL, chunk, event

CACHE_HIT_USAGE = {
    "prompt_tokens": 100,
    "completion_tokens": 2,
    "total_tokens": 102,
    "prompt_tokens_details": {"cached_tokens": 90},  # no cache_write_tokens
}


def _body(*chunks: Any) -> bytes:
    return b"".join(event(c) for c in chunks) + b"data: [DONE]\n\n"


def _usage_chunk(usage: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": "cmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": MODEL,
        "choices": [],
        "usage": usage,
    }


CACHE_HIT = _body(
    chunk({"role": "assistant", "content": "Hi"}),
    chunk({}, "stop"),
    _usage_chunk(CACHE_HIT_USAGE),
)


def _cached_tokens(usage: Any) -> Any:
    """``prompt_tokens_details.cached_tokens``: a typed field where the document names
    the details, else kept as sent in ``additional_properties`` (older documents)."""
    details = getattr(usage, "prompt_tokens_details", None)
    if details is None:
        return usage.additional_properties["prompt_tokens_details"]["cached_tokens"]
    return details.cached_tokens


def _create(client: Any) -> Any:
    return client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)


def test_a_cache_hit_usage_chunk_reads_sync(sync_client: Callable[..., Any]) -> None:
    client = sync_client(lambda request: [CACHE_HIT])
    with _create(client) as stream:
        usages = [c.usage for c in stream if c.usage is not None]
        final = stream.get_final_completion()
    assert _cached_tokens(usages[0]) == 90
    assert _cached_tokens(final.usage) == 90
    assert final.choices[0].message.content == "Hi"


@pytest.mark.anyio
async def test_a_cache_hit_usage_chunk_reads_async(async_client: Callable[..., Any]) -> None:
    client = async_client(lambda request: [CACHE_HIT])
    async with await _create(client) as stream:
        usages = [c.usage async for c in stream if c.usage is not None]
        final = await stream.get_final_completion()
    assert _cached_tokens(usages[0]) == 90
    assert final.usage.prompt_tokens == 100


@pytest.mark.parametrize(
    ("pieces", "kept"),
    [
        ([{"step": 1}], {"step": 1}),  # one piece of another type: that piece
        (["a", "b", 5, "c"], ["ab", 5, "c"]),  # strings joined, the rest kept in order
        ([None, "a", None], "a"),  # null pieces add nothing
    ],
)
def test_reasoning_content_that_is_not_a_string_is_kept_as_received(
    sync_client: Callable[..., Any], pieces: list[Any], kept: Any
) -> None:
    chunks = [chunk({"reasoning_content": p}) for p in pieces]
    client = sync_client(lambda request: [_body(*chunks, chunk({"content": "x"}, "stop"))])
    with _create(client) as stream:
        deltas = list(stream.text_deltas())
        final = stream.get_final_completion()
    assert final.choices[0].message.reasoning_content == kept
    assert deltas == ["x"]


@pytest.mark.anyio
async def test_content_pieces_of_another_type_async(async_client: Callable[..., Any]) -> None:
    body = _body(chunk({"content": "a"}), chunk({"content": 1}), chunk({"content": "b"}, "stop"))
    client = async_client(lambda request: [body])
    async with await _create(client) as stream:
        deltas = [d async for d in stream.text_deltas()]
        final = await stream.get_final_completion()
    assert deltas == ["a", "b"]  # text_deltas hands out text only
    assert final.choices[0].message.content == ["a", 1, "b"]


def test_odd_choice_indexes_and_shapes_are_read(sync_client: Callable[..., Any]) -> None:
    odd = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": MODEL}
    body = _body(
        {**odd, "choices": [{"index": [1], "delta": {"content": "a"}}, 3, "x"]},
        {**odd, "choices": 5},
        chunk({"content": "b", "tool_calls": [{"function": {"arguments": 7}}]}, "stop"),
    )
    client = sync_client(lambda request: [body])
    with _create(client) as stream:
        chunks = list(stream)
        final = stream.get_final_completion()
    assert chunks[1].choices == []
    first, odd_one = final.choices  # index 0 first, then the one whose index is [1]
    assert first.index == 0 and first.message.content == "b"
    assert first.message.tool_calls[0].function.arguments == 7
    assert odd_one.index == [1] and odd_one.message.content == "a"


def test_each_kind_of_deviation_is_logged_once_at_debug(
    sync_client: Callable[..., Any], caplog: pytest.LogCaptureFixture, monkeypatch: Any
) -> None:
    monkeypatch.setattr(tolerance, "_seen", set())
    body = _body(chunk({"reasoning_content": 1}), chunk({"reasoning_content": 2}, "stop"))
    client = sync_client(lambda request: [body])
    with caplog.at_level(logging.DEBUG, logger="moonshot"):
        for _ in range(2):
            with _create(client) as stream:
                stream.get_final_completion()
    told = [r for r in caplog.records if "reasoning_content" in r.getMessage()]
    assert len(told) == 1
    assert told[0].levelno == logging.DEBUG and told[0].name == "moonshot"


def _failing_add(monkeypatch: Any, after: int) -> None:
    """Make folding the ``after``-th chunk fail the way a bug would (a foreign exception)."""
    real = assembly.CompletionAccumulator.add

    def add(self: Any, data: dict[str, Any]) -> None:
        if self.chunks == after:
            raise RuntimeError("a bug reading a chunk")
        real(self, data)

    monkeypatch.setattr(assembly.CompletionAccumulator, "add", add)


TWO_WORDS = _body(chunk({"content": "one "}), chunk({"content": "two"}), chunk({}, "stop"))


def test_a_foreign_exception_ends_the_stream_as_a_library_error_with_partial_sync(
    sync_client: Callable[..., Any], monkeypatch: Any
) -> None:
    _failing_add(monkeypatch, after=2)
    client = sync_client(lambda request: [TWO_WORDS])
    with _create(client) as stream, pytest.raises(moonshot.StreamInterruptedError) as caught:
        list(stream)
    assert "RuntimeError: a bug reading a chunk" in str(caught.value)
    assert caught.value.partial.choices[0].message.content == "one two"


@pytest.mark.anyio
async def test_a_foreign_exception_ends_the_stream_as_a_library_error_with_partial_async(
    async_client: Callable[..., Any], monkeypatch: Any
) -> None:
    _failing_add(monkeypatch, after=1)
    client = async_client(lambda request: [TWO_WORDS])
    async with await _create(client) as stream:
        with pytest.raises(moonshot.StreamInterruptedError) as caught:
            await stream.get_final_completion()
    assert isinstance(caught.value, moonshot.MoonshotError)
    assert caught.value.partial.choices[0].message.content == "one "
