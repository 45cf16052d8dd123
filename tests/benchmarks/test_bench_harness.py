"""The benchmark server and report: they must count and compare correctly, or the numbers lie."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest
import spec_facts as facts

from bench import report
from bench.common import BenchServer, Sample
from bench.scenarios import imports
from bench.server import stream_events

MODEL = facts.plain_model()


@pytest.fixture(scope="module")
def server() -> Iterator[BenchServer]:
    with BenchServer(stream_chunks=7) as running:
        yield running


def test_stream_has_the_configured_chunks_then_done() -> None:
    events = stream_events(7).decode().split("\n\n")
    data = [e.removeprefix("data: ") for e in events if e]
    assert data[-1] == "[DONE]"
    chunks = [json.loads(d) for d in data[:-1]]
    assert len(chunks) == 7
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"


def test_server_streams_and_answers_on_one_connection(server: BenchServer) -> None:
    with httpx2.Client(base_url=server.api_url) as client:
        plain = client.post("/chat/completions", json={"model": MODEL, "messages": []})
        assert plain.json()["object"] == "chat.completion"
        streamed = client.post("/chat/completions", json={"stream": True})
        assert streamed.headers["content-type"] == "text/event-stream"
        assert streamed.text.count("data: ") == 8  # 7 chunks and [DONE]
        again = client.post("/chat/completions", json={})
        assert again.json()["id"] == "cmpl-bench"
        assert client.get("/nowhere").status_code == 404


def test_upload_sink_counts_length_and_chunked_bodies(server: BenchServer) -> None:
    payload = b"x" * 300_001
    with httpx2.Client(base_url=server.api_url) as client:
        sized = client.post("/files", content=payload)
        assert sized.json()["bytes"] == len(payload)
        chunked = client.post("/files", content=iter([payload[:5], payload[5:]]))
        assert chunked.json()["bytes"] == len(payload)


def test_report_ratios_and_target_verdicts() -> None:
    results = report.Results()
    for client, cpu in (("moonshot", 1.3), ("raw httpx2", 1.0), ("moonshot", 1.1)):
        results.add(Sample("chat-sync", client, wall=1.0, cpu=cpu, units=1000))
    cpu_per = report.cpu_per("req")
    assert results.median("chat-sync", "moonshot", cpu_per) == pytest.approx(1200.0)
    target = report.Target("t", "chat-sync", "moonshot", cpu_per, "raw httpx2", 1.2, True)
    assert target.check(results) == ("1.20x raw httpx2", "met")
    strict = report.Target("t", "chat-sync", "moonshot", cpu_per, "raw httpx2", 1.1, True)
    assert strict.check(results)[1] == "**missed**"
    table = report.Table("chat-sync", "T", (cpu_per,), (cpu_per,), ("raw httpx2",))
    assert f"| moonshot | 1,200.0 (1,100.0{report.DASH}1,300.0) | 1.20x |" in report.render_table(
        results, table
    )


def test_import_from_source_runs_moonshot_from_a_copy_without_bytecode() -> None:
    env = imports.environment(imports.FROM_SOURCE)
    try:
        assert env is not None and env["PYTHONDONTWRITEBYTECODE"] == "1"
        copy = Path(env["PYTHONPATH"])
        code = "import moonshot, moonshot_openapi as g; print(moonshot.__file__, g.__file__)"
        found = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
        ).stdout.split()
        assert [Path(f).is_relative_to(copy) for f in found] == [True, True]
        sample = imports.measure(imports.FROM_SOURCE)
        assert sample.client == imports.FROM_SOURCE and sample.wall > 0
        assert not list(copy.rglob("__pycache__"))  # still compiled in every process
        assert imports.environment("moonshot") is None
    finally:
        imports.cleanup()
    assert not copy.exists()
