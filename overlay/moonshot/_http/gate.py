"""The gate every request passes: an httpx2 transport under the retries.

What it asks of the limits is :class:`Limits` (``moonshot.AccountLimits`` implements it
in ``moonshot._limits``, with its stores); this module knows nothing of the stores.

It sits between the retry layer and the network, so each attempt the server sees takes a
slot, an RPM unit and its tokens, and gives the slot back when its response is closed
(a whole answer read, a stream ended, closed or broken). A retry waits in the gate again
after the retry layer's own delay; the slot is not held while it waits. The client says
which limits apply by the request extension ``LIMITS_EXTENSION`` (absent: the request
passes straight through). A 429's wait and ``X-RateLimit-Remaining`` / ``-Reset`` are
written to the store, so every process sharing it pauses.
"""

from __future__ import annotations

import logging
import time
import uuid
import weakref
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any, Protocol, runtime_checkable

import anyio
import httpx2

from .._errors import RateLimitInfo
from .limits import DEADLINE_EXTENSION, DEADLINE_SECONDS_EXTENSION, deadline_passed
from .retries import retry_after_seconds
from .transport import AsyncLayer, Layer

__all__ = [
    "CHARGED_EXTENSION",
    "LIMITS_EXTENSION",
    "TOKENS_EXTENSION",
    "AsyncLimitsTransport",
    "AsyncStore",
    "Limits",
    "LimitsTransport",
    "SyncStore",
    "asettle_stream_usage",
    "asettle_usage",
    "settle_stream_usage",
    "settle_usage",
    "usage_tokens",
]

logger = logging.getLogger("moonshot")

LIMITS_EXTENSION = "moonshot.account_limits"
TOKENS_EXTENSION = "moonshot.limits.tokens"
"""Set by a caller that counted the request's tokens already (``create_many``)."""
CHARGED_EXTENSION = "moonshot.limits.charged"
"""Set by the gate: (the store, the tokens the request was charged)."""
MAX_PAUSE = 900.0
"""A server-named wait longer than this is not written to the store (a daily limit: the
retry layer gives that call up, and other calls find out for themselves)."""


class SyncStore(Protocol):
    """Where a budget is kept, as sync clients use it (``moonshot._limits``)."""

    name: str

    def take(self, lease: str, tokens: int) -> float: ...
    def release(self, lease: str) -> None: ...
    def forget(self, lease: str) -> None: ...
    def correct(self, tokens: int) -> None: ...
    def pause(self, seconds: float) -> None: ...
    def budget(self, remaining: int, reset: float) -> None: ...


class AsyncStore(Protocol):
    """The same for async clients (``forget`` stays sync: a finalizer calls it)."""

    name: str

    async def take(self, lease: str, tokens: int) -> float: ...
    async def release(self, lease: str) -> None: ...
    def forget(self, lease: str) -> None: ...
    async def correct(self, tokens: int) -> None: ...
    async def pause(self, seconds: float) -> None: ...
    async def budget(self, remaining: int, reset: float) -> None: ...


@runtime_checkable
class Limits(Protocol):
    """What the gate asks of a client's account limits."""

    @property
    def concurrency(self) -> int | None: ...
    @property
    def counts_tokens(self) -> bool: ...
    def charge(self, request: httpx2.Request) -> int: ...
    def sync_store(self) -> SyncStore: ...
    def async_store(self) -> AsyncStore: ...


def _deadline_check(request: httpx2.Request, wait: float) -> None:
    """Raise the call's deadline error when waiting ``wait`` more would pass it."""
    at = request.extensions.get(DEADLINE_EXTENSION)
    if at is not None and time.monotonic() + wait >= at:
        raise deadline_passed(request.extensions.get(DEADLINE_SECONDS_EXTENSION), request)


def _signals(response: httpx2.Response) -> tuple[float | None, tuple[int, float] | None]:
    """The server's word in ``response``: a 429's wait, and (remaining, reset seconds)."""
    pause = None
    if response.status_code == 429:
        pause = retry_after_seconds(response.headers)
        if pause is not None and (pause <= 0 or pause > MAX_PAUSE):
            pause = None
    budget = None
    info = RateLimitInfo.from_headers(response.headers)
    if info is not None and info.remaining is not None:
        reset = info.reset_seconds()
        if reset is not None:
            budget = (info.remaining, reset)
    return pause, budget


def _log_failure(store: object, doing: str, error: Exception) -> None:
    logger.warning(
        "account limits store %s: %s failed: %s", getattr(store, "name", "?"), doing, error
    )


def _charge(limits: Limits, request: httpx2.Request) -> int:
    """The tokens ``request`` is charged: a caller's count, else the limits' estimate
    (kept on the request, so a retry does not estimate again)."""
    if not limits.counts_tokens:
        return 0
    given = request.extensions.get(TOKENS_EXTENSION)
    if isinstance(given, int):
        return given
    tokens = limits.charge(request)
    request.extensions[TOKENS_EXTENSION] = tokens
    return tokens


class _Releasing(httpx2.SyncByteStream):
    """A response body that gives its slot back when it is closed (or dropped unclosed)."""

    def __init__(self, inner: httpx2.SyncByteStream, store: SyncStore, lease: str) -> None:
        self._inner = inner
        self._done = weakref.finalize(self, store.forget, lease)
        self._store, self._lease = store, lease

    def __iter__(self) -> Iterator[bytes]:
        yield from self._inner

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            if self._done.detach() is not None:
                try:
                    self._store.release(self._lease)
                except Exception as error:  # the lease expires on the store
                    _log_failure(self._store, "giving a slot back", error)


