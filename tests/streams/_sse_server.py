"""A small threaded HTTP/1.1 server on 127.0.0.1 that streams what a test scripts.

``server.script`` is called with (attempt number, request JSON) and returns the byte
pieces to send in a chunked 200 answer; a piece ``DROP`` cuts the connection there, a
piece ``FOREVER`` keeps sending keep-alive comments until the client goes away. Every
request body is recorded in ``server.bodies``.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

DROP = b"<drop>"
FOREVER = b"<forever>"

Script = Callable[[int, Any], Iterable[bytes]]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length) or b"null")
        owner = self.server.owner
        with owner.lock:
            attempt = len(owner.bodies)
            owner.bodies.append(body)
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            for piece in owner.script(attempt, body):
                if piece is DROP:
                    self.close_connection = True
                    self.wfile.flush()
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if piece is FOREVER:
                    deadline = time.monotonic() + 10
                    while time.monotonic() < deadline:
                        self._chunk(b": keep-alive\n\n")
                        time.sleep(0.005)
                    return
                self._chunk(piece)
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except OSError:
            owner.disconnects += 1
            self.close_connection = True

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: SSEServer


class SSEServer:
    def __init__(self) -> None:
        self.bodies: list[Any] = []
        self.lock = threading.Lock()
        self.disconnects = 0
        self.script: Script = lambda attempt, body: [b"data: [DONE]\n\n"]
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def __enter__(self) -> SSEServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        with contextlib.suppress(OSError):
            self._httpd.server_close()
        self._thread.join(timeout=5)
