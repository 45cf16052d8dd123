"""The benchmark server and report: they must count and compare correctly, or the numbers lie."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
import spec_facts as facts

from bench import report
from bench.common import BenchServer, Sample
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
    with httpx.Client(base_url=server.api_url) as client:
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
    with httpx.Client(base_url=server.api_url) as client:
        sized = client.post("/files", content=payload)
        assert sized.json()["bytes"] == len(payload)
        chunked = client.post("/files", content=iter([payload[:5], payload[5:]]))
        assert chunked.json()["bytes"] == len(payload)


def test_report_ratios_and_target_verdicts() -> None:
    results = report.Results()
    for client, cpu in (("moonshot", 1.3), ("raw httpx", 1.0), ("moonshot", 1.1)):
        results.add(Sample("chat-sync", client, wall=1.0, cpu=cpu, units=1000))
    cpu_per = report.cpu_per("req")
    assert results.median("chat-sync", "moonshot", cpu_per) == pytest.approx(1200.0)
    target = report.Target("t", "chat-sync", "moonshot", cpu_per, "raw httpx", 1.2, True)
    assert target.check(results) == ("1.20x raw httpx", "met")
    strict = report.Target("t", "chat-sync", "moonshot", cpu_per, "raw httpx", 1.1, True)
    assert strict.check(results)[1] == "**missed**"
    table = report.Table("chat-sync", "T", (cpu_per,), (cpu_per,), ("raw httpx",))
    assert f"| moonshot | 1,200.0 (1,100.0{report.DASH}1,300.0) | 1.20x |" in report.render_table(
        results, table
    )
