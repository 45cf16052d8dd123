"""The SSE decoder against an independent reference, over generated event sequences.

The reference below decodes a whole body at once, straight from the WHATWG event-stream
rules (a string data buffer, a regex line split); the client's decoder is fed the same
bytes in random pieces (inside lines, inside CRLF, inside UTF-8 characters). Both must give
the same events. At the client level, a body cut anywhere gives either the whole
completion or StreamInterruptedError whose ``partial`` holds every chunk received.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from typing import Any

import httpx
import moonshot
import pytest
import spec_facts as facts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from moonshot._sse import SSEDecoder

from . import _figures
from ._servers import text_events

MODEL = facts.plain_model()

pytestmark = pytest.mark.timeout(120)

_LINE_SPLIT = re.compile(r"\r\n|\r|\n")
Event = tuple[str, str, str]  # (data, type, last id)


def reference_decode(body: bytes) -> list[Event]:
    """Decode a whole event-stream body: what a correct incremental decoder must match."""
    text = body.decode("utf-8", errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = _LINE_SPLIT.split(text)[:-1]  # the last piece has no line end: never processed
    events: list[Event] = []
    data, kind, last_id = "", "", ""
    for line in lines:
        if line == "":
            if data:
                events.append((data[:-1], kind or "message", last_id))
            data, kind = "", ""
            continue
        if line.startswith(":"):
            continue
        if ":" in line:
            name, value = line.split(":", 1)
            value = value.removeprefix(" ")
        else:
            name, value = line, ""
        if name == "data":
            data += value + "\n"
        elif name == "event":
            kind = value
        elif name == "id" and "\x00" not in value:
            last_id = value
    return events


def decode_in_pieces(body: bytes, cuts: list[int]) -> list[Event]:
    decoder = SSEDecoder()
    events = []
    start = 0
    for cut in [*sorted(set(cuts)), len(body)]:
        for event in decoder.feed(body[start:cut]):
            events.append((event.data, event.event, event.id))
        start = cut
    decoder.end()
    return events


# -- generated streams -------------------------------------------------------------------------

value_text = st.text(
    st.characters(blacklist_characters="\r\n", blacklist_categories=("Cs",)), max_size=12
)
name_text = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=8)


@dataclass
class GenEvent:
    data: list[str]
    kind: str | None
    id: str | None


gen_event = st.builds(
    GenEvent,
    data=st.lists(value_text, min_size=1, max_size=4),
    kind=st.none() | name_text,
    id=st.none() | value_text.filter(lambda v: "\x00" not in v),
)


def event_lines(event: GenEvent) -> list[str]:
    lines = [f"event: {event.kind}"] if event.kind is not None else []
    if event.id is not None:
        lines.append(f"id: {event.id}")
    lines += [f"data: {value}" for value in event.data]
    return [*lines, ""]


def expected_events(events: list[GenEvent]) -> list[Event]:
    out, last_id = [], ""
    for event in events:
        if event.id is not None:
            last_id = event.id
        out.append(("\n".join(event.data), event.kind or "message", last_id))
    return out


noise_line = st.one_of(
    value_text.map(lambda v: ":" + v),  # a comment
    st.sampled_from(["retry: 3000", "retry: soon", "junk", "id: a\x00b", "event", ": ping"]),
    st.builds(lambda n, v: f"{n}: {v}", name_text.filter(lambda n: ":" not in n), value_text),
)


@st.composite
def noisy_body(draw: st.DrawFn) -> bytes:
    """Events interleaved with comments and junk, each line ending in LF, CRLF or CR,
    maybe a byte order mark first and an unfinished event last."""
    lines: list[str] = []
    for event in draw(st.lists(gen_event, max_size=8)):
        body = event_lines(event)
        for _ in range(draw(st.integers(0, 2))):
            body.insert(draw(st.integers(0, len(body) - 1)), draw(noise_line))
        lines += body
    if draw(st.booleans()):
        lines += [f"data: {draw(value_text)}"]  # the body ends inside an event
    ends = st.sampled_from(["\n", "\r\n", "\r"])
    text = "".join(line + draw(ends) for line in lines)
    if draw(st.booleans()):
        text += draw(value_text)  # a last line without its line end
    bom = "\ufeff" if draw(st.booleans()) else ""
    return (bom + text).encode()


def cuts_for(body: bytes) -> st.SearchStrategy[list[int]]:
    return st.lists(st.integers(0, len(body)), max_size=12)


@settings(max_examples=150, deadline=None)
@given(st.lists(gen_event, max_size=10), st.sampled_from(["\n", "\r\n", "\r"]), st.data())
def test_reference_and_decoder_recover_the_events(
    events: list[GenEvent], line_end: str, data: st.DataObject
) -> None:
    body = "".join(line + line_end for e in events for line in event_lines(e)).encode()
    assert reference_decode(body) == expected_events(events)
    _figures.count("SSE examples checked")
    assert decode_in_pieces(body, data.draw(cuts_for(body))) == expected_events(events)


@settings(max_examples=400, deadline=None)
@given(noisy_body(), st.data())
def test_decoder_matches_the_reference_on_noisy_bodies(body: bytes, data: st.DataObject) -> None:
    cuts = data.draw(cuts_for(body))
    assert decode_in_pieces(body, cuts) == reference_decode(body)
    _figures.count("SSE examples checked")


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=200), st.data())
def test_decoder_matches_the_reference_on_arbitrary_bytes(body: bytes, data: st.DataObject) -> None:
    assert decode_in_pieces(body, data.draw(cuts_for(body))) == reference_decode(body)
    _figures.count("SSE examples checked")


def test_one_megabyte_event_split_in_small_pieces() -> None:
    value = "é" * 500_000
    body = f"data: {value}\r\n\r\n".encode()
    assert decode_in_pieces(body, list(range(0, len(body), 4093))) == [(value, "message", "")]


# -- the client over a body cut anywhere --------------------------------------------------------


def _client(pieces: list[bytes], broken: bool) -> moonshot.Moonshot:
    def stream() -> Any:
        yield from pieces
        if broken:
            raise httpx.RemoteProtocolError("peer closed connection")

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"content-type": "text/event-stream"}, stream=_Body(stream)
        )

    return moonshot.Moonshot(
        api_key="sk-test",
        base_url="http://127.0.0.1:9",
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )


class _Body(httpx.SyncByteStream):
    def __init__(self, make: Any) -> None:
        self._make = make

    def __iter__(self) -> Any:
        return self._make()


def _contents(events: list[Event]) -> str:
    text = ""
    for data, _, _ in events:
        if data == "[DONE]":
            break
        for choice in json.loads(data)["choices"]:
            text += choice["delta"].get("content") or ""
    return text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.text(max_size=6), min_size=1, max_size=20),
    st.booleans(),
    st.data(),
)
def test_a_stream_cut_anywhere_keeps_every_chunk_received(
    parts: list[str], broken: bool, data: st.DataObject
) -> None:
    body = b"".join(text_events(parts))
    cut = data.draw(st.integers(0, len(body)))
    received = body[:cut]
    pieces = [received[a:b] for a, b in _spans(data.draw(cuts_for(received)), len(received))]
    client = _client(pieces, broken)
    before = reference_decode(received)
    stream = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "x"}], stream=True
    )
    seen = []
    try:
        for chunk in stream:
            seen.extend(c.delta.content or "" for c in chunk.choices)
        final = stream.get_final_completion()
    except moonshot.StreamInterruptedError as error:
        # Broken: nothing the server sent in whole events is lost.
        kept = error.partial.choices[0].message.content if error.partial.choices else None
        assert (kept or "") == _contents(before)
        assert "".join(seen) == _contents(before)
        finished = any(
            json.loads(d)["choices"][0]["finish_reason"] for d, _, _ in before if d != "[DONE]"
        )
        assert not finished or broken  # a cleanly ended body with a finish_reason completes
    else:
        assert final.choices[0].message.content == "".join(parts) == "".join(seen)
    _figures.count("SSE examples checked")


def _spans(cuts: list[int], length: int) -> list[tuple[int, int]]:
    points = [0, *sorted(set(cuts)), length]
    return list(itertools.pairwise(points))
