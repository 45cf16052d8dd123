"""Streamed chat completions: ``create(..., stream=True)`` on the sync and async clients.

A stream yields typed :class:`~moonshot.ChatCompletionChunk` objects as the server sends
them and assembles the completion along the way (:meth:`current_completion`,
:meth:`get_final_completion`). It is complete when ``data: [DONE]`` arrives, or when the
body ends after every choice got a ``finish_reason``. Anything short of that raises
:class:`~moonshot.StreamInterruptedError` carrying ``.partial``; an error event raises
:class:`~moonshot.APIStreamError`. Retries happen only before the first byte (in the
transport); after that, only the opt-in ``resume`` re-sends anything.

Resume (``resume=True``, at most ``max_resumes`` times per stream) uses Moonshot's Partial
Mode: the request is sent again with the text received so far appended as an assistant
message with ``partial: true``; the server continues that text without repeating it,
and the stream goes on yielding chunks, so the caller sees one completion. Limits:

* ``n`` must be 1, and a stream that was calling tools is not resumed.
* A break before any content is re-sent as is (if no reasoning was received either);
  a break after reasoning but before content cannot be resumed.
* ``Message.partial`` is in the request schema every model shares, so every model
  accepts the request; the continuation's quality is the model's.
* The continuation is a new request: its chunks carry their own ``id``, a thinking
  model may send fresh ``reasoning_content`` (appended), and the assembled usage is
  that of the last request, not of the attempts that broke.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx2

from .._defaults import DEFAULT_MAX_RESUMES
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
from .._http.limits import (
    Bounds,
    Cap,
    LineTooLongError,
    idle_timeout,
    line_cap,
    response_cap,
    too_large,
)
from .._http.signatures import RequestSignature, read_signature, record_signature
from .assembly import CompletionAccumulator
from .chunks import ChatCompletionChunk
from .options import EVENT_STREAM_HEADERS, check_stream_options
from .sse import ServerSentEvent, SSEDecoder

if TYPE_CHECKING:  # the typed view of the generated model (what callers read)
    from moonshot_openapi.typed_responses import ChatCompletionResponse

__all__ = [
    "EVENT_STREAM_HEADERS",
    "AsyncChatCompletionStream",
    "ChatCompletionStream",
    "check_stream_options",
]

DONE = "[DONE]"
_raw_decode = json.JSONDecoder().raw_decode


def _decode_json(text: str) -> Any:
    """``json.loads`` for one event's data, minus its whitespace scans in the usual case."""
    try:
        value, end = _raw_decode(text)
    except ValueError:
        return json.loads(text)  # leading whitespace, or not JSON: loads says which
    return value if end == len(text) else json.loads(text)


# Failures of the body after the status line: they end the stream, never retried here.
_BODY_ERRORS = (httpx2.TransportError, httpx2.DecodingError)
# A size cap or time limit passed: the stream ends with its partial completion, no resume.
_BOUNDS_PASSED = (ResponseTooLargeError, LineTooLongError, TimeUp)
# A stream's events pass through: what it holds is the completion (``check_held``).
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


