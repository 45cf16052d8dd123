"""Spans and metrics through OpenTelemetry: imported on a client's first traced call only.

Follows the GenAI semantic conventions of semantic-conventions 1.44.0 (:data:`SCHEMA_URL`):
one CLIENT span per call named ``{gen_ai.operation.name} {gen_ai.request.model}``, the
``gen_ai.client.operation.duration``, ``gen_ai.client.token.usage`` and
``gen_ai.client.operation.time_to_first_chunk`` histograms with their bucket boundaries,
``invoke_agent`` / ``execute_tool`` spans for ``run_tools``. Kimi's own figures go under
``moonshot.``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import AsyncIterator, Iterator
from contextvars import Token
from types import TracebackType
from typing import Any

import httpx2
from opentelemetry import context as otel_context
from opentelemetry import metrics, trace
from opentelemetry.trace import SpanKind, Status, StatusCode

from .._defaults import VERSION
from .._errors import APIStatusError, RateLimitInfo, request_id_of
from .attributes import PROVIDER, input_messages, output_messages, request_attributes
from .attributes import result_attributes as _result_attributes
from .current import CURRENT
from .names import operation_name
from .response_info import remember_response
from .runtime import NO_CALL
from .shapes import SentOperation, StreamState
from .spans import CURRENT_AGENT, NO_SPAN

__all__ = ["CAPTURE_CONTENT_ENV", "SCHEMA_URL", "Call", "Instruments"]

logger = logging.getLogger("moonshot")

SCHEMA_URL = "https://opentelemetry.io/schemas/1.44.0"
SCOPE = "moonshot"
CAPTURE_CONTENT_ENV = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"
# The conventions' advice for the seconds and token histograms.
SECONDS_BUCKETS = tuple(0.01 * 2**power for power in range(14))  # 0.01, 0.02 ... 81.92
TOKEN_BUCKETS = tuple(float(4**power) for power in range(14))  # 1, 4, 16 ... 67108864


def _capture_content() -> bool:
    return os.environ.get(CAPTURE_CONTENT_ENV, "").strip().lower() in ("true", "1")


def _error_type(error: BaseException) -> str:
    """``error.type``: the status code of an HTTP error, else the exception's class."""
    if isinstance(error, APIStatusError):
        return str(error.status_code)
    kind = type(error)
    module = "moonshot" if kind.__module__.startswith("moonshot.") else kind.__module__
    return f"{module}.{kind.__qualname__}"


def _server(base_url: str) -> dict[str, Any]:
    url = httpx2.URL(base_url)
    port = url.port or (443 if url.scheme == "https" else 80)
    return {"server.address": url.host, "server.port": port}


def _is_noop_meters(provider: Any) -> bool:
    # The API's own providers (the no-op one, and the stand-in used until one is set).
    return type(provider).__module__.startswith("opentelemetry.metrics")


