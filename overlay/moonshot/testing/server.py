"""``LocalMoonshot``: the whole Moonshot API in one process, for tests, demos and offline work.

with LocalMoonshot() as server:
    client = Moonshot(base_url=server.url, api_key="test")
    client.chat.completions.create(model="kimi-k2.6", messages=[...])

It listens on 127.0.0.1 (a free port unless one is given), serves every operation of
the API document from a background thread, keeps files in a temporary folder and
removes it on :meth:`LocalMoonshot.stop`.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import shutil
import socket
import sys
import tempfile
import threading
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from ._account_limits import AccountLimits
from ._assistant import Assistant
from ._batches import BatchStore
from ._faults import Faults
from ._files import FileLimits, FileStore
from ._handler import Handler
from ._rate_limit import KeyRateLimiter
from ._signing import Signer

_log = logging.getLogger("moonshot.testing")

LISTEN_BACKLOG = 1024
"""Connections the kernel holds before the server accepts them: a burst of 200 from one
client (the bench, a test suite's thread pool) all connect without a retry."""

__all__ = ["LocalMoonshot", "RecordedRequest", "ServerState"]


@dataclass(frozen=True)
class RecordedRequest:
    """One request the server answered (the Authorization header is never kept)."""

    method: str
    path: str
    status: int
    json: Any = None
    """The JSON body of a chat request, as the server received it."""


class ServerState:
    """Everything the request handlers share."""

    def __init__(
        self,
        *,
        root: Path,
        api_key: str | None,
        limits: FileLimits,
        batch_step_seconds: float | None,
        stream_chunk_delay: float,
        rate_limiter: KeyRateLimiter | None = None,
        account_limits: AccountLimits | None = None,
    ) -> None:
        self.api_key = api_key
        self.rate_limiter = rate_limiter
        self.account_limits = account_limits
        self.faults: Faults = Faults()
        self.assistant: Assistant = Assistant()
        self.signer: Signer = Signer()
        self.files: FileStore = FileStore(root, limits)
        self.batches: BatchStore = BatchStore(self.files, self.assistant, batch_step_seconds)
        self.stream_chunk_delay = stream_chunk_delay
        self.requests: list[RecordedRequest] = []
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def next_request_id(self) -> str:
        with self._lock:
            return f"local-{next(self._ids):06d}"

    def record(self, method: str, path: str, status: int, json: Any = None) -> None:
        with self._lock:
            self.requests.append(RecordedRequest(method, path, status, json))

    def balance_json(self) -> dict[str, Any]:
        return {
            "code": 0,
            "data": {
                "available_balance": 49.58894,
                "voucher_balance": 46.58893,
                "cash_balance": 3.00001,
            },
            "scode": "0x0",
            "status": True,
        }


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    # socketserver listens with a backlog of 5: a burst of new connections beyond it is
    # refused or reset before a thread can take them (26 of 50 concurrent calls failed).
    # The kernel caps this at net.core.somaxconn (4096 on current Linux).
    request_queue_size = LISTEN_BACKLOG

    def __init__(self, address: tuple[str, int], state: ServerState) -> None:
        self.state = state
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # socketserver prints a traceback to stderr when a client goes away mid-answer
        # (a retry, a closed stream); that is the client's business, not a server fault.
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | TimeoutError):
            _log.debug("client %s went away: %r", client_address, error)
            return
        _log.exception("error while answering %s", client_address)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._open_lock:
            sockets, self._open = list(self._open), set()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class LocalMoonshot:
    """A local Moonshot API server.

    ``api_key``: accept only this bearer token (default: any non-empty token).
    ``batch_step_seconds``: time between batch states; None moves them only through
    :meth:`advance_batches`. ``stream_chunk_delay``: pause between streamed chunks.
    ``max_file_bytes`` / ``max_files`` / ``max_total_bytes``: the upload limits (the
    documented 100 MB, 1,000 files, 10 GB by default). ``storage_dir``: where files go
    (a temporary folder, removed on stop, by default). ``rate_limit``: answer at most
    this many requests per ``rate_limit_window`` seconds for each API key, with the
    documented ``X-RateLimit-*`` headers on every answer and a 429
    ``rate_limit_reached_error`` (with ``Retry-After``) past the limit.
    ``concurrency_limit``: answer at most this many requests of a key at a time (429
    past it); ``token_limit``: tokens per ``rate_limit_window`` for each key, counted as
    the gateway does (prompt + ``max_completion_tokens`` or the model's default).
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        batch_step_seconds: float | None = 0.2,
        stream_chunk_delay: float = 0.0,
        max_file_bytes: int | None = None,
        max_files: int | None = None,
        max_total_bytes: int | None = None,
        storage_dir: str | Path | None = None,
        rate_limit: int | None = None,
        rate_limit_window: float = 60.0,
        concurrency_limit: int | None = None,
        token_limit: int | None = None,
    ) -> None:
        defaults = FileLimits()
        limits = FileLimits(
            max_file_bytes=max_file_bytes or defaults.max_file_bytes,
            max_files=max_files or defaults.max_files,
            max_total_bytes=max_total_bytes or defaults.max_total_bytes,
        )
        self._own_dir = storage_dir is None
        self._root = Path(storage_dir or tempfile.mkdtemp(prefix="moonshot-local-"))
        self._root.mkdir(parents=True, exist_ok=True)
        self.state: ServerState = ServerState(
            root=self._root,
            api_key=api_key,
            limits=limits,
            batch_step_seconds=batch_step_seconds,
            stream_chunk_delay=stream_chunk_delay,
            rate_limiter=KeyRateLimiter(rate_limit, rate_limit_window) if rate_limit else None,
            account_limits=(
                AccountLimits(
                    max_concurrency=concurrency_limit, tokens=token_limit, window=rate_limit_window
                )
                if concurrency_limit or token_limit
                else None
            ),
        )
        self._address = (host, port)
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        where = self.url if self._httpd is not None else "not started"
        return f"LocalMoonshot({where})"

    # -- life cycle -------------------------------------------------------------------

    def start(self) -> Self:
        """Listen and serve from a background thread; returns self."""
        if self._httpd is None:
            self._httpd = _HTTPServer(self._address, self.state)
            self._thread = threading.Thread(
                target=self._httpd.serve_forever,
                kwargs={"poll_interval": 0.05},
                name="moonshot-local-server",
                daemon=True,
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, close open connections and remove the temporary folder."""
        httpd, self._httpd = self._httpd, None
        if httpd is not None:
            if self._thread is not None:
                httpd.shutdown()
                self._thread.join(timeout=5)
                self._thread = None
            httpd.close_connections()
            httpd.server_close()
        if self._own_dir:
            shutil.rmtree(self._root, ignore_errors=True)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- what tests use ---------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the server is not started")
        return int(self._httpd.server_address[1])

    @property
    def host(self) -> str:
        return self._address[0]

    @property
    def url(self) -> str:
        """The base URL to give a client (``http://127.0.0.1:<port>/v1``)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/v1"

    @property
    def faults(self) -> Faults:
        """Fault injection: ``fail_next``, ``delay``, ``drop_stream_after``, ``malformed_next``."""
        return self.state.faults

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request answered so far, in order."""
        return list(self.state.requests)

    @property
    def files(self) -> FileStore:
        return self.state.files

    @property
    def storage_dir(self) -> Path:
        return self._root

    def advance_batches(self, steps: int = 1) -> None:
        """Move every unfinished batch ``steps`` states on, now."""
        self.state.batches.advance(steps)
