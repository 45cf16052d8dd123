"""The event-stream decoder: the WHATWG rules, and any split of the bytes."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from moonshot._http.limits import LineTooLongError
from moonshot._streams.sse import ServerSentEvent, SSEDecoder


def decode(*pieces: bytes) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events = [e for piece in pieces for e in decoder.feed(piece)]
    return events


def datas(*pieces: bytes) -> list[str]:
    return [e.data for e in decode(*pieces)]


def test_line_ends_lf_crlf_cr_all_separate_events() -> None:
    for end in (b"\n", b"\r\n", b"\r"):
        body = b"data: one" + end + end + b"data: two" + end + end
        assert datas(body) == ["one", "two"], end


def test_mixed_line_ends_in_one_stream() -> None:
    assert datas(b"data: a\r\n\ndata: b\r\rdata: c\n\r\n") == ["a", "b", "c"]


def test_multi_line_data_joined_with_newline() -> None:
    assert datas(b"data: first\ndata: second\ndata:third\n\n") == ["first\nsecond\nthird"]


def test_only_one_leading_space_removed_and_no_colon_means_empty_value() -> None:
    assert datas(b"data:  two spaces\n\ndata\n\n") == [" two spaces", ""]


def test_comments_skipped() -> None:
    assert datas(b": keep-alive\n\n:\ndata: x\n: inside\n\n") == ["x"]


def test_events_without_data_are_not_dispatched() -> None:
    body = b"id: 7\n\nretry: 1500\n\nevent: ping\n\ndata: real\n\n"
    events = decode(body)
    assert [(e.event, e.data, e.id) for e in events] == [("message", "real", "7")]


def test_retry_field_is_ignored_and_leaves_the_event_intact() -> None:
    assert datas(b"retry: 250\ndata: x\n\nretry: soon\n\n") == ["x"]


def test_event_type_applies_to_one_event_only() -> None:
    events = decode(b"event: error\ndata: {}\n\ndata: next\n\n")
    assert [(e.event, e.data) for e in events] == [("error", "{}"), ("message", "next")]


def test_unfinished_event_at_end_is_discarded() -> None:
    assert datas(b"data: complete\n\ndata: never closed\n") == ["complete"]


def test_byte_order_mark_stripped_once_at_start() -> None:
    assert datas(b"\xef\xbb\xbfdata: a\n\n") == ["a"]


def test_id_with_nul_is_ignored() -> None:
    events = decode(b"id: good\ndata: a\n\nid: b\x00ad\ndata: b\n\n")
    assert [e.id for e in events] == ["good", "good"]


def test_unknown_fields_ignored() -> None:
    assert datas(b"foo: bar\ndata: a\n\n") == ["a"]


def test_cr_at_piece_end_then_lf_is_one_line_end() -> None:
    assert datas(b"data: a\r", b"\n\r", b"\ndata: b\r\n\r\n") == ["a", "b"]


def test_utf8_character_split_across_pieces() -> None:
    body = "data: 月之暗面 🌙\n\n".encode()
    cut = body.index("🌙".encode()) + 2
    assert datas(body[:cut], body[cut:]) == ["月之暗面 🌙"]


def test_invalid_utf8_replaced_not_raised() -> None:
    assert datas(b"data: \xff\n\n") == ["\ufffd"]


# -- property-based: every split, every line-end style gives the same events ----------

texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"),
    max_size=20,
)


@st.composite
def bodies(draw: st.DrawFn) -> tuple[list[tuple[str, str]], list[str]]:
    """Events (type, data) and the lines that encode them, comments and ids mixed in."""
    events: list[tuple[str, str]] = []
    lines: list[str] = []
    for _ in range(draw(st.integers(0, 6))):
        if draw(st.booleans()):
            lines.append(":" + draw(texts))
        kind = draw(st.sampled_from(["message", "error", "custom"]))
        if kind != "message":
            lines.append(f"event: {kind}")
        if draw(st.booleans()):
            lines.append("id: 1")
        data_lines = draw(st.lists(texts, max_size=3))
        for line in data_lines:
            lines.append("data: " + line)
        lines.append("")
        if data_lines:
            events.append((kind, "\n".join(data_lines)))
    return events, lines


@given(
    body=bodies(),
    line_end=st.sampled_from(["\n", "\r\n", "\r"]),
    cuts=st.lists(st.integers(0, 10_000), max_size=8),
)
def test_any_split_and_line_end_style_gives_the_same_events(
    body: tuple[list[tuple[str, str]], list[str]], line_end: str, cuts: list[int]
) -> None:
    expected, lines = body
    raw = "".join(line + line_end for line in lines).encode()
    points = sorted({c % (len(raw) + 1) for c in cuts})
    pieces = [raw[a:b] for a, b in zip([0, *points], [*points, len(raw)], strict=True)]
    assert [(e.event, e.data) for e in decode(*pieces)] == expected


@given(payloads=st.lists(st.dictionaries(texts, texts, max_size=3), max_size=5), data=st.data())
def test_json_payloads_survive_byte_by_byte_feeding(
    payloads: list[dict[str, str]], data: st.DataObject
) -> None:
    raw = b"".join(
        b"data: " + json.dumps(p, ensure_ascii=False).encode() + b"\n\n" for p in payloads
    )
    size = data.draw(st.integers(1, 7))
    pieces = [raw[i : i + size] for i in range(0, len(raw), size)]
    assert [json.loads(d) for d in datas(*pieces)] == payloads


# -- datas(), the chat stream's path, gives what events() gives, for any split ----------

_PLAIN = "".join(f'data: {{"n":{i}}}\n\n' for i in range(6))  # a run of one-line events


def _datas_of(pieces: list[bytes], limit: int | None) -> list[object]:
    decoder = SSEDecoder(limit)
    return [
        (d.event, d.data) if isinstance(d, ServerSentEvent) else d
        for piece in pieces
        for d in decoder.datas(piece)
    ]


def _events_of(pieces: list[bytes], limit: int | None) -> list[object]:
    decoder = SSEDecoder(limit)
    return [
        e.data if e.event == "message" else (e.event, e.data)
        for piece in pieces
        for e in decoder.events(piece)
    ]


@given(
    body=bodies(),
    plain_at=st.lists(st.integers(0, 40), max_size=3),
    line_end=st.sampled_from(["\n", "\n", "\r\n"]),
    cuts=st.lists(st.integers(0, 10_000), max_size=8),
    limit=st.sampled_from([None, None, 12, 40]),
)
def test_datas_matches_events_for_any_split(
    body: tuple[list[tuple[str, str]], list[str]],
    plain_at: list[int],
    line_end: str,
    cuts: list[int],
    limit: int | None,
) -> None:
    _, lines = body
    text = "".join(line + line_end for line in lines)
    for at in plain_at:  # runs of plain events (the one-split path) between the others
        point = text.rfind(line_end * 2, 0, at % (len(text) + 1) + 1)
        point = 0 if point < 0 else point + 2 * len(line_end)
        text = text[:point] + _PLAIN.replace("\n", line_end) + text[point:]
    raw = "\ufeff".encode() * (limit is None) + text.encode()
    points = sorted({c % (len(raw) + 1) for c in cuts})
    pieces = [raw[a:b] for a, b in zip([0, *points], [*points, len(raw)], strict=True)]
    try:
        expected = _events_of(pieces, limit)
    except LineTooLongError:
        with pytest.raises(LineTooLongError):
            _datas_of(pieces, limit)
        return
    assert _datas_of(pieces, limit) == expected


def test_datas_reads_other_lines_between_plain_events() -> None:
    body = b"data: a\n\nevent: e\ndata: b\n\n: c\n\ndata: c\ndata: +\n\ndata: d\n\ndata: e\n\n"
    expected = ["a", ("e", "b"), "c\n+", "d", "e"]
    for cut in range(len(body) + 1):
        pieces = [body[:cut], body[cut:]]
        assert _datas_of(pieces, None) == _events_of(pieces, None) == expected, cut