class Instruments:
    """The tracer, the meter's instruments and the server of one client."""

    def __init__(self, tracer_provider: Any, meter_provider: Any, base_url: str) -> None:
        self.traces_given = tracer_provider is not None
        self.meters_given = meter_provider is not None
        self.tracer = trace.get_tracer(SCOPE, VERSION, tracer_provider, schema_url=SCHEMA_URL)
        meter = metrics.get_meter(SCOPE, VERSION, meter_provider, schema_url=SCHEMA_URL)
        self.duration = meter.create_histogram(
            "gen_ai.client.operation.duration",
            unit="s",
            description="GenAI operation duration.",
            explicit_bucket_boundaries_advisory=SECONDS_BUCKETS,
        )
        self.tokens = meter.create_histogram(
            "gen_ai.client.token.usage",
            unit="{token}",
            description="Number of input and output tokens used.",
            explicit_bucket_boundaries_advisory=TOKEN_BUCKETS,
        )
        self.first_chunk = meter.create_histogram(
            "gen_ai.client.operation.time_to_first_chunk",
            unit="s",
            description="Time to receive the first chunk of a stream.",
            explicit_bucket_boundaries_advisory=SECONDS_BUCKETS,
        )
        self.many_results = meter.create_counter(
            "moonshot.many.results",
            unit="{request}",
            description="create_many results handed out, by outcome (ok or error).",
        )
        self.server = _server(base_url)

    def tracing(self) -> bool:
        if self.traces_given:
            return True
        provider = trace.get_tracer_provider()
        return not isinstance(provider, (trace.ProxyTracerProvider, trace.NoOpTracerProvider))

    def metering(self) -> bool:
        return self.meters_given or not _is_noop_meters(metrics.get_meter_provider())

    def start(self, op: SentOperation, stream: bool) -> Any:
        tracing, metering = self.tracing(), self.metering()
        if not (tracing or metering):
            return NO_CALL
        try:
            return Call(self, op, stream, tracing, metering)
        except Exception as problem:  # reporting never breaks a call
            logger.debug("telemetry: could not start a span: %r", problem)
            return NO_CALL

    # -- runs ----------------------------------------------------------------------------

    def many(self, results: Any, model: str | None) -> Any:
        tracing, metering = self.tracing(), self.metering()
        if not (tracing or metering):
            return results
        run = ManyRun(self, model, tracing)
        if hasattr(results, "__anext__"):
            return run.watch_async(results)
        return run.watch_sync(results)

    def agent(self, model: str) -> Any:
        return AgentRun(self, model) if self.tracing() else NO_SPAN

    def agent_stream(self, chunks: Any, model: str) -> Any:
        if not self.tracing():
            return chunks
        run = AgentRun(self, model)
        return run.watch_async(chunks) if hasattr(chunks, "__anext__") else run.watch_sync(chunks)


