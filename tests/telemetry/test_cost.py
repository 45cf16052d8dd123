"""Free when unused: nothing of OpenTelemetry is imported when it is not installed, nor
before a client's first call when it is; the global providers are used when configured,
even after the client was built. (The CPU figures are in bench/telemetry.py.)"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import moonshot
from moonshot._telemetry.runtime import NO_CALL, OFF, Telemetry
from moonshot.testing import LocalMoonshot

from .conftest import KEY


def _run(code: str, url: str = "") -> str:
    program = textwrap.dedent(code).replace("URL", url).replace("KEY", KEY)
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_importing_and_building_a_client_imports_no_opentelemetry() -> None:
    out = _run(
        """
        import sys
        import moonshot
        client = moonshot.Moonshot(api_key="KEY")
        client.chat.completions
        print(sorted(name for name in sys.modules if name.startswith("opentelemetry")))
        """
    )
    assert out.strip() == "[]"


def test_without_opentelemetry_calls_work_and_import_nothing(server: LocalMoonshot) -> None:
    out = _run(
        """
        import sys
        sys.modules["opentelemetry"] = None  # as if it were not installed
        import moonshot
        from moonshot._telemetry.runtime import OFF
        client = moonshot.Moonshot(api_key="KEY", base_url="URL")
        result = client.models.list()
        for _ in client.chat.completions.create(
            model=result.data[0].id, messages=[{"role": "user", "content": "hi"}], stream=True
        ):
            pass
        assert client._telemetry is OFF
        assert moonshot.response_of(result).status_code == 200
        print([n for n, m in sys.modules.items() if n.startswith("opentelemetry") and m])
        """,
        server.url,
    )
    assert out.strip() == "[]"


def test_installed_but_unconfigured_makes_no_call_objects(server: LocalMoonshot) -> None:
    with moonshot.Moonshot(base_url=server.url, api_key=KEY) as client:
        assert isinstance(client._telemetry, Telemetry)
        op = client.models._op("models.list_models")
        assert client._telemetry.start(op) is NO_CALL
        assert client._telemetry.start(op) is NO_CALL  # and the next asks nobody
        client.models.list()


def test_the_global_providers_are_used_even_when_set_later(server: LocalMoonshot) -> None:
    out = _run(
        """
        import time
        import moonshot
        from opentelemetry import trace, metrics
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import SimpleSpanProcessor
        from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
        from opentelemetry.sdk.metrics import MeterProvider
        from opentelemetry.sdk.metrics.export import InMemoryMetricReader

        client = moonshot.Moonshot(api_key="KEY", base_url="URL")
        client.models.list()  # nothing configured yet
        exporter = InMemorySpanExporter()
        provider = TracerProvider()
        provider.add_span_processor(SimpleSpanProcessor(exporter))
        trace.set_tracer_provider(provider)
        reader = InMemoryMetricReader()
        metrics.set_meter_provider(MeterProvider(metric_readers=[reader]))
        time.sleep(0.2)
        client.files.list()
        print([span.name for span in exporter.get_finished_spans()])
        names = [
            m.name
            for r in reader.get_metrics_data().resource_metrics
            for s in r.scope_metrics
            for m in s.metrics
        ]
        print(names)
        """,
        server.url,
    )
    spans, metric_names = out.strip().splitlines()
    assert spans == "['list_files']"
    assert "gen_ai.client.operation.duration" in metric_names


def test_off_is_what_a_client_without_opentelemetry_holds() -> None:
    op_kwargs = {"method": "get", "url": "/v1/models"}
    from moonshot._http.base_client import Operation

    op = Operation(op_kwargs, lambda response: response)
    assert OFF.start(op) is NO_CALL
    results = iter([1, 2])
    assert OFF.many(results) is results
