"""Reading response bodies within a size cap and a time limit.

Bodies are read with ``iter_raw`` and inflated here in steps of at most
:data:`STEP` bytes, so a compression bomb never has more than one step of its output
in memory beyond what was kept; everything is counted after decompression against a
:class:`~moonshot._http.limits.Cap`, and the response is closed the moment the cap is
passed. gzip and deflate (the encodings httpx2 asks for by default) are inflated here;
any other encoding is left to httpx2's own decoders, still counted.

A blocking read cannot be cut short from its own thread, so :class:`ReadWatch` keeps a
thread that shuts the connection's socket down (the ``network_stream`` response
extension) when the deadline passes or a stream stays silent too long; the read then
fails at once and the caller reports the time limit rather than a broken connection.
The async client uses cancel scopes instead.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import zlib
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import Any

import anyio
import httpx2

from .limits import Cap, LineTooLongError, too_large

__all__ = [
    "NO_LIMITS",
    "STEP",
    "ReadWatch",
    "TimeUp",
    "adecoded",
    "alines",
    "apaced",
    "aread_body",
    "decoded",
    "lines",
    "paced",
    "read_body",
    "time_left",
]

STEP = 64 * 1024  # the most one inflate step may produce
_DROPPED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


class _Inflater:
    """gzip / deflate decoding in bounded steps (``zlib``'s ``max_length``)."""

    def __init__(self, encoding: str) -> None:
        self._deflate = encoding == "deflate"
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16 if not self._deflate else 0)
        self._started = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        inflater = self._zlib
        try:
            out = inflater.decompress(data, STEP)
        except zlib.error:
            if not (self._deflate and not self._started):
                raise httpx2.DecodingError("the body is not valid gzip/deflate data") from None
            # "deflate" without its zlib header, as some servers send it.
            self._zlib = inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            out = inflater.decompress(data, STEP)
        self._started = True
        while out:
            yield out
            if len(out) < STEP and not inflater.unconsumed_tail:
                return
            out = inflater.decompress(inflater.unconsumed_tail, STEP)

    def flush(self) -> bytes:
        return self._zlib.flush()


class _Identity:
    def feed(self, data: bytes) -> Iterator[bytes]:
        yield data

    def flush(self) -> bytes:
        return b""


def _decoder(response: httpx2.Response) -> _Inflater | _Identity | None:
    """The decoder of the body's encoding; None to let httpx2 decode it (other encodings,
    or a body already read, as a mock transport's is)."""
    if response.is_stream_consumed:
        return None
    encodings = [
        value.strip().lower()
        for value in response.headers.get("content-encoding", "").split(",")
        if value.strip() and value.strip().lower() != "identity"
    ]
    if not encodings:
        return _Identity()
    if len(encodings) == 1 and encodings[0] in ("gzip", "x-gzip", "deflate"):
        return _Inflater("deflate" if encodings[0] == "deflate" else "gzip")
    return None


class _Decoding:
    """One body's decoder and the count of its decoded bytes against a cap."""

    def __init__(self, response: httpx2.Response, cap: Cap) -> None:
        self.cap = cap
        self.limit = cap.bytes
        self.received = 0
        self.response = response
        found = _decoder(response)
        self.by_httpx = found is None  # read with iter_bytes: httpx2 decodes
        self.decoder = found or _Identity()

    def feed(self, data: bytes) -> Iterator[bytes]:
        for piece in self.decoder.feed(data):
            self.received += len(piece)
            if self.limit is not None and self.received > self.limit:
                raise too_large(self.cap, self.received, self.response)
            yield piece

    def end(self) -> Iterator[bytes]:
        tail = self.decoder.flush()
        return self.feed(tail) if tail else iter(())


def decoded(response: httpx2.Response, cap: Cap) -> Iterator[bytes]:
    """The body of a streamed response, decompressed in bounded steps and counted."""
    decoding = _Decoding(response, cap)
    try:
        for data in response.iter_bytes() if decoding.by_httpx else response.iter_raw():
            yield from decoding.feed(data)
        yield from decoding.end()
    finally:
        response.close()


