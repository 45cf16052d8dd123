"""Misbehaving servers on 127.0.0.1, built on raw sockets so any fault can be scripted.

``ScriptedServer`` reads HTTP/1.1 requests on kept-alive connections and answers each
with the next action of ``server.plan`` (then with ``server.default``). An action is a
function ``(connection, request) -> keep_open``, run after the body is read (before it,
for an action marked ``early``); the ones below cover the faults the
suite injects: a plain answer, a reset (RST via ``SO_LINGER`` 0), silence, a truncated
body, a server-sent-event stream that ends cleanly, without its terminator, or in a
reset. ``refused_port`` and ``full_backlog`` give addresses that refuse or never answer
a connect, still on loopback.
"""

from __future__ import annotations

import contextlib
import json
import select
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import spec_facts as facts

MODEL = facts.plain_model()

LOOPBACK = "127.0.0.1"


@dataclass
class Request:
    """One request as the server read it."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes
    received_at: float
    connection: int

    def json(self) -> Any:
        return json.loads(self.body or b"null")


Action = Callable[[socket.socket, Request], bool]


def _read_request(
    conn: socket.socket, buffer: bytearray, number: int, body_wanted: Callable[[], bool]
) -> Request | None:
    while b"\r\n\r\n" not in buffer:
        data = conn.recv(65536)
        if not data:
            return None
        buffer += data
    head, _, rest = bytes(buffer).partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _version = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    buffer[:] = rest
    if not body_wanted():
        return Request(method, target, headers, b"", time.monotonic(), number)
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = _read_chunked(conn, buffer)
    else:
        body = _read_exactly(conn, buffer, int(headers.get("content-length", "0")))
    if body is None:
        return None
    return Request(method, target, headers, body, time.monotonic(), number)


def _read_exactly(conn: socket.socket, buffer: bytearray, length: int) -> bytes | None:
    while len(buffer) < length:
        data = conn.recv(65536)
        if not data:
            return None
        buffer += data
    taken = bytes(buffer[:length])
    del buffer[:length]
    return taken


def _read_line(conn: socket.socket, buffer: bytearray) -> bytes | None:
    while b"\r\n" not in buffer:
        data = conn.recv(65536)
        if not data:
            return None
        buffer += data
    line, _, rest = bytes(buffer).partition(b"\r\n")
    buffer[:] = rest
    return line


def _read_chunked(conn: socket.socket, buffer: bytearray) -> bytes | None:
    body = bytearray()
    while True:
        size_line = _read_line(conn, buffer)
        if size_line is None:
            return None
        size = int(size_line.split(b";")[0], 16)
        if size == 0:
            return bytes(body) if _read_line(conn, buffer) is not None else None
        chunk = _read_exactly(conn, buffer, size + 2)
        if chunk is None:
            return None
        body += chunk[:-2]


def reset(conn: socket.socket) -> None:
    """Close with ``SO_LINGER`` 0: the peer gets a TCP RST, not a clean FIN."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


@dataclass
class ScriptedServer:
    """A threaded HTTP/1.1 server on loopback that answers from a script of actions."""

    host: str = LOOPBACK
    plan: list[Action] = field(default_factory=list)
    default: Action | None = None
    requests: list[Request] = field(default_factory=list)
    record: bool = True  # False: keep no requests (load tests measure the client's memory)

    def __post_init__(self) -> None:
        self._listener = socket.create_server((self.host, 0), backlog=256)
        self._lock = threading.Lock()
        self._connections = 0
        self._open: set[socket.socket] = set()
        self._workers: list[threading.Thread] = []
        self._closing = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        if self.default is None:
            self.default = respond_json(ok_models())

    @property
    def port(self) -> int:
        return int(self._listener.getsockname()[1])

    @property
    def url(self) -> str:
        """Base URL for a client."""
        return f"http://{self.host}:{self.port}/v1"

    @property
    def connections(self) -> int:
        """Connections accepted so far."""
        return self._connections

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._closing = True
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        with self._lock:
            sockets = list(self._open)
        for conn in sockets:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        self._thread.join(timeout=5)
        for worker in self._workers:  # each closes its socket: fd counts are exact after exit
            worker.join(timeout=5)

    def _accept(self) -> None:
        while not self._closing:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self._connections += 1
                number = self._connections
                self._open.add(conn)
            worker = threading.Thread(target=self._serve, args=(conn, number), daemon=True)
            self._workers.append(worker)
            worker.start()

    def _peek_action(self) -> Action:
        with self._lock:
            if self.plan:
                return self.plan[0]
        assert self.default is not None
        return self.default

    def _next_action(self) -> Action:
        with self._lock:
            if self.plan:
                return self.plan.pop(0)
        assert self.default is not None
        return self.default

    def _serve(self, conn: socket.socket, number: int) -> None:
        buffer = bytearray()
        try:
            while True:
                request = _read_request(
                    conn, buffer, number, lambda: not getattr(self._peek_action(), "early", False)
                )
                if request is None:
                    break
                if self.record:
                    with self._lock:
                        self.requests.append(request)
                if not self._next_action()(conn, request):
                    break
        except OSError:
            pass
        finally:
            with self._lock:
                self._open.discard(conn)
            with contextlib.suppress(OSError):
                conn.close()


