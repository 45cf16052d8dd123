"""The OpenTelemetry spans and metrics of a chat call and of a stream (docs/telemetry.md).

.venv/bin/python examples/telemetry_spans.py

Runs against a local server with the SDK's in-memory exporter and metric reader, and
prints each span (name, kind, parent, attributes, events) and each metric point.
"""

from __future__ import annotations

import json
from typing import Any

from _common import MODEL
from moonshot import Moonshot
from moonshot.testing import LocalMoonshot
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

ASK = [{"role": "user", "content": "How far away is the moon?"}]


def show_span(span: Any) -> None:
    took = (span.end_time - span.start_time) / 1e6
    print(
        f"{span.name}  kind={span.kind.name}  {took:.1f} ms  status={span.status.status_code.name}"
    )
    for key, value in (span.attributes or {}).items():
        print(f"    {key} = {json.dumps(list(value) if isinstance(value, tuple) else value)}")
    for event in span.events:
        print(f"    event {event.name} {dict(event.attributes or {})}")


def main() -> None:
    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    reader = InMemoryMetricReader()
    meter_provider = MeterProvider(metric_readers=[reader])
    with (
        LocalMoonshot() as server,
        Moonshot(
            base_url=server.url,
            api_key="sk-example",
            tracer_provider=tracer_provider,
            meter_provider=meter_provider,
        ) as client,
    ):
        server.faults.fail_next(status=429, retry_after_ms=0)  # one retry, shown as an event
        client.chat.completions.create(model=MODEL, messages=ASK, max_tokens=64)
        with client.chat.completions.create(model=MODEL, messages=ASK, stream=True) as stream:
            stream.get_final_completion()
    print("--- spans")
    for span in exporter.get_finished_spans():
        show_span(span)
    print("--- metrics")
    data = reader.get_metrics_data()
    assert data is not None
    for resource in data.resource_metrics:
        for scope in resource.scope_metrics:
            for metric in scope.metrics:
                for point in metric.data.data_points:
                    attributes = dict(point.attributes or {})
                    kind = attributes.get("gen_ai.token.type", "")
                    figures = f"count={point.count}  sum={point.sum:.4g}"
                    print(f"{metric.name} [{metric.unit}] {kind}  {figures}")


if __name__ == "__main__":
    main()
