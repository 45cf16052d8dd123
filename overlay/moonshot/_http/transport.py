"""httpx2 transports that retry and log every request the client sends.

Retries live here, below httpx2, so that every call takes the same path: the overlay's
resources, ``client.raw`` (the generated functions) and streams alike. A stream is
retried only before its first byte: the transport hands the response on as soon as
the status is known to be final.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import anyio
import httpx2

from .._errors import request_id_of
from .._telemetry.current import note_retry
from .limits import DEADLINE_EXTENSION
from .retries import RetryPolicy

__all__ = [
    "MAX_RETRIES_EXTENSION",
    "REPLAYABLE_EXTENSION",
    "REWIND_EXTENSION",
    "AsyncClientTransport",
    "AsyncLazyHTTPTransport",
    "AsyncRetryTransport",
    "ClientTransport",
    "LazyHTTPTransport",
    "RetryTransport",
    "logger",
]

logger = logging.getLogger("moonshot")

MAX_RETRIES_EXTENSION = "moonshot.max_retries"
# Set to False on a request whose body cannot be sent twice; a callable under
# REWIND_EXTENSION is called before each resend to rewind the source.
REPLAYABLE_EXTENSION = "moonshot.replayable"
REWIND_EXTENSION = "moonshot.rewind"


def configure_logging_from_env() -> None:
    """Set the ``moonshot`` logger's level from ``MOONSHOT_LOG`` (debug, info, warning...)."""
    level = os.environ.get("MOONSHOT_LOG")
    if not level:
        return
    logger.setLevel(level.upper())
    if not logger.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


def _replayable(request: httpx2.Request, stream: object) -> bool:
    """Whether ``request`` may be sent again; ``stream`` is its body as it was before the
    first try (sending may turn a body into bytes)."""
    flag = request.extensions.get(REPLAYABLE_EXTENSION)
    if flag is not None:
        return bool(flag)
    # Bodies httpx2 holds in memory (json=, content=bytes) can be sent again.
    return isinstance(stream, httpx2.ByteStream)


def _log(
    request: httpx2.Request, outcome: str | httpx2.Response, started: float, retries: int
) -> None:
    # Built only when INFO is on (callers on the hot path check first too).
    if logger.isEnabledFor(logging.INFO):
        logger.info(
            "%s %s -> %s (%.3f s, retries %d)",
            request.method,
            request.url,
            outcome if isinstance(outcome, str) else _describe(outcome),
            time.monotonic() - started,
            retries,
        )


def _describe(response: httpx2.Response) -> str:
    request_id = request_id_of(response)
    return f"{response.status_code}" + (f" request_id={request_id}" if request_id else "")


class _RetryState:
    """The retry bookkeeping shared by the sync and async transports."""

    def __init__(
        self, policy: RetryPolicy, request: httpx2.Request, started: float, stream: object
    ) -> None:
        """``started`` and ``stream`` (the body) are as they were before the first try."""
        max_retries = request.extensions.get(MAX_RETRIES_EXTENSION, policy.max_retries)
        allowed = int(max_retries) if _replayable(request, stream) else 0
        self.policy = (
            policy if allowed == policy.max_retries else replace(policy, max_retries=allowed)
        )
        self.request = request
        self.retries = 0
        self.started = started
        rewind = request.extensions.get(REWIND_EXTENSION)
        self.rewind: Callable[[], Any] | None = rewind if callable(rewind) else None
        self.deadline_at: float | None = request.extensions.get(DEADLINE_EXTENSION)

    def _delay(self, response: httpx2.Response | None) -> float | None:
        """The policy's delay, or None when the call's deadline would pass during it."""
        delay = self.policy.delay_for(self.retries, response)
        late = self.deadline_at is not None and time.monotonic() + (delay or 0) >= self.deadline_at
        return None if late else delay

    def needs_body(self, response: httpx2.Response) -> bool:
        """Whether the retry decision reads the error body: a 429's ``error.type`` tells
        an exhausted quota (never retried) from a rate limit or an overload."""
        return response.status_code == 429 and self.retries < self.policy.max_retries

    def after_response(self, response: httpx2.Response) -> float | None:
        """Delay before retrying this response, or None to hand it to the caller."""
        if not self.policy.retryable_status(response.status_code):
            _log(self.request, response, self.started, self.retries)
            return None
        delay = self._delay(response)
        if delay is None:
            _log(self.request, response, self.started, self.retries)
        else:
            logger.debug("retrying after %s in %.2f s", _describe(response), delay)
            note_retry(self.retries + 1, str(response.status_code), delay)
        return delay

    def after_error(self, error: httpx2.TransportError) -> float:
        """Delay before retrying after a transport error; re-raises when out of retries."""
        delay = self._delay(None)
        if delay is None:
            _log(self.request, type(error).__name__, self.started, self.retries)
            raise error
        logger.debug("retrying after %s in %.2f s", type(error).__name__, delay)
        note_retry(self.retries + 1, type(error).__name__, delay)
        return delay

    def next_try(self) -> None:
        self.retries += 1
        if self.rewind is not None:
            self.rewind()


class LazyHTTPTransport(httpx2.BaseTransport):
    """An ``httpx2.HTTPTransport`` built on the first request.

    Building one loads the TLS trust store (tens of milliseconds); a client that is
    constructed but not yet used should not pay for it.
    """

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._transport: httpx2.HTTPTransport | None = None
        self._lock = threading.Lock()
        # Called with the real transport once built (the retry layer then sends to it directly).
        self.on_build: Callable[[httpx2.HTTPTransport], None] | None = None

    def _get(self) -> httpx2.HTTPTransport:
        transport = self._transport
        if transport is None:
            with self._lock:
                if self._transport is None:
                    self._transport = httpx2.HTTPTransport(**self._options)
                    if self.on_build is not None:
                        self.on_build(self._transport)
                transport = self._transport
        return transport

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        return self._get().handle_request(request)

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()


