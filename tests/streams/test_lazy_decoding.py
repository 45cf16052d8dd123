"""A piece of the body holding many events is decoded one event at a time.

Building every event of a 64 KiB read at once kept hundreds of objects alive together,
which set off the garbage collector (and, in a large process, full collections) again
and again during a long stream. ``gc.get_count()[0]`` counts container objects made
minus those freed, so its peak while reading shows how many are alive at once.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterable

import pytest
import spec_facts as facts
from moonshot._streams.chat_stream import ChatCore
from moonshot._streams.sse import SSEDecoder

MODEL = facts.plain_model()

EVENTS = 2000


def one_piece(events: int) -> bytes:
    chunk = {
        "id": "c",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": MODEL,
        "choices": [{"index": 0, "delta": {"content": "tok "}, "finish_reason": None}],
    }
    return b"".join(b"data: " + json.dumps(chunk).encode() + b"\n\n" for _ in range(events))


def peak_alive(read_piece: Callable[[], Iterable[object]]) -> tuple[int, int]:
    """(items read, the most container objects alive at once beyond the start)."""
    gc.collect()
    gc.disable()
    try:
        start = gc.get_count()[0]
        peak = read = 0
        for item in read_piece():
            read += 1
            peak = max(peak, gc.get_count()[0] - start)
            del item
        return read, peak
    finally:
        gc.enable()


@pytest.fixture
def piece() -> bytes:
    return one_piece(EVENTS)


def test_decoder_makes_events_as_they_are_read(piece: bytes) -> None:
    read, peak = peak_alive(lambda: SSEDecoder().events(piece))
    assert read == EVENTS
    assert peak < 50, f"{peak} objects alive at once for {EVENTS} events"


def test_stream_core_makes_chunks_as_they_are_read(piece: bytes) -> None:
    core = ChatCore(None, None)
    read, peak = peak_alive(lambda: core.feed(piece))
    assert read == EVENTS
    assert peak < 50, f"{peak} objects alive at once for {EVENTS} chunks"


def test_feed_still_returns_every_event_of_the_piece(piece: bytes) -> None:
    events = SSEDecoder().feed(piece + b"data: [DONE]\n\n")
    assert len(events) == EVENTS + 1
    assert events[-1].data == "[DONE]"