class LimitsTransport(Layer):
    """Sends through ``inner`` once the request's account limits allow it."""

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        limits: Limits | None = request.extensions.get(LIMITS_EXTENSION)
        if limits is None:
            return self._send(request)
        store = limits.sync_store()
        tokens = _charge(limits, request)
        lease = uuid.uuid4().hex
        while (wait := store.take(lease, tokens)) > 0:
            _deadline_check(request, wait)
            time.sleep(wait)
        if tokens:
            request.extensions[CHARGED_EXTENSION] = (store, tokens)
        try:
            response = self._send(request)
        except BaseException:
            try:
                store.release(lease)
            except Exception as error:  # the lease expires on the store
                _log_failure(store, "giving a slot back", error)
            raise
        pause, budget = _signals(response)
        try:
            if pause is not None:
                store.pause(pause)
            if budget is not None:
                store.budget(*budget)
        except Exception as error:
            _log_failure(store, "writing the server's limits", error)
        if limits.concurrency is not None:
            assert isinstance(response.stream, httpx2.SyncByteStream)
            response.stream = _Releasing(response.stream, store, lease)
        return response

    def close(self) -> None:
        self._inner.close()


class _AsyncReleasing(httpx2.AsyncByteStream):
    """The async twin of :class:`_Releasing`."""

    def __init__(self, inner: httpx2.AsyncByteStream, store: AsyncStore, lease: str) -> None:
        self._inner = inner
        self._done = weakref.finalize(self, store.forget, lease)
        self._store, self._lease = store, lease

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for part in self._inner:
            yield part

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            if self._done.detach() is not None:
                try:
                    await self._store.release(self._lease)
                except Exception as error:
                    _log_failure(self._store, "giving a slot back", error)


class AsyncLimitsTransport(AsyncLayer):
    """The async twin of :class:`LimitsTransport`."""

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        limits: Limits | None = request.extensions.get(LIMITS_EXTENSION)
        if limits is None:
            return await self._send(request)
        store = limits.async_store()
        tokens = _charge(limits, request)
        lease = uuid.uuid4().hex
        while (wait := await store.take(lease, tokens)) > 0:
            _deadline_check(request, wait)
            await anyio.sleep(wait)
        if tokens:
            request.extensions[CHARGED_EXTENSION] = (store, tokens)
        try:
            response = await self._send(request)
        except BaseException:
            with anyio.CancelScope(shield=True):
                try:
                    await store.release(lease)
                except Exception as error:
                    _log_failure(store, "giving a slot back", error)
            raise
        pause, budget = _signals(response)
        try:
            if pause is not None:
                await store.pause(pause)
            if budget is not None:
                await store.budget(*budget)
        except Exception as error:
            _log_failure(store, "writing the server's limits", error)
        if limits.concurrency is not None:
            assert isinstance(response.stream, httpx2.AsyncByteStream)
            response.stream = _AsyncReleasing(response.stream, store, lease)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def _correction(response: httpx2.Response, result: Any) -> tuple[Any, int] | None:
    charged = response.request.extensions.get(CHARGED_EXTENSION)
    if charged is None:
        return None
    used = usage_tokens(result)
    if used is None or used == charged[1]:
        return None
    return charged[0], used - charged[1]


def settle_usage(response: httpx2.Response, result: Any) -> None:
    """Correct the store's TPM count by the answer's ``usage`` (sync clients)."""
    found = _correction(response, result)
    if found is not None:
        try:
            found[0].correct(found[1])
        except Exception as error:
            _log_failure(found[0], "correcting tokens", error)


async def asettle_usage(response: httpx2.Response, result: Any) -> None:
    """The async twin of :func:`settle_usage`."""
    found = _correction(response, result)
    if found is not None:
        try:
            await found[0].correct(found[1])
        except Exception as error:
            _log_failure(found[0], "correcting tokens", error)


def settle_stream_usage(response: httpx2.Response, result: Callable[[], Any]) -> None:
    """:func:`settle_usage` for a stream that ended: ``result()`` (its assembled answer)
    is made only when the request was charged tokens."""
    if CHARGED_EXTENSION in response.request.extensions:
        settle_usage(response, result())


async def asettle_stream_usage(response: httpx2.Response, result: Callable[[], Any]) -> None:
    """The async twin of :func:`settle_stream_usage`."""
    if CHARGED_EXTENSION in response.request.extensions:
        await asettle_usage(response, result())


def usage_tokens(result: Any) -> int | None:
    """The tokens an answer's ``usage`` reports (``total_tokens``, else input + output)."""
    usage = result.get("usage") if isinstance(result, Mapping) else getattr(result, "usage", None)
    if usage is None:
        return None

    def field(name: str) -> Any:
        return usage.get(name) if isinstance(usage, Mapping) else getattr(usage, name, None)

    total = field("total_tokens")
    if isinstance(total, int) and not isinstance(total, bool):
        return total
    parts = [field("input_tokens"), field("output_tokens")]
    if all(isinstance(part, int) and not isinstance(part, bool) for part in parts):
        return int(parts[0]) + int(parts[1])
    return None