async def adecoded(response: httpx2.Response, cap: Cap) -> AsyncIterator[bytes]:
    """The async twin of :func:`decoded`."""
    decoding = _Decoding(response, cap)
    try:
        async for data in response.aiter_bytes() if decoding.by_httpx else response.aiter_raw():
            for piece in decoding.feed(data):
                yield piece
        for piece in decoding.end():
            yield piece
    finally:
        await response.aclose()


def _complete(response: httpx2.Response, body: bytes) -> httpx2.Response:
    """A read response holding ``body`` (already decoded), for the parsers and errors."""
    headers = [
        (name, value)
        for name, value in response.headers.multi_items()
        if name.lower() not in _DROPPED_HEADERS
    ]
    return httpx2.Response(
        response.status_code,
        headers=headers,
        content=body,
        request=response.request,
        extensions=response.extensions,
    )


def _declared_within(response: httpx2.Response, cap: Cap) -> bool:
    """An unencoded body whose Content-Length is within the cap: httpx2 may read it as
    usual, since h11 reads no more than the declared length (the common, fast case)."""
    length = None
    for name, value in response.headers.raw:  # one pass: Headers.get scans them all
        name = name.lower()
        if name == b"content-length":
            length = value
        elif name == b"content-encoding":
            return False
    if length is None or not length.isdigit():
        return False
    return cap.bytes is None or int(length) <= cap.bytes


def read_body(response: httpx2.Response, cap: Cap, watch: ReadWatch) -> httpx2.Response:
    """Read a streamed response whole within ``cap`` and ``watch``; the read response."""
    if _declared_within(response, cap):
        try:
            response.read()
        except httpx2.TransportError:
            _raise_if_cut(watch)
            raise
        return response
    return _complete(response, b"".join(paced(decoded(response, cap), watch)))


async def aread_body(response: httpx2.Response, cap: Cap, watch: ReadWatch) -> httpx2.Response:
    """The async twin of :func:`read_body`."""
    if _declared_within(response, cap):
        if not watch.active:
            await response.aread()
            return response
        with time_left(watch):
            await response.aread()
            return response
        raise watch.time_up()
    chunks = apaced(adecoded(response, cap), watch)
    return _complete(response, b"".join([piece async for piece in chunks]))


class _Lines:
    """Splits bytes into ``\\n``-ended lines (``\\r`` before it dropped), each within a cap."""

    def __init__(self, cap: Cap) -> None:
        self.limit = cap.bytes
        self.pending = bytearray()

    def feed(self, piece: bytes) -> list[str]:
        pending = self.pending
        pending += piece
        if b"\n" not in piece:
            self._check(len(pending))
            return []
        *done, rest = bytes(pending).split(b"\n")
        self.pending = bytearray(rest)
        self._check(len(rest))
        for line in done:
            self._check(len(line))
        return [line.rstrip(b"\r").decode("utf-8", "replace") for line in done]

    def end(self) -> list[str]:
        rest, self.pending = self.pending, bytearray()
        return [rest.rstrip(b"\r").decode("utf-8", "replace")] if rest else []

    def _check(self, size: int) -> None:
        if self.limit is not None and size > self.limit:
            raise LineTooLongError(size)


def lines(chunks: Iterable[bytes], cap: Cap) -> Iterator[str]:
    """The lines of a body; :class:`LineTooLongError` for one longer than ``cap``."""
    splitter = _Lines(cap)
    for piece in chunks:
        yield from splitter.feed(piece)
    yield from splitter.end()


async def alines(chunks: AsyncIterator[bytes], cap: Cap) -> AsyncIterator[str]:
    """The async twin of :func:`lines`."""
    splitter = _Lines(cap)
    async for piece in chunks:
        for line in splitter.feed(piece):
            yield line
    for line in splitter.end():
        yield line


class TimeUp(Exception):
    """Raised by :func:`paced` / :func:`apaced` when the watch ran out ("deadline" or "idle")."""

    def __init__(self, why: str, seconds: float | None) -> None:
        super().__init__(why)
        self.why = why
        self.seconds = seconds


def _cut(response: httpx2.Response) -> None:
    """Stop a read blocked on ``response`` by shutting its socket down."""
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
    else:  # a transport without sockets (a mock, say): closing is the best there is
        with contextlib.suppress(Exception):
            response.close()


