"""Fixtures for the telemetry tests: the SDK's in-memory span exporter and metric reader,
and clients bound to the local server that report to them (never the global providers)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import moonshot
import pytest
from moonshot.testing import LocalMoonshot
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from testing.conftest import KEY, server  # noqa: F401 - fixture, registered by import

__all__ = ["KEY", "Otel"]


@dataclass
class Otel:
    """The providers a test's clients report to, and what they received."""

    exporter: InMemorySpanExporter
    tracer_provider: TracerProvider
    reader: InMemoryMetricReader
    meter_provider: MeterProvider

    def spans(self) -> list[ReadableSpan]:
        return list(self.exporter.get_finished_spans())

    def span(self, name: str) -> ReadableSpan:
        found = [span for span in self.spans() if span.name == name]
        assert len(found) == 1, [span.name for span in self.spans()]
        return found[0]

    def metrics(self) -> dict[str, Any]:
        """Metric name -> its metric (the last collection)."""
        data = self.reader.get_metrics_data()
        found: dict[str, Any] = {}
        if data is None:
            return found
        for resource in data.resource_metrics:
            for scope in resource.scope_metrics:
                for metric in scope.metrics:
                    found[metric.name] = metric
        return found

    def options(self) -> dict[str, Any]:
        return {"tracer_provider": self.tracer_provider, "meter_provider": self.meter_provider}


@pytest.fixture
def otel() -> Iterator[Otel]:
    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    reader = InMemoryMetricReader()
    meter_provider = MeterProvider(metric_readers=[reader])
    yield Otel(exporter, tracer_provider, reader, meter_provider)
    tracer_provider.shutdown()
    meter_provider.shutdown()


@pytest.fixture
def client(server: LocalMoonshot, otel: Otel) -> Iterator[moonshot.Moonshot]:  # noqa: F811
    with moonshot.Moonshot(base_url=server.url, api_key=KEY, **otel.options()) as c:
        yield c


@pytest.fixture
async def aclient(server: LocalMoonshot, otel: Otel) -> AsyncIterator[moonshot.AsyncMoonshot]:  # noqa: F811
    async with moonshot.AsyncMoonshot(base_url=server.url, api_key=KEY, **otel.options()) as c:
        yield c
