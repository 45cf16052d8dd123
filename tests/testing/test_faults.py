"""Fault injection: each knob does what it says, and the client reacts as designed."""

from __future__ import annotations

import json

import httpx2
import moonshot
import pytest
import spec_facts as facts
from moonshot.testing import LocalMoonshot

from .conftest import KEY

MODEL = facts.plain_model()

USER = [{"role": "user", "content": "hello there"}]


def _statuses(server: LocalMoonshot) -> list[int]:
    return [r.status for r in server.requests]


def test_fail_next_then_the_client_retry_succeeds(
    server: LocalMoonshot, client: moonshot.Moonshot
) -> None:
    server.faults.fail_next(2, status=503, retry_after=0)
    assert client.models.list().data
    assert _statuses(server) == [503, 503, 200]
    assert server.faults.pending == 0


def test_failures_beyond_the_retry_budget_surface(server: LocalMoonshot) -> None:
    server.faults.fail_next(3, status=500, message="engine is overloaded")
    with (
        moonshot.Moonshot(
            strict_responses=True, base_url=server.url, api_key=KEY, max_retries=2
        ) as c,
        pytest.raises(moonshot.InternalServerError, match="engine is overloaded") as caught,
    ):
        c.chat.completions.create(model=MODEL, messages=USER)
    assert caught.value.status_code == 500 and caught.value.type == "server_error"
    assert _statuses(server) == [500, 500, 500]


def test_retry_after_headers(http: httpx2.Client, server: LocalMoonshot) -> None:
    server.faults.fail_next(status=429, retry_after=7)
    server.faults.fail_next(status=429, retry_after_ms=250, path="/v1/users")
    limited = http.get("/v1/models")
    assert limited.status_code == 429 and limited.headers["retry-after"] == "7"
    assert limited.json()["error"]["type"] == "rate_limit_reached_error"
    ms = http.get("/v1/users/me/balance")
    assert ms.status_code == 429 and ms.headers["retry-after-ms"] == "250"
    assert http.get("/v1/models").status_code == 200


def test_path_filter_and_count_none(http: httpx2.Client, server: LocalMoonshot) -> None:
    server.faults.fail_next(None, status=502, path="/v1/chat/completions")
    assert http.get("/v1/models").status_code == 200
    for _ in range(3):
        reply = http.post("/v1/chat/completions", json={"model": MODEL, "messages": USER})
        assert reply.status_code == 502
    server.faults.clear()
    reply = http.post("/v1/chat/completions", json={"model": MODEL, "messages": USER})
    assert reply.status_code == 200


def test_delay_makes_the_client_time_out_once(server: LocalMoonshot) -> None:
    server.faults.delay(1.0)
    with moonshot.Moonshot(
        strict_responses=True, base_url=server.url, api_key=KEY, max_retries=0, timeout=0.2
    ) as c:
        with pytest.raises(moonshot.APITimeoutError):
            c.models.list()
        assert c.models.list().data  # the delay applied to one request only


def test_drop_stream_after_k_chunks(http: httpx2.Client, server: LocalMoonshot) -> None:
    server.faults.drop_stream_after(3)
    assert http.get("/v1/models").status_code == 200  # not a stream: the rule waits
    assert server.faults.pending == 1
    received = []
    body = {"model": MODEL, "messages": USER, "stream": True}
    with (
        pytest.raises(httpx2.RemoteProtocolError),
        http.stream("POST", "/v1/chat/completions", json=body) as response,
    ):
        for line in response.iter_lines():
            if line:
                received.append(json.loads(line.removeprefix("data: ")))
    assert len(received) == 3
    assert server.faults.pending == 0


def test_malformed_body(
    server: LocalMoonshot, client: moonshot.Moonshot, http: httpx2.Client
) -> None:
    server.faults.malformed_next()
    with pytest.raises(moonshot.APIResponseValidationError):
        client.chat.completions.create(model=MODEL, messages=USER)
    server.faults.malformed_next(path="/v1/models")
    raw = http.get("/v1/models")
    assert raw.status_code == 200
    with pytest.raises(ValueError):
        raw.json()


def test_malformed_stream_event(http: httpx2.Client, server: LocalMoonshot) -> None:
    server.faults.malformed_next()
    body = {"model": MODEL, "messages": USER, "stream": True}
    with http.stream("POST", "/v1/chat/completions", json=body) as response:
        lines = [line for line in response.iter_lines() if line]
    assert lines[-1] == "data: [DONE]"
    with pytest.raises(ValueError):
        json.loads(lines[0].removeprefix("data: "))


def test_count_must_be_positive(server: LocalMoonshot) -> None:
    with pytest.raises(ValueError, match="count"):
        server.faults.fail_next(0)