class Call:
    """One traced call: its span (when traced), its timing and its metrics."""

    def __init__(
        self,
        instruments: Instruments,
        op: SentOperation,
        stream: bool,
        tracing: bool,
        metering: bool,
    ) -> None:
        self.instruments = instruments
        self.metering = metering
        kwargs = op.kwargs
        name, self.genai = operation_name(
            str(kwargs.get("method", "")).upper(), str(kwargs.get("url", ""))
        )
        body = kwargs.get("json")
        self.body: dict[str, Any] = body if isinstance(body, dict) else {}
        model = self.body.get("model")
        self.common: dict[str, Any] = {
            "gen_ai.operation.name": name,
            "gen_ai.provider.name": PROVIDER,
            **instruments.server,
        }
        if isinstance(model, str):
            self.common["gen_ai.request.model"] = model
        self.capture = self.genai and _capture_content()
        self.span: trace.Span | None = None
        if tracing:
            attributes = dict(self.common)
            if self.genai:
                attributes.update(request_attributes(self.body))
                if stream:
                    attributes["gen_ai.request.stream"] = True
                messages = input_messages(self.body) if self.capture else None
                if messages is not None:
                    attributes["gen_ai.input.messages"] = messages
            span = instruments.tracer.start_span(
                f"{name} {model}" if isinstance(model, str) else name,
                kind=SpanKind.CLIENT,
                attributes=attributes,
            )
            self.span = span if span.is_recording() else None
        self.retries = 0
        self.first: float | None = None
        self.ended = False
        self.started = time.perf_counter()
        self.token: Token[Any] | None = CURRENT.set(self)

    def _reset(self) -> None:
        token, self.token = self.token, None
        if token is not None:
            with contextlib.suppress(ValueError):  # ended in another context
                CURRENT.reset(token)

    # -- what the transport tells --------------------------------------------------------

    def retry(self, attempt: int, reason: str, wait: float) -> None:
        self.retries += 1
        if self.span is not None:
            self.span.add_event(
                "moonshot.retry",
                {
                    "moonshot.retry.attempt": attempt,
                    "moonshot.retry.reason": reason,
                    "moonshot.retry.wait_s": wait,
                },
            )

    # -- a call answered whole -----------------------------------------------------------

    def done(self, result: Any, response: httpx2.Response) -> Any:
        remember_response(result, response)
        self._finish(result, response, None)
        return result

    def received(self, response: httpx2.Response) -> None:
        """An answer read whole by its caller (``create_many``): its JSON body is the result."""
        body: Any = None
        if self.genai:
            try:
                body = response.json()
            except ValueError:
                body = None
        self._finish(body, response, None)

    def wrote(self, written: int) -> None:
        """A body its caller wrote somewhere (a download) came whole: ``written`` bytes."""
        self._finish(None, None, None, {"moonshot.download.bytes": written})

    def failed(self, error: BaseException) -> None:
        response = getattr(error, "response", None)
        self._finish(None, response if isinstance(response, httpx2.Response) else None, error)

    def _finish(
        self,
        result: Any,
        response: httpx2.Response | None,
        error: BaseException | None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        if self.ended:
            return
        self.ended = True
        self._reset()
        seconds = time.perf_counter() - self.started
        attributes: dict[str, Any] = {}
        usage: tuple[int | None, int | None] = (None, None)
        try:  # reporting never breaks a call: an answer it cannot read reports less
            if response is not None:
                attributes.update(_response_attributes(response))
            if result is not None and self.genai:
                found, usage = _result_attributes(result)
                attributes.update(found)
                output = output_messages(result) if self.capture else None
                if output is not None:
                    attributes["gen_ai.output.messages"] = output
        except Exception as problem:
            logger.debug("telemetry: could not read the answer: %r", problem)
        if extra:
            attributes.update(extra)
        if self.retries:
            attributes["moonshot.retries"] = self.retries
        error_type = _error_type(error) if error is not None else None
        if error_type is not None:
            attributes["error.type"] = error_type
        span = self.span
        if span is not None:
            span.set_attributes(attributes)
            if error is not None:
                span.set_status(Status(StatusCode.ERROR, f"{type(error).__name__}: {error}"))
            span.end()
        if self.metering:
            self._record(seconds, attributes.get("gen_ai.response.model"), error_type, usage)

    def _record(
        self,
        seconds: float,
        response_model: Any,
        error_type: str | None,
        usage: tuple[int | None, int | None],
    ) -> None:
        common = self.common
        if isinstance(response_model, str):
            common = {**common, "gen_ai.response.model": response_model}
        tokens = self.instruments.tokens
        for kind, count in zip(("input", "output"), usage, strict=True):
            if count is not None:
                tokens.record(count, {**common, "gen_ai.token.type": kind})
        if error_type is not None:
            common = {**common, "error.type": error_type}
        self.instruments.duration.record(seconds, common)

    # -- a stream ------------------------------------------------------------------------

    def opening(self, core: StreamState) -> Call:
        return self

    def __enter__(self) -> None:
        pass

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if error is not None:
            self.failed(error)
        else:
            self._reset()  # sent: its retries are over (a resume is not one of them)

    def watch(self, chunks: Any, core: StreamState) -> Any:
        if hasattr(chunks, "__anext__"):
            return self._watch_async(chunks, core)
        return self._watch_sync(chunks, core)

    def _first_chunk(self) -> None:
        self.first = time.perf_counter()
        if self.metering:
            self.instruments.first_chunk.record(self.first - self.started, self.common)

    def _watch_sync(self, chunks: Iterator[Any], core: StreamState) -> Iterator[Any]:
        error: BaseException | None = None
        try:
            for item in chunks:
                if self.first is None:
                    self._first_chunk()
                yield item
        except BaseException as caught:
            error = caught
            raise
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()
            self.stream_ended(core, error)

    async def _watch_async(
        self, chunks: AsyncIterator[Any], core: StreamState
    ) -> AsyncIterator[Any]:
        error: BaseException | None = None
        try:
            async for item in chunks:
                if self.first is None:
                    self._first_chunk()
                yield item
        except BaseException as caught:
            error = caught
            raise
        finally:
            close = getattr(chunks, "aclose", None)
            if close is not None:
                await close()
            self.stream_ended(core, error)

    def resuming(self, core: StreamState, failure: BaseException | None) -> None:
        """The stream broke and is resumed by a new request (``resume=True``)."""
        if self.span is not None:
            reason = type(failure).__name__ if failure is not None else "ended early"
            self.span.add_event(
                "moonshot.stream.resume",
                {
                    "moonshot.stream.resume.number": core.resumes,
                    "moonshot.stream.resume.reason": reason,
                    "moonshot.stream.chunks": core.count(),
                },
            )

    def closed(self, core: StreamState) -> None:
        """``close()`` of the stream: ends the span if reading never ended it."""
        self.stream_ended(core, GeneratorExit())

    def stream_ended(self, core: StreamState, error: BaseException | None) -> None:
        if self.ended:
            return
        extra: dict[str, Any] = {"moonshot.stream.resumes": core.resumes}
        with contextlib.suppress(Exception):
            extra["moonshot.stream.chunks"] = core.count()
        if isinstance(error, GeneratorExit):
            if not core.complete:
                extra["moonshot.stream.closed_early"] = True
            error = None
        if self.first is not None:
            extra["gen_ai.response.time_to_first_chunk"] = self.first - self.started
        self._finish(core.partial(), core.response, error, extra)


def _response_attributes(response: httpx2.Response) -> dict[str, Any]:
    found: dict[str, Any] = {"http.response.status_code": response.status_code}
    request_id = request_id_of(response)
    if request_id:
        found["moonshot.request_id"] = request_id
    limits = RateLimitInfo.from_headers(response.headers)
    if limits is not None and limits.remaining is not None:
        found["moonshot.rate_limit.remaining"] = limits.remaining
    return found


class ManyRun:
    """``create_many``: a span for the run (its requests' spans under it) and the results
    counted by outcome as they are handed out."""

    def __init__(self, instruments: Instruments, model: str | None, tracing: bool) -> None:
        self.instruments = instruments
        attributes: dict[str, Any] = {"gen_ai.provider.name": PROVIDER, **instruments.server}
        if model:
            attributes["gen_ai.request.model"] = model
        self.attributes = attributes
        self.span = (
            instruments.tracer.start_span(
                "create_many", kind=SpanKind.INTERNAL, attributes=attributes
            )
            if tracing
            else None
        )
        self.context = trace.set_span_in_context(self.span) if self.span is not None else None
        self.counts = {"ok": 0, "error": 0}

    def _count(self, result: Any) -> None:
        outcome = "error" if getattr(result, "error", None) is not None else "ok"
        self.counts[outcome] += 1
        self.instruments.many_results.add(1, {**self.attributes, "moonshot.many.outcome": outcome})

    def _end(self, error: BaseException | None) -> None:
        span = self.span
        if span is None:
            return
        span.set_attributes(
            {"moonshot.many.ok": self.counts["ok"], "moonshot.many.errors": self.counts["error"]}
        )
        if error is not None and not isinstance(error, GeneratorExit):
            span.set_attribute("error.type", _error_type(error))
            span.set_status(Status(StatusCode.ERROR, f"{type(error).__name__}: {error}"))
        span.end()

    def watch_sync(self, results: Iterator[Any]) -> Iterator[Any]:
        error: BaseException | None = None
        try:
            while True:
                token = otel_context.attach(self.context) if self.context is not None else None
                try:
                    result = next(results)
                except StopIteration:
                    return
                finally:
                    if token is not None:
                        otel_context.detach(token)
                self._count(result)
                yield result
        except BaseException as caught:
            error = caught
            raise
        finally:
            close = getattr(results, "close", None)
            if close is not None:
                close()
            self._end(error)

    async def watch_async(self, results: AsyncIterator[Any]) -> AsyncIterator[Any]:
        error: BaseException | None = None
        try:
            while True:
                token = otel_context.attach(self.context) if self.context is not None else None
                try:
                    result = await results.__anext__()
                except StopAsyncIteration:
                    return
                finally:
                    if token is not None:
                        otel_context.detach(token)
                self._count(result)
                yield result
        except BaseException as caught:
            error = caught
            raise
        finally:
            close = getattr(results, "aclose", None)
            if close is not None:
                await close()
            self._end(error)


class AgentRun:
    """``run_tools``: an ``invoke_agent`` span, current while the run goes on, with an
    ``execute_tool {name}`` span per tool call under it."""

    def __init__(self, instruments: Instruments, model: str) -> None:
        self.instruments = instruments
        self.model = model
        self.span: trace.Span | None = None
        self._tokens: tuple[Any, Any] | None = None

    def _start(self) -> None:
        attributes = {
            "gen_ai.operation.name": "invoke_agent",
            "gen_ai.provider.name": PROVIDER,
            "gen_ai.agent.name": "run_tools",
            "gen_ai.request.model": self.model,
            **self.instruments.server,
        }
        self.span = self.instruments.tracer.start_span(
            "invoke_agent run_tools", kind=SpanKind.INTERNAL, attributes=attributes
        )

    def _step_in(self) -> tuple[Any, Any]:
        """Make the run current (its spans' parent, the tool calls' run)."""
        assert self.span is not None
        return otel_context.attach(trace.set_span_in_context(self.span)), CURRENT_AGENT.set(self)

    @staticmethod
    def _step_out(tokens: tuple[Any, Any]) -> None:
        otel_context.detach(tokens[0])
        CURRENT_AGENT.reset(tokens[1])

    def _end(self, error: BaseException | None) -> None:
        span = self.span
        if span is not None:
            if error is not None and not isinstance(error, GeneratorExit):
                span.set_attribute("error.type", _error_type(error))
                span.set_status(Status(StatusCode.ERROR, f"{type(error).__name__}: {error}"))
            span.end()

    def __enter__(self) -> AgentRun:
        self._start()
        self._tokens = self._step_in()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._tokens is not None:
            self._step_out(self._tokens)
        self._end(error)

    def watch_sync(self, chunks: Iterator[Any]) -> Iterator[Any]:
        """``run_tools(stream=True)``: the run is current while each chunk is made only
        (a generator must not leave it current in its caller's context between chunks)."""
        self._start()
        error: BaseException | None = None
        try:
            while True:
                tokens = self._step_in()
                try:
                    chunk = next(chunks)
                except StopIteration:
                    return
                finally:
                    self._step_out(tokens)
                yield chunk
        except BaseException as caught:
            error = caught
            raise
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()
            self._end(error)

    async def watch_async(self, chunks: AsyncIterator[Any]) -> AsyncIterator[Any]:
        """:meth:`watch_sync` for the async run stream."""
        self._start()
        error: BaseException | None = None
        try:
            while True:
                tokens = self._step_in()
                try:
                    chunk = await chunks.__anext__()
                except StopAsyncIteration:
                    return
                finally:
                    self._step_out(tokens)
                yield chunk
        except BaseException as caught:
            error = caught
            raise
        finally:
            close = getattr(chunks, "aclose", None)
            if close is not None:
                await close()
            self._end(error)

    def tool(self, name: str, call_id: str | None) -> ToolSpan:
        return ToolSpan(self, name, call_id)


class ToolSpan:
    """``execute_tool {name}``: one tool call of a ``run_tools`` run."""

    def __init__(self, run: AgentRun, name: str, call_id: str | None) -> None:
        self.run = run
        self.name = name
        self.call_id = call_id
        self.span: trace.Span | None = None

    def __enter__(self) -> ToolSpan:
        attributes: dict[str, Any] = {
            "gen_ai.operation.name": "execute_tool",
            "gen_ai.provider.name": PROVIDER,
            "gen_ai.tool.name": self.name,
            "gen_ai.tool.type": "function",
        }
        if self.call_id:
            attributes["gen_ai.tool.call.id"] = self.call_id
        parent = trace.set_span_in_context(self.run.span) if self.run.span is not None else None
        self.span = self.run.instruments.tracer.start_span(
            f"execute_tool {self.name}", parent, kind=SpanKind.INTERNAL, attributes=attributes
        )
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        span = self.span
        if span is None:
            return
        if error is not None:
            span.set_attribute("error.type", _error_type(error))
            span.set_status(Status(StatusCode.ERROR, f"{type(error).__name__}: {error}"))
        span.end()
