"""The one stream core every stream kind (chat, Responses, Messages) reads through.

A :class:`StreamCore` is built from the client and the operation: it holds the call's
bounds (``max_response_bytes``, ``max_line_bytes``), its time limits (``deadline``,
``idle_timeout``, kept by a :class:`~moonshot._http.bounded_read.ReadWatch`), the SSE
decoder and the HTTP response. :func:`read_sync` / :func:`read_async` read the body
through the bounded, paced reader and hand each piece to the core's ``feed``; a stream
kind gives only its decoding (``feed``), its assembly (``result``, ``held``) and its
end-of-body rule (``next_body``). Whatever ends a stream early ends in one of the
library's errors, carrying ``.partial`` (what was assembled so far).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import httpx2

from .._errors import (
    APIError,
    APIResponseValidationError,
    APIStreamError,
    MoonshotError,
    ResponseTooLargeError,
    StreamInterruptedError,
    StreamTimeoutError,
    error_from_payload,
)
from .._http.base_client import AsyncBaseClient, Operation, SyncBaseClient
from .._http.bounded_read import ReadWatch, TimeUp, adecoded, apaced, decoded, paced
from .._http.gate import asettle_stream_usage, settle_stream_usage
from .._http.limits import (
    Bounds,
    Cap,
    LineTooLongError,
    idle_timeout,
    line_cap,
    response_cap,
    too_large,
)
from .._http.signatures import RequestSignature, read_signature
from .._telemetry.response_info import remember_response
from .._telemetry.runtime import NO_CALL
from .sse import SSEDecoder

__all__ = [
    "DONE",
    "AsyncClosing",
    "StreamCore",
    "StreamResponse",
    "SyncClosing",
    "decode_json",
    "read_async",
    "read_sync",
]

DONE = "[DONE]"
_raw_decode = json.JSONDecoder().raw_decode


def decode_json(text: str) -> Any:
    """``json.loads`` for one event's data, minus its whitespace scans in the usual case."""
    try:
        value, end = _raw_decode(text)
    except ValueError:
        return json.loads(text)  # leading whitespace, or not JSON: loads says which
    return value if end == len(text) else json.loads(text)


# Failures of the body after the status line: they end the stream, never retried here.
BODY_ERRORS = (httpx2.TransportError, httpx2.DecodingError)
# A size cap or time limit passed: the stream ends with its partial result, no resume.
_BOUNDS_PASSED = (ResponseTooLargeError, LineTooLongError, TimeUp)
# A stream's bytes pass through uncounted: what it holds is its result (``check_held``).
PASSING = Cap(None, "max_response_bytes", "", "the stream")


def _not_event_stream(response: httpx2.Response) -> APIResponseValidationError | None:
    """The error for a 2xx JSON answer to a stream request (the server ignored ``stream``)."""
    content_type = response.headers.get("content-type", "")
    if content_type.split(";")[0].strip().lower() != "application/json":
        return None
    return APIResponseValidationError(
        f"expected a text/event-stream answer to a stream request, got {content_type}",
        response=response,
    )