# -- answers -------------------------------------------------------------------------------


def _head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


_REASONS = {
    200: "OK",
    307: "Temporary Redirect",
    400: "Bad Request",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


def respond(
    status: int = 200,
    body: bytes = b"",
    *,
    content_type: str = "application/json",
    headers: dict[str, str] | None = None,
) -> Action:
    """A complete answer with a Content-Length; the connection stays open."""

    def action(conn: socket.socket, request: Request) -> bool:
        head = {"Content-Type": content_type, "Content-Length": str(len(body)), **(headers or {})}
        conn.sendall(_head(status, head) + body)
        return True

    return action


def respond_json(payload: Any, status: int = 200, **headers: str) -> Action:
    return respond(status, json.dumps(payload).encode(), headers=headers)


def error_json(status: int, message: str = "busy", **headers: str) -> Action:
    body = {"error": {"message": message, "type": "server_error"}}
    return respond_json(body, status, **headers)


def reset_now(conn: socket.socket, request: Request) -> bool:
    """Reset the connection before any byte of the answer."""
    reset(conn)
    return False


def reset_before_body(conn: socket.socket, request: Request) -> bool:
    """Reset as soon as the request headers are in, the body unread (a failed upload)."""
    reset(conn)
    return False


reset_before_body.early = True  # type: ignore[attr-defined]


def silent(seconds: float) -> Action:
    """Say nothing for ``seconds``, then close (a server slower than the read timeout)."""

    def action(conn: socket.socket, request: Request) -> bool:
        select.select([conn], [], [], seconds)
        return False

    return action


def truncated(body: bytes, declared: int) -> Action:
    """Promise ``declared`` bytes, send ``body`` (fewer), then close cleanly."""

    def action(conn: socket.socket, request: Request) -> bool:
        head = {"Content-Type": "application/json", "Content-Length": str(declared)}
        conn.sendall(_head(200, head) + body)
        return False

    return action


def event_stream(pieces: Iterable[bytes], *, end: str = "clean") -> Action:
    """A chunked ``text/event-stream`` answer of ``pieces``; ``end`` is ``clean`` (the
    zero-length chunk), ``reset`` (RST after the pieces), ``close`` (FIN, no terminator)
    or ``stall`` (nothing more until the client gives up, at most 5 s)."""

    def action(conn: socket.socket, request: Request) -> bool:
        head = {"Content-Type": "text/event-stream", "Transfer-Encoding": "chunked"}
        conn.sendall(_head(200, head))
        for piece in pieces:
            conn.sendall(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
        if end == "reset":
            time.sleep(0.01)  # let the pieces leave before the RST discards the send queue
            reset(conn)
            return False
        if end == "close":
            return False
        if end == "stall":
            select.select([conn], [], [], 5.0)
            return False
        conn.sendall(b"0\r\n\r\n")
        return True

    return action


# -- bodies --------------------------------------------------------------------------------


def ok_models() -> dict[str, Any]:
    return {"object": "list", "data": [{"id": MODEL, "object": "model", "owned_by": "x"}]}


def completion(content: str = "ok") -> dict[str, Any]:
    return {
        "id": "cmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def chunk_event(delta: dict[str, Any], finish_reason: str | None = None) -> bytes:
    payload = {
        "id": "cmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": MODEL,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
    }
    return b"data: " + json.dumps(payload).encode() + b"\n\n"


def text_events(parts: list[str], *, finish: bool = True, done: bool = True) -> list[bytes]:
    """The events of a streamed completion of ``parts``, with or without the ending."""
    events = [chunk_event({"role": "assistant", "content": ""})]
    events += [chunk_event({"content": part}) for part in parts]
    if finish:
        events.append(chunk_event({}, "stop"))
    if done:
        events.append(b"data: [DONE]\n\n")
    return events


# -- addresses that never answer -----------------------------------------------------------


def refused_port() -> int:
    """A loopback port nothing listens on (bound, then closed)."""
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def full_backlog() -> Iterator[int]:
    """A loopback port whose listener never accepts and whose backlog is full, so a new
    connect gets no SYN-ACK and times out (Linux drops SYNs to a full accept queue)."""
    listener = socket.socket()
    listener.bind((LOOPBACK, 0))
    listener.listen(0)
    port = int(listener.getsockname()[1])
    fillers: list[socket.socket] = []
    try:
        for _ in range(64):
            probe = socket.socket()
            probe.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                probe.connect((LOOPBACK, port))
            fillers.append(probe)
            _, writable, _ = select.select([], [probe], [], 0.2)
            if not writable:
                break
        else:
            raise RuntimeError("could not fill the listen backlog")
        yield port
    finally:
        for sock in fillers:
            sock.close()
        listener.close()
