"""Answers that try to exhaust the client: compression bombs, an endless line, an endless
stream, a trickle, and a large body to download. Every one is produced piece by piece
(the bomb is compressed once, streaming, and kept compressed), so the server never
holds the sizes it sends.
"""

from __future__ import annotations

import functools
import json
import socket
import time
import zlib

from ._servers import Action, Request, _head, chunk_event, completion

MiB = 1024 * 1024
_BLOCK = 1 * MiB


def _completion_around() -> tuple[bytes, bytes]:
    """The JSON of a completion, split where its content goes: before, after."""
    before, _, after = json.dumps(completion("FILL")).partition("FILL")
    return before.encode(), after.encode()


@functools.cache
def gzip_bomb(decoded_size: int) -> bytes:
    """A gzip body that inflates to a valid chat completion of ``decoded_size`` bytes,
    compressed block by block (about 1 KB per MB)."""
    before, after = _completion_around()
    filler = decoded_size - len(before) - len(after)
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    parts = [compressor.compress(before)]
    block = b"a" * _BLOCK
    while filler > 0:
        parts.append(compressor.compress(block[: min(filler, _BLOCK)]))
        filler -= _BLOCK
    parts.append(compressor.compress(after))
    parts.append(compressor.flush())
    return b"".join(parts)


def bomb(decoded_size: int) -> Action:
    """A 200 chat completion, gzip-encoded, that inflates to ``decoded_size`` bytes."""
    body = gzip_bomb(decoded_size)

    def action(conn: socket.socket, request: Request) -> bool:
        head = {
            "Content-Type": "application/json",
            "Content-Encoding": "gzip",
            "Content-Length": str(len(body)),
        }
        conn.sendall(_head(200, head) + body)
        return True

    return action


def _send_chunk(conn: socket.socket, piece: bytes) -> None:
    conn.sendall(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")


def _stream_head(conn: socket.socket) -> None:
    head = {"Content-Type": "text/event-stream", "Transfer-Encoding": "chunked"}
    conn.sendall(_head(200, head))


def endless_line(size: int) -> Action:
    """A stream with one good event, then ``size`` bytes of one ``data:`` line that never
    ends (then the connection closes)."""

    def action(conn: socket.socket, request: Request) -> bool:
        _stream_head(conn)
        _send_chunk(conn, chunk_event({"role": "assistant", "content": "before "}))
        _send_chunk(conn, b'data: {"choices": [{"index": 0, "delta": {"content": "')
        block = b"a" * (64 * 1024)
        sent = 0
        while sent < size:
            _send_chunk(conn, block)
            sent += len(block)
        return False

    return action


def endless_stream(seconds: float = 60.0, text: str = "more " * 400) -> Action:
    """Events of ``text`` forever (or ``seconds``), never a finish or [DONE]."""

    def action(conn: socket.socket, request: Request) -> bool:
        _stream_head(conn)
        event = chunk_event({"content": text})
        stop = time.monotonic() + seconds
        while time.monotonic() < stop:
            _send_chunk(conn, event * 16)
        return False

    return action


def trickle(interval: float, *, stream: bool = False, seconds: float = 30.0) -> Action:
    """Headers at once, then one byte every ``interval`` seconds, for up to ``seconds``:
    never slow enough for a read timeout, never done."""

    def action(conn: socket.socket, request: Request) -> bool:
        if stream:
            _stream_head(conn)
            _send_chunk(conn, chunk_event({"role": "assistant", "content": "first "}))
            payload = chunk_event({"content": "slow"}) * 1000
        else:
            payload = json.dumps({"object": "list", "data": []}).encode() + b" " * 10_000
            head = {"Content-Type": "application/json", "Content-Length": str(len(payload))}
            conn.sendall(_head(200, head))
        stop = time.monotonic() + seconds
        for byte in payload:
            if time.monotonic() > stop:
                break
            piece = bytes([byte])
            if stream:
                _send_chunk(conn, piece)
            else:
                conn.sendall(piece)
            time.sleep(interval)
        return False

    return action


def silent_after_first_event(seconds: float) -> Action:
    """One event, then silence for ``seconds``, then the rest of a complete stream."""

    def action(conn: socket.socket, request: Request) -> bool:
        _stream_head(conn)
        _send_chunk(conn, chunk_event({"role": "assistant", "content": "first "}))
        time.sleep(seconds)
        _send_chunk(conn, chunk_event({"content": "second"}, "stop") + b"data: [DONE]\n\n")
        conn.sendall(b"0\r\n\r\n")
        return True

    return action


def slow_first_byte(seconds: float, parts: int = 20) -> Action:
    """Silence for ``seconds`` before the first event (a thinking model), then a steady,
    complete stream of ``parts`` pieces."""

    def action(conn: socket.socket, request: Request) -> bool:
        time.sleep(seconds)
        _stream_head(conn)
        _send_chunk(conn, chunk_event({"role": "assistant", "content": ""}))
        for number in range(parts):
            _send_chunk(conn, chunk_event({"content": f"{number} "}))
        _send_chunk(conn, chunk_event({}, "stop") + b"data: [DONE]\n\n")
        conn.sendall(b"0\r\n\r\n")
        return True

    return action


# The download body: byte i is i % 256, sent in 1 MiB blocks of this.
PATTERN = bytes(range(256)) * 4096


def large_body(size: int, *, gzip: bool = False) -> Action:
    """A ``text/plain`` body of ``size`` bytes (the repeating pattern), sent in 1 MiB
    blocks; ``gzip`` compresses it on the fly (chunked)."""

    def action(conn: socket.socket, request: Request) -> bool:
        block = PATTERN
        if not gzip:
            head = {"Content-Type": "text/plain", "Content-Length": str(size)}
            conn.sendall(_head(200, head))
            sent = 0
            while sent < size:
                piece = block[: min(_BLOCK, size - sent)]
                conn.sendall(piece)
                sent += len(piece)
            return True
        head = {
            "Content-Type": "text/plain",
            "Content-Encoding": "gzip",
            "Transfer-Encoding": "chunked",
        }
        conn.sendall(_head(200, head))
        compressor = zlib.compressobj(1, zlib.DEFLATED, zlib.MAX_WBITS | 16)
        sent = 0
        while sent < size:
            piece = block[: min(_BLOCK, size - sent)]
            sent += len(piece)
            out = compressor.compress(piece)
            if out:
                _send_chunk(conn, out)
        _send_chunk(conn, compressor.flush())
        conn.sendall(b"0\r\n\r\n")
        return True

    return action