class _StreamCore:
    """Decoding, assembly and the end-of-body decision shared by both stream classes."""

    def __init__(
        self,
        body: dict[str, Any],
        *,
        resume: bool,
        max_resumes: int,
        client: SyncBaseClient | AsyncBaseClient | None = None,
        op: Operation[Any] | None = None,
    ) -> None:
        self.body = body
        bounds = client._config.bounds if client is not None else Bounds()
        call = op.bounds if op is not None else None
        self.cap = response_cap(call, bounds)  # on the completion assembled
        self.line_cap = line_cap(bounds, "the stream")
        self.deadline_at: float | None = None
        self.watch = ReadWatch(None, None)
        if client is not None and op is not None:
            self.deadline_at = client._deadline_at(op)
            self.watch = client._watch(op, self.deadline_at, idle_timeout(call, bounds))
        self.decoder = SSEDecoder(self.line_cap.bytes)
        self.accumulator = CompletionAccumulator()
        self.done = False
        self.complete = False
        self.resume = resume
        self.resumes_left = max_resumes if resume else 0
        self.resumes = 0
        self.response: httpx2.Response | None = None
        # An error event or unreadable event: raised once the chunks before it are yielded.
        self.error: APIError | None = None

    def feed(self, data: bytes) -> Iterator[ChatCompletionChunk]:
        """The chunks completed by ``data``, up to ``[DONE]`` or an error (kept in ``error``).

        Made one at a time as they are read (read to the end before the next call), and
        added to the completion as each is handed out, so the snapshot always matches what
        the caller has seen.
        """
        if self.done or self.error is not None:
            return
        raw_decode = _raw_decode
        add = self.accumulator.add
        for item in self.decoder.datas(data):
            if type(item) is str:
                text = item
            else:  # a named event
                assert isinstance(item, ServerSentEvent)
                text = item.data
                if item.event == "error" and text:
                    self.error = self._error_event(text)
                    return
            if not text:
                continue
            if text == DONE:
                self.done = True
                return
            try:
                payload, end = raw_decode(text)
                if end != len(text):  # trailing whitespace, or more than one value
                    payload = json.loads(text)
            except ValueError:
                try:
                    payload = json.loads(text)  # leading whitespace; or says what is wrong
                except ValueError as error:
                    self.error = self._unreadable(f"an event is not JSON: {error}")
                    return
            if type(payload) is not dict:
                self.error = self._unreadable(f"an event is not a JSON object: {text[:200]!r}")
                return
            # ``in`` first: cheaper than ``get`` for the chunks, which have no such key.
            if "error" in payload and payload["error"]:  # noqa: RUF019
                self.error = self._error_event(payload)
                return
            yield add(payload)  # the chunk, folded in as it is handed out

    def raise_error(self) -> None:
        """Raise the error event met by :meth:`feed`, with the completion so far."""
        error, self.error = self.error, None
        if isinstance(error, APIStreamError):
            error.partial = self.partial()
        if error is not None:
            raise error

    def result(self) -> Any:
        """What the stream has assembled so far (the completion)."""
        return self.accumulator.completion()

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

    def _unreadable(self, message: str) -> APIError:
        if self.response is None:
            return APIError(message)
        return APIResponseValidationError(message, response=self.response)

    def _error_event(self, data: Any) -> APIStreamError:
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

    def next_body(self, failure: BaseException | None) -> dict[str, Any] | None:
        """After a body ended: None when the stream is complete, else the request body that
        resumes it. Raises StreamInterruptedError when it is broken and cannot resume."""
        if self.done or (failure is None and self.accumulator.all_finished()):
            self.complete = True
            return None
        if failure is None:
            reason = "the body ended without [DONE] while a choice had no finish_reason"
        else:
            reason = f"the connection broke ({type(failure).__name__}: {failure})"
        body, why_not = self._resume_body()
        if body is None:
            raise self.interrupted(reason + (f"; not resumed: {why_not}" if why_not else ""))
        self.resumes += 1
        self.resumes_left -= 1
        self.decoder = SSEDecoder(self.line_cap.bytes)
        self.watch.pause()  # the next first byte may be slow again
        return body

    def _resume_body(self) -> tuple[dict[str, Any] | None, str]:
        if not self.resume:
            return None, ""
        if self.resumes_left <= 0:
            return None, f"max_resumes ({self.resumes}) used up"
        accumulator = self.accumulator
        if accumulator.has_tool_calls():
            return None, "a stream calling tools cannot be resumed"
        if accumulator.choice_count > 1:
            return None, "only n=1 streams can be resumed"
        text = accumulator.text(0)
        if not text:
            if accumulator.has_reasoning(0):
                return None, "only reasoning_content was received, no content to continue"
            return dict(self.body), ""
        messages = list(self.body.get("messages") or [])
        last = messages[-1] if messages else None
        if (
            isinstance(last, dict)
            and last.get("role") == "assistant"
            and last.get("partial")
            and isinstance(last.get("content"), str)
        ):
            messages[-1] = {**last, "content": last["content"] + text}
        else:
            messages.append({"role": "assistant", "content": text, "partial": True})
        return {**self.body, "messages": messages}, ""

    def interrupted(self, reason: str) -> StreamInterruptedError:
        return StreamInterruptedError(
            f"stream interrupted after {self.accumulator.chunks} chunks: {reason}",
            request=self.response.request if self.response is not None else None,
            partial=self.partial(),
        )

    def closed_early(self) -> StreamInterruptedError:
        return self.interrupted("the stream was closed before it was complete")

    def check_held(self) -> None:
        """Raise once the completion assembled so far is larger than the cap."""
        limit = self.cap.bytes
        if limit is not None:
            held = self.accumulator.held()
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
                f"stream interrupted after {self.accumulator.chunks} chunks: {what}",
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


