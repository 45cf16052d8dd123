"""A real HTTP/2 server over TLS on loopback: hypercorn, with a throwaway CA (trustme).

Two users:

* the HTTP/2 benchmark runs it in its own process (``python -m bench.h2server
  --cert-dir D``, printing ``PORT <n>``; the CA is ``D/ca.pem``) with :class:`CannedApp`;
* ``tests/http2`` runs it in a thread with the test's own ASGI app (:class:`ThreadedServer`).

Hypercorn offers h2 and http/1.1 by ALPN, so one server serves both protocols. Each
request's ``scope["client"]`` port names the TCP connection it arrived on, which is
how the callers count connections.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import signal
import socket
import tempfile
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import trustme
from hypercorn.asyncio import serve
from hypercorn.config import Config

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

FRAME = 64 * 1024


@dataclass(frozen=True)
class Certificates:
    ca_file: Path  # what a client must trust (e.g. SSL_CERT_FILE)
    server_file: Path  # key and certificate chain, PEM


def make_certificates(folder: Path) -> Certificates:
    """A new CA and a certificate it signs for 127.0.0.1 and localhost, written to ``folder``."""
    ca = trustme.CA()
    issued = ca.issue_cert("127.0.0.1", "localhost")
    certs = Certificates(folder / "ca.pem", folder / "server.pem")
    ca.cert_pem.write_to_path(str(certs.ca_file))
    issued.private_key_and_cert_chain_pem.write_to_path(str(certs.server_file))
    return certs


def listening_config(certs: Certificates) -> tuple[Config, int]:
    """A hypercorn configuration serving TLS (h2 and http/1.1) on a fresh loopback port."""
    sock = socket.create_server(("127.0.0.1", 0), backlog=1024)
    port = int(sock.getsockname()[1])
    config = Config()
    config.bind = [f"fd://{sock.detach()}"]
    config.certfile = config.keyfile = str(certs.server_file)
    config.accesslog = None
    config.errorlog = None
    return config, port


async def read_body(receive: Receive) -> bytes:
    """The whole request body."""
    parts = []
    while True:
        message = await receive()
        parts.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(parts)


async def answer(
    send: Send, status: int, body: bytes, content_type: str = "application/json"
) -> None:
    """A whole response, the body sent in frames of at most 64 KiB."""
    headers = [(b"content-type", content_type.encode()), (b"x-request-id", b"h2")]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    for start in range(0, max(len(body), 1), FRAME):
        last = start + FRAME >= len(body)
        await send(
            {
                "type": "http.response.body",
                "body": body[start : start + FRAME],
                "more_body": not last,
            }
        )


async def lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


class ThreadedServer:
    """Hypercorn serving ``app`` from a background thread; ``url`` ends in ``/v1``."""

    def __init__(self, app: App, folder: Path) -> None:
        self.certs = make_certificates(folder)
        config, port = listening_config(self.certs)
        self.url = f"https://127.0.0.1:{port}/v1"
        self._config = config
        self._app = app
        self._started = threading.Event()
        self._thread = threading.Thread(target=asyncio.run, args=(self._serve(),), daemon=True)

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        self._started.set()
        await serve(self._app, self._config, shutdown_trigger=self._stop.wait)  # type: ignore[arg-type]

    def __enter__(self) -> ThreadedServer:
        self._thread.start()
        self._started.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)


class CannedApp:
    """The benchmark's answers: a chat completion, or its pre-rendered SSE stream; and
    ``GET /connections``, the TCP connections and protocols seen since the last ask."""

    def __init__(self, stream_chunks: int) -> None:
        from bench.server import COMPLETION, stream_events

        self.completion = json.dumps(COMPLETION).encode()
        self.stream = stream_events(stream_chunks)
        self.ports: set[int] = set()
        self.versions: set[str] = set()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
            return
        body = await read_body(receive)
        if scope["path"] == "/connections":
            seen = {"connections": len(self.ports), "http_versions": sorted(self.versions)}
            self.ports.clear()
            self.versions.clear()
            await answer(send, 200, json.dumps(seen).encode())
            return
        self.ports.add(scope["client"][1])
        self.versions.add(scope["http_version"])
        if scope["path"] != "/v1/chat/completions":
            await answer(send, 404, b'{"error": {"message": "not found"}}')
        elif b'"stream":true' in body.replace(b" ", b""):
            await answer(send, 200, self.stream, "text/event-stream")
        else:
            await answer(send, 200, self.completion)


async def _main(stream_chunks: int, cert_dir: Path) -> None:
    config, port = listening_config(make_certificates(cert_dir))
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    print(f"PORT {port}", flush=True)
    await serve(CannedApp(stream_chunks), config, shutdown_trigger=stop.wait)  # type: ignore[arg-type]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--stream-chunks", type=int, default=2000)
    parser.add_argument("--cert-dir", type=Path, default=None)
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        cert_dir = args.cert_dir or Path(stack.enter_context(tempfile.TemporaryDirectory()))
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(_main(args.stream_chunks, cert_dir))


if __name__ == "__main__":
    main()