class AsyncLazyHTTPTransport(httpx2.AsyncBaseTransport):
    """The async twin of :class:`LazyHTTPTransport` (one event loop, so no lock)."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._transport: httpx2.AsyncHTTPTransport | None = None
        self.on_build: Callable[[httpx2.AsyncHTTPTransport], None] | None = None

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        if self._transport is None:
            self._transport = httpx2.AsyncHTTPTransport(**self._options)
            if self.on_build is not None:
                self.on_build(self._transport)
        return await self._transport.handle_async_request(request)

    async def aclose(self) -> None:
        if self._transport is not None:
            await self._transport.aclose()


class ClientTransport(httpx2.BaseTransport):
    """Sends each request through a caller's ``httpx2.Client`` (``http_client=``).

    ``Client.send`` is the public way in: the caller's pool, proxies, HTTP/2 and event
    hooks stay theirs, while the retries wrap it from outside. Redirects are left to the
    outer client (so each hop is retried), hence ``follow_redirects=False`` here.
    """

    def __init__(self, client: httpx2.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        return self.client.send(request, stream=True, follow_redirects=False)

    def close(self) -> None:
        self.client.close()


class AsyncClientTransport(httpx2.AsyncBaseTransport):
    """The async twin of :class:`ClientTransport`."""

    def __init__(self, client: httpx2.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        return await self.client.send(request, stream=True, follow_redirects=False)

    async def aclose(self) -> None:
        await self.client.aclose()


class Layer(httpx2.BaseTransport):
    """A transport over another one, which it calls directly once a lazy one is built."""

    def __init__(self, inner: httpx2.BaseTransport) -> None:
        self._inner = inner
        self._send = inner.handle_request
        if isinstance(inner, LazyHTTPTransport):
            inner.on_build = self._send_to  # one layer less per request once it is built

    def _send_to(self, transport: httpx2.BaseTransport) -> None:
        self._send = transport.handle_request

    def close(self) -> None:
        self._inner.close()


class AsyncLayer(httpx2.AsyncBaseTransport):
    """The async twin of :class:`Layer`."""

    def __init__(self, inner: httpx2.AsyncBaseTransport) -> None:
        self._inner = inner
        self._send = inner.handle_async_request
        if isinstance(inner, AsyncLazyHTTPTransport):
            inner.on_build = self._send_to

    def _send_to(self, transport: httpx2.AsyncBaseTransport) -> None:
        self._send = transport.handle_async_request

    async def aclose(self) -> None:
        await self._inner.aclose()


class RetryTransport(Layer):
    """Wraps a transport; retries connection errors, timeouts, 408, 409, 429 and 5xx."""

    def __init__(
        self,
        inner: httpx2.BaseTransport,
        policy: RetryPolicy,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(inner)
        self._policy = policy
        self._sleep = sleep

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        # The first try: most answers go straight back, with no retry state made.
        started, stream = time.monotonic(), request.stream
        try:
            response = self._send(request)
        except httpx2.TransportError as error:
            return self._retrying(_RetryState(self._policy, request, started, stream), error)
        if not self._policy.retryable_status(response.status_code):
            if logger.isEnabledFor(logging.INFO):
                _log(request, response, started, 0)
            return response
        return self._retrying(_RetryState(self._policy, request, started, stream), response)

    def _retrying(
        self, state: _RetryState, outcome: httpx2.Response | httpx2.TransportError
    ) -> httpx2.Response:
        """The retry loop, from the first try's ``outcome`` on."""
        while True:
            if isinstance(outcome, httpx2.Response):
                if state.needs_body(outcome):
                    outcome.read()
                delay = state.after_response(outcome)
                if delay is None:
                    return outcome
                outcome.close()
            else:
                delay = state.after_error(outcome)
            self._sleep(delay)
            state.next_try()
            try:
                outcome = self._send(state.request)
            except httpx2.TransportError as error:
                outcome = error


class AsyncRetryTransport(AsyncLayer):
    """The async twin of :class:`RetryTransport`."""

    def __init__(self, inner: httpx2.AsyncBaseTransport, policy: RetryPolicy) -> None:
        super().__init__(inner)
        self._policy = policy

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        started, stream = time.monotonic(), request.stream
        try:
            response = await self._send(request)
        except httpx2.TransportError as error:
            return await self._retrying(_RetryState(self._policy, request, started, stream), error)
        if not self._policy.retryable_status(response.status_code):
            if logger.isEnabledFor(logging.INFO):
                _log(request, response, started, 0)
            return response
        return await self._retrying(_RetryState(self._policy, request, started, stream), response)

    async def _retrying(
        self, state: _RetryState, outcome: httpx2.Response | httpx2.TransportError
    ) -> httpx2.Response:
        """The retry loop, from the first try's ``outcome`` on."""
        while True:
            if isinstance(outcome, httpx2.Response):
                if state.needs_body(outcome):
                    await outcome.aread()
                delay = state.after_response(outcome)
                if delay is None:
                    return outcome
                await outcome.aclose()
            else:
                delay = state.after_error(outcome)
            await anyio.sleep(delay)
            state.next_try()
            try:
                outcome = await self._send(state.request)
            except httpx2.TransportError as error:
                outcome = error
