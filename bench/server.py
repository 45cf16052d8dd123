"""A fast local stand-in for the Moonshot API, run in its own process by the harness.

Serves canned answers over HTTP/1.1 keep-alive from one asyncio event loop:

* ``POST /v1/chat/completions``: a chat completion JSON, or, when the body asks for
  ``"stream": true``, an SSE stream of ``--stream-chunks`` chunks pre-rendered at start
  and written in 64 KiB transfer-encoding chunks with a single ``write``;
* ``POST /v1/files``: a sink that discards the body (Content-Length or chunked) while
  counting its bytes, then answers a file object whose ``bytes`` is that count.

Everything else gets a 404 JSON error. It prints ``PORT <n>`` once it listens. The
harness reads the server's CPU time from ``/proc/<pid>/stat``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import re

CHUNK_FRAME = 64 * 1024
STREAM_FLAG = re.compile(rb'"stream"\s*:\s*true')

COMPLETION = {
    "id": "cmpl-bench",
    "object": "chat.completion",
    "created": 1698999496,
    "model": "kimi-k2.6",
    "choices": [
        {
            "index": 0,
            "message": {
                "role": "assistant",
                "content": "Hello, Li Lei! 1+1 equals 2. If you have any other questions, "
                "feel free to ask!",
            },
            "finish_reason": "stop",
        }
    ],
    "usage": {
        "prompt_tokens": 19,
        "completion_tokens": 21,
        "total_tokens": 40,
        "cached_tokens": 10,
    },
}


def _response(status: str, body: bytes, content_type: str = "application/json") -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\n"
        f"content-length: {len(body)}\r\nx-request-id: bench\r\n\r\n"
    )
    return head.encode("ascii") + body


def stream_events(chunks: int) -> bytes:
    """The SSE body of a ``chunks``-chunk chat completion stream, ``[DONE]`` included."""

    def chunk(delta: dict[str, object], finish: str | None, **extra: object) -> bytes:
        choice: dict[str, object] = {"index": 0, "delta": delta, "finish_reason": finish, **extra}
        data = {
            "id": "cmpl-bench",
            "object": "chat.completion.chunk",
            "created": 1698999575,
            "model": "kimi-k2.6",
            "choices": [choice],
        }
        return b"data: " + json.dumps(data, separators=(",", ":")).encode() + b"\n\n"

    usage = {"prompt_tokens": 19, "completion_tokens": chunks, "total_tokens": chunks + 19}
    parts = [chunk({"role": "assistant", "content": ""}, None)]
    parts += [chunk({"content": f"tok{i} "}, None) for i in range(max(chunks - 2, 0))]
    parts.append(chunk({}, "stop", usage=usage))
    parts.append(b"data: [DONE]\n\n")
    return b"".join(parts)


def chunked(body: bytes) -> bytes:
    """``body`` framed for ``Transfer-Encoding: chunked`` in large frames."""
    frames = []
    for start in range(0, len(body), CHUNK_FRAME):
        frame = body[start : start + CHUNK_FRAME]
        frames.append(b"%x\r\n" % len(frame) + frame + b"\r\n")
    frames.append(b"0\r\n\r\n")
    return b"".join(frames)


class Canned:
    """Pre-rendered responses, shared by every connection."""

    def __init__(self, stream_chunks: int) -> None:
        self.completion = _response("200 OK", json.dumps(COMPLETION).encode())
        head = b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
        head += b"transfer-encoding: chunked\r\nx-request-id: bench\r\n\r\n"
        self.stream = head + chunked(stream_events(stream_chunks))
        error = {"error": {"type": "resource_not_found_error", "message": "no such route"}}
        self.not_found = _response("404 Not Found", json.dumps(error).encode())

    def file_object(self, size: int) -> bytes:
        body = {
            "id": "file-bench",
            "object": "file",
            "bytes": size,
            "created_at": 1698999496,
            "filename": "upload",
            "purpose": "file-extract",
            "status": "ok",
        }
        return _response("200 OK", json.dumps(body).encode())


class Connection(asyncio.Protocol):
    """One keep-alive connection: parses requests, keeps small bodies, counts large ones."""

    def __init__(self, canned: Canned) -> None:
        self.canned = canned
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None
        self._reset()

    def _reset(self) -> None:
        self.state = "head"
        self.path = b""
        self.keep = False  # keep the body (chat) or only count it (uploads)
        self.body = bytearray()
        self.remaining = 0
        self.counted = 0
        self.close_after = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while self._step():
            pass

    def _take(self, limit: int) -> None:
        part = self.buffer[:limit] if len(self.buffer) > limit else self.buffer
        taken = len(part)
        if self.keep:
            self.body += part
        self.counted += taken
        self.remaining -= taken
        del self.buffer[:taken]

    def _step(self) -> bool:
        """Advance the parser once; False when it needs more bytes."""
        if self.state == "head":
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return False
            self._head(bytes(self.buffer[:end]))
            del self.buffer[: end + 4]
            return True
        if self.state == "length":
            if self.remaining and self.buffer:
                self._take(self.remaining)
            if self.remaining == 0:
                self._answer()
                return True
            return False
        if self.state == "size":
            end = self.buffer.find(b"\r\n")
            if end < 0:
                return False
            size = int(bytes(self.buffer[:end]).split(b";", 1)[0], 16)
            del self.buffer[: end + 2]
            self.remaining = size
            self.state = "data" if size else "trailer"
            return True
        if self.state == "data":
            if self.remaining and self.buffer:
                self._take(self.remaining)
            if self.remaining or len(self.buffer) < 2:
                return False
            del self.buffer[:2]
            self.state = "size"
            return True
        # trailer: header lines until an empty one
        end = self.buffer.find(b"\r\n")
        if end < 0:
            return False
        del self.buffer[: end + 2]
        if end == 0:
            self._answer()
        return True

    def _head(self, head: bytes) -> None:
        lines = head.split(b"\r\n")
        method, self.path, _ = lines[0].split(b" ", 2)
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            headers[name.strip().lower()] = value.strip()
        self.close_after = headers.get(b"connection", b"").lower() == b"close"
        self.keep = not self.path.startswith(b"/v1/files")
        if b"chunked" in headers.get(b"transfer-encoding", b"").lower():
            self.state = "size"
        else:
            self.state = "length"
            self.remaining = int(headers.get(b"content-length", b"0"))
        del method

    def _answer(self) -> None:
        assert self.transport is not None
        path = self.path.split(b"?", 1)[0]
        if path == b"/v1/chat/completions":
            stream = STREAM_FLAG.search(self.body) is not None
            self.transport.write(self.canned.stream if stream else self.canned.completion)
        elif path == b"/v1/files":
            self.transport.write(self.canned.file_object(self.counted))
        else:
            self.transport.write(self.canned.not_found)
        if self.close_after:
            self.transport.close()
        self._reset()


async def serve(port: int, stream_chunks: int) -> None:
    canned = Canned(stream_chunks)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: Connection(canned), "127.0.0.1", port, backlog=1024, reuse_address=True
    )
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--stream-chunks", type=int, default=20_000)
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.port, args.stream_chunks))


if __name__ == "__main__":
    main()