class StreamCore:
    """One stream's bounds, time limits, decoder and response; a stream kind subclasses it
    with ``feed`` (decoding), ``result`` / ``held`` (assembly) and ``next_body``."""

    unit = "events"  # what ``count`` counts, in messages

    def __init__(
        self, client: SyncBaseClient | AsyncBaseClient | None, op: Operation[Any] | None
    ) -> None:
        self.body: dict[str, Any] = (op.kwargs.get("json") or {}) if op is not None else {}
        bounds = client._config.bounds if client is not None else Bounds()
        call = op.bounds if op is not None else None
        self.cap = response_cap(call, bounds)  # on what the stream holds
        self.line_cap = line_cap(bounds, "the stream")
        self.deadline_at: float | None = None
        self.watch = ReadWatch(None, None)
        if client is not None and op is not None:
            self.deadline_at = client._deadline_at(op)
            self.watch = client._watch(op, self.deadline_at, idle_timeout(call, bounds))
        self.decoder = SSEDecoder(self.line_cap.bytes)
        self.done = False
        self.complete = False
        self.resumes = 0
        self.response: httpx2.Response | None = None
        # An error event or unreadable event: raised once the items before it are yielded.
        self.error: APIError | None = None
        self.call: Any = NO_CALL  # its span and metrics (moonshot._telemetry), from the send

    # -- what a stream kind gives ------------------------------------------------------

    def feed(self, data: bytes) -> Iterator[Any]:
        """The items completed by ``data``, each folded into the result as it is handed out."""
        raise NotImplementedError

    def result(self) -> Any:
        """What the stream has assembled so far."""
        raise NotImplementedError

    def held(self) -> int:
        """How much the assembled result holds, in the cap's unit."""
        raise NotImplementedError

    def count(self) -> int:
        """How many items were read (for messages)."""
        raise NotImplementedError

    def next_body(self, failure: BaseException | None) -> dict[str, Any] | None:
        """After a body ended: None when the stream is complete, else the request body
        that resumes it; StreamInterruptedError when it is broken and cannot resume."""
        raise NotImplementedError

    # -- shared --------------------------------------------------------------------------

    def raise_error(self) -> None:
        """Raise the error event met by ``feed``, with the result so far."""
        error, self.error = self.error, None
        if isinstance(error, APIStreamError):
            error.partial = self.partial()
        if error is not None:
            raise error

    def partial(self) -> Any:
        """:meth:`result` for an error's ``.partial``; None if even that cannot be made,
        so that the error being raised is the one the caller sees."""
        try:
            return self.result()
        except Exception:
            return None

    def unexpected(self, error: Exception) -> StreamInterruptedError:
        """The library's error for a failure no other rule names (a bug of this client
        reading an event it did not expect): the stream ends, with ``.partial``."""
        return self.interrupted(
            f"an event could not be read ({type(error).__name__}: {error}); the stream was stopped"
        )

    def unreadable(self, message: str) -> APIError:
        if self.response is None:
            return APIError(message)
        return APIResponseValidationError(message, response=self.response)

    def error_event(self, data: Any) -> APIStreamError:
        body = data
        if isinstance(data, str):
            try:
                body = json.loads(data)
            except ValueError:
                body = data
        message, type_, code = error_from_payload(body)
        if message is None:
            message = body if isinstance(body, str) and body else "the API reported an error"
        return APIStreamError(
            f"error in the stream: {message}",
            request=self.response.request if self.response is not None else None,
            body=body,
            type=type_,
            code=code,
        )

    def interrupted(self, reason: str) -> StreamInterruptedError:
        return StreamInterruptedError(
            f"stream interrupted after {self.count()} {self.unit}: {reason}",
            request=self.response.request if self.response is not None else None,
            partial=self.partial(),
        )

    def closed_early(self) -> StreamInterruptedError:
        return self.interrupted("the stream was closed before it was complete")

    def check_held(self) -> None:
        """Raise once the result assembled so far is larger than the cap."""
        limit = self.cap.bytes
        if limit is not None:
            held = self.held()
            if held > limit:
                raise too_large(self.cap, held, self.response)

    def bound_passed(self, error: Exception) -> StreamInterruptedError:
        """The error for a stream stopped by a size cap or time limit, with ``.partial``."""
        partial = self.partial()
        if isinstance(error, TimeUp):
            if error.why == "idle":
                what = f"no event for idle_timeout={error.seconds} s"
            else:
                what = f"the call took longer than its deadline={error.seconds} s"
            return StreamTimeoutError(
                f"stream interrupted after {self.count()} {self.unit}: {what}",
                request=self.response.request if self.response is not None else None,
                partial=partial,
            )
        if isinstance(error, LineTooLongError):
            bounded = too_large(self.line_cap, error.received, self.response, stream=True)
        else:
            assert isinstance(error, ResponseTooLargeError)
            bounded = too_large(self.cap, error.received, self.response, stream=True)
        assert isinstance(bounded, StreamInterruptedError)
        bounded.partial = partial
        return bounded

    def restart(self) -> None:
        """Before reading the body of a resumed request."""
        self.resumes += 1
        self.decoder = SSEDecoder(self.line_cap.bytes)
        self.watch.pause()  # the next first byte may be slow again


