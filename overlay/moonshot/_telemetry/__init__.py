"""OpenTelemetry spans and metrics for every call, and ``response_of`` for every result.

Nothing here imports OpenTelemetry: :mod:`.otel` does, on a client's first call, and
only when ``opentelemetry-api`` is installed (the ``otel`` extra) or providers are passed.
docs/telemetry.md says what is reported.
"""