def _stopping_watch(
    chunks: Generator[ChatCompletionChunk, None, None], watch: ReadWatch
) -> Generator[ChatCompletionChunk, None, None]:
    """``chunks``, stopping the watch's thread however they end."""
    try:
        yield from chunks
    finally:
        watch.stop()


def _resend(op: Operation[Any], body: dict[str, Any]) -> Operation[Any]:
    return dataclasses.replace(op, kwargs={**op.kwargs, "json": body})


class StreamResponse:
    """What every stream (chat, Responses, Messages) tells of its HTTP answer."""

    _core: Any  # a _StreamCore

    @property
    def response(self) -> httpx2.Response:
        """The HTTP response being read (the latest one after a resume)."""
        response: httpx2.Response | None = self._core.response
        assert response is not None
        return response

    @property
    def request_signature(self) -> RequestSignature | None:
        """The signature the answer carries when the call sent a nonce, else None."""
        response = self._core.response
        if response is None:
            return None
        return read_signature(response, str(self._core.body.get("model", "")))


class _StreamBase(StreamResponse):
    _core: _StreamCore

    @property
    def resumes(self) -> int:
        """How many times this stream was resumed."""
        return self._core.resumes

    def current_completion(self) -> ChatCompletionResponse:
        """The completion assembled from the chunks received so far."""
        completion = self._core.accumulator.completion()
        record_signature(completion, self.request_signature)
        return completion


class SyncClosing:
    """Opening, ``close()`` and ``with`` for a stream reading ``_chunks`` from
    ``_core.response`` (chat, and the typed event streams of ``_event_stream``)."""

    _chunks: Any  # each stream class says what it yields
    _core: Any  # a _StreamCore

    def _open(self, client: SyncBaseClient, op: Operation[Any]) -> None:
        """Send ``op``; keep the response once it is a 2xx event stream."""
        core = self._core
        core.response = response = client._send(op, stream=True, deadline_at=core.deadline_at)
        error = _not_event_stream(response)
        if error is not None:
            response.close()
            raise error

    def close(self) -> None:
        """Stop reading and release the connection."""
        self._chunks.close()
        if self._core.response is not None:
            self._core.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClosing:
    """Opening (``_start``), ``aclose()`` and ``async with`` for the async streams."""

    _chunks: Any
    _core: Any
    _client: AsyncBaseClient
    _op: Operation[Any]

    async def _start(self) -> Self:
        core = self._core
        core.response = response = await self._client._send(
            self._op, stream=True, deadline_at=core.deadline_at
        )
        error = _not_event_stream(response)
        if error is not None:
            await response.aclose()
            raise error
        return self

    async def aclose(self) -> None:
        """Stop reading and release the connection."""
        await self._chunks.aclose()
        if self._core.response is not None:
            await self._core.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