def _resend(op: Operation[Any], body: dict[str, Any]) -> Operation[Any]:
    return dataclasses.replace(op, kwargs={**op.kwargs, "json": body})


def read_sync(
    core: StreamCore, client: SyncBaseClient, op: Operation[Any]
) -> Generator[Any, None, None]:
    """The items of a stream opened by :meth:`SyncClosing._open`, read through the bounded,
    paced reader, until ``core.next_body`` says it is complete (or raises)."""
    watch = core.watch
    try:
        while True:
            response = core.response
            assert response is not None
            failure: BaseException | None = None
            idle = watch.idle is not None
            watch.start(response)
            try:
                for data in paced(decoded(response, PASSING), watch):
                    if idle:
                        for item in core.feed(data):
                            watch.pause()
                            yield item
                            watch.touch()
                    else:
                        yield from core.feed(data)
                    if core.error is not None:
                        core.raise_error()
                    core.check_held()
            except BODY_ERRORS as error:
                failure = error
            except _BOUNDS_PASSED as error:
                raise core.bound_passed(error) from error
            except MoonshotError:
                raise
            except Exception as error:  # only the library's errors escape
                raise core.unexpected(error) from error
            finally:
                response.close()
            try:
                body = core.next_body(failure)
            except StreamInterruptedError as error:
                raise error from failure
            if body is None:
                settle_stream_usage(response, core.partial)  # AccountLimits' TPM: the usage
                return
            core.call.resuming(core, failure)
            try:
                core.response = client._send(
                    _resend(op, body), stream=True, deadline_at=core.deadline_at
                )
            except APIError as error:
                raise core.interrupted(f"resuming failed: {error}") from error
    finally:
        if watch.active:
            watch.stop()


async def read_async(
    core: StreamCore, client: AsyncBaseClient, op: Operation[Any]
) -> AsyncGenerator[Any, None]:
    """The async twin of :func:`read_sync` (its time limits are cancel scopes)."""
    watch = core.watch
    while True:
        response = core.response
        assert response is not None
        failure: BaseException | None = None
        idle = watch.idle is not None
        try:
            async for data in apaced(adecoded(response, PASSING), watch):
                for item in core.feed(data):
                    if idle:
                        watch.pause()
                    yield item
                    if idle:
                        watch.touch()
                if core.error is not None:
                    core.raise_error()
                core.check_held()
        except BODY_ERRORS as error:
            failure = error
        except _BOUNDS_PASSED as error:
            raise core.bound_passed(error) from error
        except MoonshotError:
            raise
        except Exception as error:  # only the library's errors escape
            raise core.unexpected(error) from error
        finally:
            await response.aclose()
        try:
            body = core.next_body(failure)
        except StreamInterruptedError as error:
            raise error from failure
        if body is None:
            await asettle_stream_usage(response, core.partial)  # AccountLimits' TPM: the usage
            return
        core.call.resuming(core, failure)
        try:
            core.response = await client._send(
                _resend(op, body), stream=True, deadline_at=core.deadline_at
            )
        except APIError as error:
            raise core.interrupted(f"resuming failed: {error}") from error


