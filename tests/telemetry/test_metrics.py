"""The conventions' metrics: names, units, attributes and bucket boundaries, and the time
to the first chunk of streams."""

from __future__ import annotations

from typing import Any

import moonshot
import pytest
import spec_facts as facts
from moonshot.testing import LocalMoonshot

from .conftest import Otel

MODEL = facts.plain_model()
ASK = [{"role": "user", "content": "Hello"}]
# The GenAI conventions' advice for gen_ai.client.* histograms.
SECONDS = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92]
TOKENS = [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216]
TOKENS.append(67108864)


def _points(metric: Any) -> list[Any]:
    return list(metric.data.data_points)


def test_duration_and_token_usage_of_a_chat_call(
    client: moonshot.Moonshot, otel: Otel, server: LocalMoonshot
) -> None:
    result = client.chat.completions.create(model=MODEL, messages=ASK, max_tokens=20)
    metrics = otel.metrics()
    duration = metrics["gen_ai.client.operation.duration"]
    assert duration.unit == "s"
    [point] = _points(duration)
    assert list(point.explicit_bounds) == pytest.approx(SECONDS)
    assert point.count == 1 and 0 < point.sum < 10
    assert dict(point.attributes) == {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "moonshot_ai",
        "gen_ai.request.model": MODEL,
        "gen_ai.response.model": MODEL,
        "server.address": server.host,
        "server.port": server.port,
    }
    tokens = metrics["gen_ai.client.token.usage"]
    assert tokens.unit == "{token}"
    by_type = {dict(p.attributes)["gen_ai.token.type"]: p for p in _points(tokens)}
    assert by_type["input"].sum == result.usage.prompt_tokens
    assert by_type["output"].sum == result.usage.completion_tokens
    assert list(by_type["input"].explicit_bounds) == TOKENS


def test_a_failed_call_is_measured_with_its_error_type(
    client: moonshot.Moonshot, otel: Otel, server: LocalMoonshot
) -> None:
    server.faults.fail_next(status=400)
    with pytest.raises(moonshot.BadRequestError):
        client.chat.completions.create(model=MODEL, messages=ASK, max_tokens=20)
    [point] = _points(otel.metrics()["gen_ai.client.operation.duration"])
    assert dict(point.attributes)["error.type"] == "400"
    assert "gen_ai.client.token.usage" not in otel.metrics()


def test_time_to_first_chunk_of_a_stream(client: moonshot.Moonshot, otel: Otel) -> None:
    list(client.chat.completions.create(model=MODEL, messages=ASK, stream=True))
    metric = otel.metrics()["gen_ai.client.operation.time_to_first_chunk"]
    assert metric.unit == "s"
    [point] = _points(metric)
    assert point.count == 1 and point.sum > 0
    assert list(point.explicit_bounds) == pytest.approx(SECONDS)
    [duration] = _points(otel.metrics()["gen_ai.client.operation.duration"])
    assert duration.sum >= point.sum


@pytest.mark.anyio
async def test_async_calls_are_measured(aclient: moonshot.AsyncMoonshot, otel: Otel) -> None:
    await aclient.chat.completions.create(model=MODEL, messages=ASK, max_tokens=20)
    await aclient.models.list()
    points = _points(otel.metrics()["gen_ai.client.operation.duration"])
    assert sorted(dict(p.attributes)["gen_ai.operation.name"] for p in points) == [
        "chat",
        "list_models",
    ]


def test_metrics_without_tracing(server: LocalMoonshot, otel: Otel) -> None:
    with moonshot.Moonshot(
        base_url=server.url, api_key="sk-x", meter_provider=otel.meter_provider
    ) as client:
        client.chat.completions.create(model=MODEL, messages=ASK, max_tokens=20)
    assert "gen_ai.client.operation.duration" in otel.metrics()
    assert otel.spans() == []