class ChatCompletionStream(SyncClosing, _StreamBase):
    """A streamed chat completion: iterate it for :class:`ChatCompletionChunk` objects.

    Use it in a ``with`` block (or call :meth:`close`) so that leaving early releases
    the connection. See the module docs of ``moonshot._streams.chat_stream`` for resume.
    """

    _chunks: Generator[ChatCompletionChunk, None, None]

    def __init__(
        self,
        client: SyncBaseClient,
        op: Operation[Any],
        *,
        resume: bool = False,
        max_resumes: int = DEFAULT_MAX_RESUMES,
    ) -> None:
        self._client = client
        self._op = op
        self._core = core = _StreamCore(
            op.kwargs["json"], resume=resume, max_resumes=max_resumes, client=client, op=op
        )
        self._open(client, op)
        chunks = self._iterate()
        self._chunks = _stopping_watch(chunks, core.watch) if core.watch.active else chunks

    def _iterate(self) -> Generator[ChatCompletionChunk, None, None]:
        core = self._core
        watch = core.watch
        while True:
            response = core.response
            assert response is not None
            failure: BaseException | None = None
            idle = watch.idle is not None
            watch.start(response)
            try:
                for data in paced(decoded(response, PASSING), watch):
                    if idle:
                        for chunk in core.feed(data):
                            watch.pause()
                            yield chunk
                            watch.touch()
                    else:
                        yield from core.feed(data)
                    if core.error is not None:
                        core.raise_error()
                    core.check_held()
            except _BODY_ERRORS as error:
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
                return
            try:
                core.response = self._client._send(
                    _resend(self._op, body), stream=True, deadline_at=core.deadline_at
                )
            except APIError as error:
                raise core.interrupted(f"resuming failed: {error}") from error

    def __iter__(self) -> Iterator[ChatCompletionChunk]:
        return self._chunks

    def __next__(self) -> ChatCompletionChunk:
        return next(self._chunks)

    def text_deltas(self) -> Iterator[str]:
        """The content pieces of the first choice, as they arrive (empty pieces skipped)."""
        for chunk in self._chunks:
            for choice in chunk.choices:
                content = choice.delta.content
                if choice.index == 0 and content and type(content) is str:
                    yield content

    def get_final_completion(self) -> ChatCompletionResponse:
        """Read the rest of the stream; the completion assembled from all its chunks."""
        for _ in self._chunks:
            pass
        if not self._core.complete:
            raise self._core.closed_early()
        return self.current_completion()


class AsyncChatCompletionStream(AsyncClosing, _StreamBase):
    """The async twin of :class:`ChatCompletionStream`: ``async for``, ``async with``."""

    _chunks: AsyncGenerator[ChatCompletionChunk, None]

    def __init__(
        self,
        client: AsyncBaseClient,
        op: Operation[Any],
        *,
        resume: bool = False,
        max_resumes: int = DEFAULT_MAX_RESUMES,
    ) -> None:
        self._client = client
        self._op = op
        self._core = _StreamCore(
            op.kwargs["json"], resume=resume, max_resumes=max_resumes, client=client, op=op
        )
        self._chunks = self._iterate()

    async def _iterate(self) -> AsyncGenerator[ChatCompletionChunk, None]:
        core = self._core
        while True:
            response = core.response
            assert response is not None
            failure: BaseException | None = None
            watch = core.watch
            idle = watch.idle is not None
            try:
                async for data in apaced(adecoded(response, PASSING), watch):
                    for chunk in core.feed(data):
                        if idle:
                            watch.pause()
                        yield chunk
                        if idle:
                            watch.touch()
                    if core.error is not None:
                        core.raise_error()
                    core.check_held()
            except _BODY_ERRORS as error:
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
                return
            try:
                core.response = await self._client._send(
                    _resend(self._op, body), stream=True, deadline_at=core.deadline_at
                )
            except APIError as error:
                raise core.interrupted(f"resuming failed: {error}") from error

    def __aiter__(self) -> AsyncIterator[ChatCompletionChunk]:
        return self._chunks

    async def __anext__(self) -> ChatCompletionChunk:
        return await anext(self._chunks)

    async def text_deltas(self) -> AsyncIterator[str]:
        """The content pieces of the first choice, as they arrive (empty pieces skipped)."""
        async for chunk in self._chunks:
            for choice in chunk.choices:
                content = choice.delta.content
                if choice.index == 0 and content and type(content) is str:
                    yield content

    async def get_final_completion(self) -> ChatCompletionResponse:
        """Read the rest of the stream; the completion assembled from all its chunks."""
        async for _ in self._chunks:
            pass
        if not self._core.complete:
            raise self._core.closed_early()
        return self.current_completion()


async def open_async_stream(
    client: AsyncBaseClient, op: Operation[Any], *, resume: bool, max_resumes: int
) -> AsyncChatCompletionStream:
    """Send the request and return the stream once the status line is known to be 2xx."""
    return await AsyncChatCompletionStream(
        client, op, resume=resume, max_resumes=max_resumes
    )._start()