class ReadWatch:
    """The time limits of one call: a total ``deadline`` and a stream's ``idle`` time.

    :meth:`touch` marks an event (the idle clock starts at the first one). The sync
    client :meth:`start`\\ s a thread that cuts the response when a limit passes; the
    async client asks :meth:`remaining` before each read instead.
    """

    def __init__(
        self,
        deadline_at: float | None,
        deadline: float | None,
        idle: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.deadline_at = deadline_at
        self.deadline = deadline
        self.idle = idle
        self.idle_at: float | None = None
        self.fired: str | None = None
        self._clock = clock
        self._response: httpx2.Response | None = None
        self._stop: threading.Event | None = None  # made with the thread (most calls have none)

    @property
    def active(self) -> bool:
        return self.deadline_at is not None or self.idle is not None

    def touch(self) -> None:
        """An event arrived: the idle clock (re)starts."""
        if self.idle is not None:
            self.idle_at = self._clock() + self.idle

    def pause(self) -> None:
        """The caller holds an event: its time is not the server's silence."""
        self.idle_at = None

    def _due(self) -> float | None:
        times = [t for t in (self.deadline_at, self.idle_at) if t is not None]
        return min(times) if times else None

    def remaining(self) -> float | None:
        """Seconds until a limit passes (at least 0), or None without limits."""
        due = self._due()
        return None if due is None else max(0.0, due - self._clock())

    def why(self) -> str:
        """Which limit has passed."""
        if self.deadline_at is not None and self._clock() >= self.deadline_at:
            return "deadline"
        return "idle"

    def time_up(self, why: str | None = None) -> TimeUp:
        why = why or self.why()
        return TimeUp(why, self.deadline if why == "deadline" else self.idle)

    def start(self, response: httpx2.Response) -> None:
        """Watch ``response`` (a sync one) from a thread; again after a resume swaps it."""
        if not self.active:
            return
        self._response = response
        if self._stop is None:
            self._stop = stop = threading.Event()
            thread = threading.Thread(target=self._run, args=(stop,), name="moonshot-watch")
            thread.daemon = True
            thread.start()

    def stop(self) -> None:
        if self._stop is not None:
            self._stop.set()

    def _run(self, stop: threading.Event) -> None:
        while True:
            due = self._due()
            wait = self.idle if due is None else due - self._clock()
            if wait is not None and wait > 0:
                if stop.wait(wait):
                    return
                continue
            if stop.is_set():
                return
            self.fired = self.why()
            if self._response is not None:
                _cut(self._response)
            return


def _raise_if_cut(watch: ReadWatch) -> None:
    """After a failed read: :class:`TimeUp` if it failed because the watch cut it."""
    if watch.fired is not None:
        raise watch.time_up(watch.fired) from None


# The watch of every call without a deadline or idle timeout: it never starts or fires.
NO_LIMITS = ReadWatch(None, None)


def paced(chunks: Iterator[bytes], watch: ReadWatch) -> Iterator[bytes]:
    """``chunks``, with a read that failed because the watch cut it raised as :class:`TimeUp`."""
    try:
        yield from chunks
    except httpx2.TransportError:
        _raise_if_cut(watch)
        raise


def time_left(watch: ReadWatch) -> contextlib.AbstractContextManager[Any]:
    """A cancel scope for the time ``watch`` has left; none to enter and leave (they cost
    as much as a small request's parsing) when it has no limits, as most calls have."""
    if not watch.active:
        return contextlib.nullcontext()
    return anyio.move_on_after(watch.remaining())


async def apaced(chunks: AsyncIterator[bytes], watch: ReadWatch) -> AsyncIterator[bytes]:
    """``chunks``, each read given only the time ``watch`` has left (else :class:`TimeUp`)."""
    if not watch.active:
        async for piece in chunks:
            yield piece
        return
    iterator = aiter(chunks)
    data: Any
    while True:
        wait = watch.remaining()
        data = None
        with anyio.move_on_after(wait):
            data = await anext(iterator, _END)
        if data is None:
            raise watch.time_up()
        if data is _END:
            return
        yield data


_END: Any = object()
