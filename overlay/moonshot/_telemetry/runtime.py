"""What a client holds for telemetry, and the calls it starts (no OpenTelemetry import here).

:func:`telemetry` gives :data:`OFF` when ``opentelemetry-api`` is not installed and no
provider was passed: its calls only keep :func:`~.response_info.response_of` working.
Otherwise a :class:`Telemetry` imports OpenTelemetry on its first call (never at
``import moonshot`` or client construction) and reports through the providers given,
else the global ones; with neither configured a call costs a few checks.
"""

from __future__ import annotations

import importlib.util
import time
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import httpx2

from .response_info import remember_response
from .shapes import SentOperation, StreamState
from .spans import Quiet

if TYPE_CHECKING:
    from .otel import Instruments

__all__ = ["NO_CALL", "OFF", "NoCall", "Off", "Telemetry", "telemetry", "telemetry_of"]

T = TypeVar("T")
# How long an untraced client goes before asking again whether a global provider was set.
RECHECK_SECONDS = 0.1
It = TypeVar("It", Iterator[Any], AsyncIterator[Any])


class NoCall(Quiet):
    """A call nobody traces: it keeps where results came from, nothing more."""

    __slots__ = ()

    def done(self, result: T, response: httpx2.Response) -> T:
        remember_response(result, response)
        return result

    def failed(self, error: BaseException) -> None:
        pass

    def received(self, response: httpx2.Response) -> None:
        pass

    def wrote(self, written: int) -> None:
        pass

    def opening(self, core: StreamState) -> NoCall:
        return self

    def watch(self, chunks: It, core: StreamState) -> It:
        return chunks

    def closed(self, core: StreamState) -> None:
        pass

    def resuming(self, core: StreamState, failure: BaseException | None) -> None:
        pass


NO_CALL = NoCall()


class Off:
    """Telemetry when OpenTelemetry is not installed: nothing but ``response_of``."""

    __slots__ = ()

    def start(self, op: SentOperation, *, stream: bool = False) -> NoCall:
        return NO_CALL

    def many(self, results: It, model: str | None = None) -> It:
        return results

    def agent(self, model: str) -> Any:
        from .spans import NO_SPAN

        return NO_SPAN

    def agent_stream(self, chunks: It, model: str) -> It:
        return chunks


OFF = Off()


class Telemetry:
    """OpenTelemetry reporting for one client (and its ``with_options`` copies)."""

    def __init__(self, tracer_provider: Any, meter_provider: Any, base_url: str) -> None:
        self.tracer_provider = tracer_provider
        self.meter_provider = meter_provider
        self.base_url = base_url
        self._instruments: Instruments | None = None
        # Until then, no global provider was configured when last looked (see start).
        self._quiet_until = 0.0

    @property
    def instruments(self) -> Instruments:
        found = self._instruments
        if found is None:
            from .otel import Instruments  # OpenTelemetry is imported here, on first use

            found = self._instruments = Instruments(
                self.tracer_provider, self.meter_provider, self.base_url
            )
        return found

    def start(self, op: SentOperation, *, stream: bool = False) -> Any:
        """The call ``op`` starts: a traced one when a provider is configured.

        Asking OpenTelemetry for the global providers costs more than the rest of an
        untraced call's telemetry, so while none is configured it is asked again only
        after :data:`RECHECK_SECONDS` (a provider set later is used from then on).
        """
        if self._quiet_until and time.monotonic() < self._quiet_until:
            return NO_CALL
        call = self.instruments.start(op, stream)
        if call is NO_CALL:
            self._quiet_until = time.monotonic() + RECHECK_SECONDS
        return call

    def many(self, results: It, model: str | None = None) -> It:
        """``create_many``'s results, under a span for the run, counted as they come."""
        found: It = self.instruments.many(results, model)
        return found

    def agent(self, model: str) -> Any:
        """The span of a ``run_tools`` run (its tool calls and model calls go under it)."""
        return self.instruments.agent(model)

    def agent_stream(self, chunks: It, model: str) -> It:
        """``run_tools(stream=True)``'s chunks, under the span of the run."""
        found: It = self.instruments.agent_stream(chunks, model)
        return found


_installed: bool | None = None


def _otel_installed() -> bool:
    global _installed
    if _installed is None:
        _installed = importlib.util.find_spec("opentelemetry") is not None
    return _installed


def telemetry(tracer_provider: Any, meter_provider: Any, base_url: str) -> Telemetry | Off:
    """What a client built with these providers reports through."""
    if tracer_provider is None and meter_provider is None and not _otel_installed():
        return OFF
    return Telemetry(tracer_provider, meter_provider, base_url)


def telemetry_of(resource: object) -> Telemetry | Off:
    """The telemetry of a resource's client (:data:`OFF` when it has none)."""
    found = getattr(resource, "telemetry", OFF)
    return found if isinstance(found, Telemetry | Off) else OFF
