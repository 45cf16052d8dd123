"""``MOONSHOT_DEMO_TRACE=1``: print the span of every call the demo makes (console exporter)."""

from __future__ import annotations

import os
from typing import Any


def _line(span: Any) -> str:
    took = (span.end_time - span.start_time) / 1e6
    attributes = dict(span.attributes or {})
    shown = {k: v for k, v in attributes.items() if not k.startswith("server.")}
    events = [event.name for event in span.events]
    return (
        f"  [span] {span.name} ({span.kind.name}, {took:.1f} ms)"
        + (f" events={events}" if events else "")
        + f"\n         {shown}\n"
    )


def trace_to_console() -> None:
    """With MOONSHOT_DEMO_TRACE set, a global tracer provider printing each span as it ends."""
    if not os.environ.get("MOONSHOT_DEMO_TRACE"):
        return
    try:
        from opentelemetry import trace
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import ConsoleSpanExporter, SimpleSpanProcessor
    except ImportError:
        print("MOONSHOT_DEMO_TRACE: install opentelemetry-sdk to see the spans")
        return
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(ConsoleSpanExporter(formatter=_line)))
    trace.set_tracer_provider(provider)
