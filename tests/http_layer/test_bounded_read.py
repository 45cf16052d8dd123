"""The pieces under the size caps: bounded-step inflating, the line splitter and the SSE
decoder's line cap, each on bodies built here (the faults end to end are in
``tests/reliability/test_bounds.py``)."""

from __future__ import annotations

import zlib

import httpx2
import moonshot
import pytest
from moonshot._http.bounded_read import STEP, decoded, lines
from moonshot._http.limits import Cap, LineTooLongError
from moonshot._streams.sse import SSEDecoder

NO_CAP = Cap(None, "max_response_bytes", "this call", "the response")
TEXT = b"".join(b"line %d of the body\n" % n for n in range(20_000))


def _streamed(body: bytes, encoding: str | None, piece: int = 1000) -> httpx2.Response:
    headers = {"content-encoding": encoding} if encoding else {}
    pieces = [body[i : i + piece] for i in range(0, len(body), piece)]
    request = httpx2.Request("GET", "http://127.0.0.1/v1/files/f/content")
    return httpx2.Response(200, headers=headers, stream=_Pieces(pieces), request=request)


class _Pieces(httpx2.SyncByteStream):
    def __init__(self, pieces: list[bytes]) -> None:
        self.pieces = pieces

    def __iter__(self):  # type: ignore[no-untyped-def]
        yield from self.pieces


def _compress(data: bytes, wbits: int) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, wbits)
    return compressor.compress(data) + compressor.flush()


@pytest.mark.parametrize(
    ("encoding", "wbits"),
    [("gzip", zlib.MAX_WBITS | 16), ("deflate", zlib.MAX_WBITS), ("deflate", -zlib.MAX_WBITS)],
    ids=["gzip", "deflate-zlib", "deflate-raw"],
)
def test_inflates_every_encoding_httpx_asks_for(encoding: str, wbits: int) -> None:
    response = _streamed(_compress(TEXT, wbits), encoding)
    pieces = list(decoded(response, NO_CAP))
    assert b"".join(pieces) == TEXT
    assert max(map(len, pieces)) <= STEP
    assert response.is_closed


def test_a_bomb_is_inflated_one_step_at_a_time() -> None:
    body = _compress(b"\0" * (50 * STEP), zlib.MAX_WBITS | 16)
    response = _streamed(body, "gzip", piece=len(body))  # one read holds all of it
    sizes = [len(piece) for piece in decoded(response, NO_CAP)]
    assert sum(sizes) == 50 * STEP and max(sizes) == STEP


def test_the_cap_counts_decoded_bytes() -> None:
    cap = Cap(100_000, "max_response_bytes", "this call", "the response")
    response = _streamed(_compress(TEXT, zlib.MAX_WBITS | 16), "gzip")
    with pytest.raises(moonshot.ResponseTooLargeError) as caught:
        for _ in decoded(response, cap):
            pass
    assert 100_000 < caught.value.received <= 100_000 + STEP
    assert response.is_closed


def test_not_gzip_is_a_decoding_error() -> None:
    response = _streamed(b"this is not gzip at all", "gzip")
    with pytest.raises(httpx2.DecodingError):
        list(decoded(response, NO_CAP))


def test_identity_bodies_pass_through() -> None:
    assert b"".join(decoded(_streamed(TEXT, None), NO_CAP)) == TEXT
    assert b"".join(decoded(_streamed(TEXT, "identity"), NO_CAP)) == TEXT


def test_lines_split_on_lf_and_drop_cr() -> None:
    chunks = [b"first\r", b"\nsec", b"ond\n\nlast"]
    assert list(lines(chunks, NO_CAP)) == ["first", "second", "", "last"]


def test_a_line_over_the_cap_raises_before_it_ends() -> None:
    cap = Cap(10, "max_line_bytes", "the client", "one line")
    assert list(lines([b"0123456789\n"], cap)) == ["0123456789"]
    with pytest.raises(LineTooLongError):
        list(lines([b"01234", b"56789", b"0"], cap))
    with pytest.raises(LineTooLongError):
        list(lines([b"ok\n0123456789012\n"], cap))


def test_sse_line_cap_across_pieces_and_within_one() -> None:
    decoder = SSEDecoder(limit=100)
    with pytest.raises(LineTooLongError):
        for _ in range(30):
            decoder.feed(b"data: " + b"a" * 10)
    with pytest.raises(LineTooLongError):
        SSEDecoder(limit=100).feed(b"data: " + b"a" * 200 + b"\n\n")


def test_sse_event_cap_counts_every_data_line() -> None:
    decoder = SSEDecoder(limit=100)
    with pytest.raises(LineTooLongError):
        decoder.feed(b"data: aaaaaaaaaa\n" * 20)


def test_sse_decoding_is_unchanged_below_the_cap() -> None:
    body = b"".join(b"event: x\ndata: %d\ndata: more\n\n" % n for n in range(500))
    pieces = [body[i : i + 7] for i in range(0, len(body), 7)]
    plain, capped = SSEDecoder(), SSEDecoder(limit=64)
    assert [e for p in pieces for e in plain.feed(p)] == [e for p in pieces for e in capped.feed(p)]


def test_a_long_line_within_the_cap_decodes_whole() -> None:
    decoder = SSEDecoder(limit=10_000_000)
    events = []
    events += decoder.feed(b"data: ")
    for _ in range(200):  # more pieces than are kept apart before joining
        events += decoder.feed(b"x" * 1000)
    events += decoder.feed(b"\n\n")
    assert [len(e.data) for e in events] == [200_000]