class StreamResponse:
    """What every stream (chat, Responses, Messages) tells of its HTTP answer."""

    _core: StreamCore

    @staticmethod
    def _text_of(item: Any, /) -> str | None:
        """The text piece a chunk or event carries, if any (each stream kind says where)."""
        return None

    @property
    def response(self) -> httpx2.Response:
        """The HTTP response being read (the latest one after a resume)."""
        response = self._core.response
        assert response is not None
        return response

    @property
    def request_signature(self) -> RequestSignature | None:
        """The signature the answer carries when the call sent a nonce, else None."""
        response = self._core.response
        if response is None:
            return None
        return read_signature(response, str(self._core.body.get("model", "")))

    def _answered(self, result: Any) -> None:
        """Let ``moonshot.response_of(result)`` find this stream's response."""
        if self._core.response is not None:
            remember_response(result, self._core.response, keep=True)


T = TypeVar("T")


class SyncClosing(StreamResponse, Generic[T]):
    """Opening, iteration, ``close()`` and ``with`` for a sync stream reading ``_chunks``
    (its items: chunks or events) from ``_core.response``."""

    _chunks: Generator[T, None, None]
    _core: StreamCore

    def __iter__(self) -> Iterator[T]:
        return self._chunks

    def __next__(self) -> T:
        return next(self._chunks)

    def text_deltas(self) -> Iterator[str]:
        """The text pieces, as they arrive (empty ones skipped): the first choice's content
        of a chat stream, the output text of a Responses or Messages stream (reasoning and
        tool input left out)."""
        for item in self._chunks:
            text = self._text_of(item)
            if text:
                yield text

    def _read_to_end(self) -> None:
        """Read the rest; raise the stream's error if it ended before its last event."""
        for _ in self._chunks:
            pass
        if not self._core.complete:
            raise self._core.closed_early()

    def _open(self, client: SyncBaseClient, op: Operation[Any]) -> None:
        """Send ``op``; keep the response once it is a 2xx event stream; start reading."""
        core = self._core
        core.call = client._telemetry.start(op, stream=True)
        with core.call.opening(core):
            core.response = response = client._send(op, stream=True, deadline_at=core.deadline_at)
            error = _not_event_stream(response)
            if error is not None:
                response.close()
                raise error
        self._chunks = core.call.watch(read_sync(core, client, op), core)

    def close(self) -> None:
        """Stop reading and release the connection."""
        self._chunks.close()
        if self._core.response is not None:
            self._core.response.close()
        self._core.call.closed(self._core)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClosing(StreamResponse, Generic[T]):
    """Opening (``_start``), iteration, ``aclose()`` and ``async with`` for the async
    streams."""

    _chunks: AsyncGenerator[T, None]
    _core: StreamCore
    _client: AsyncBaseClient
    _op: Operation[Any]

    def _prepare(self, client: AsyncBaseClient, op: Operation[Any], core: StreamCore) -> None:
        self._client = client
        self._op = op
        self._core = core
        self._chunks = read_async(core, client, op)

    async def _start(self) -> Self:
        core = self._core
        core.call = self._client._telemetry.start(self._op, stream=True)
        with core.call.opening(core):
            core.response = response = await self._client._send(
                self._op, stream=True, deadline_at=core.deadline_at
            )
            error = _not_event_stream(response)
            if error is not None:
                await response.aclose()
                raise error
        self._chunks = core.call.watch(self._chunks, core)
        return self

    def __aiter__(self) -> AsyncIterator[T]:
        return self._chunks

    async def __anext__(self) -> T:
        return await anext(self._chunks)

    async def text_deltas(self) -> AsyncIterator[str]:
        """The text pieces, as they arrive (empty ones skipped): the first choice's content
        of a chat stream, the output text of a Responses or Messages stream (reasoning and
        tool input left out)."""
        async for item in self._chunks:
            text = self._text_of(item)
            if text:
                yield text

    async def _read_to_end(self) -> None:
        """Read the rest; raise the stream's error if it ended before its last event."""
        async for _ in self._chunks:
            pass
        if not self._core.complete:
            raise self._core.closed_early()

    async def aclose(self) -> None:
        """Stop reading and release the connection."""
        await self._chunks.aclose()
        if self._core.response is not None:
            await self._core.response.aclose()
        self._core.call.closed(self._core)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
