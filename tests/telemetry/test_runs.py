"""``run_tools``: an ``invoke_agent`` span with its model calls and an ``execute_tool`` span
per tool call under it; ``create_many``: a span for the run, its requests under it, and
its progress as a metric. Sync and async."""

from __future__ import annotations

from typing import Any

import moonshot
import pytest
from agent._models import thinking_params, thinking_tool_model
from many_requests.conftest import make_requests
from moonshot.testing import LocalMoonshot
from opentelemetry.trace import SpanKind, StatusCode

from .conftest import Otel

STEPS = "Use get_weather and get_time for Oslo, then summarize_report"


def get_weather(city: str) -> dict[str, Any]:
    """The weather in a city right now."""
    return {"city": city, "temp_c": 12}


def get_time(city: str) -> str:
    """The local time in a city."""
    return f"10:00 in {city}"


def summarize_report(text: str) -> str:
    """Summarise a report."""
    return f"summary of {text}"


def _run_kwargs() -> dict[str, Any]:
    model = thinking_tool_model()
    return {
        "model": model,
        "messages": [{"role": "user", "content": STEPS}],
        "tools": [get_weather, get_time, summarize_report],
        **thinking_params(model),
    }


def _children(spans: list[Any], parent: Any) -> list[Any]:
    return [s for s in spans if s.parent is not None and s.parent.span_id == parent.context.span_id]


def _check_agent_tree(otel: Otel, steps: int) -> None:
    spans = otel.spans()
    [run] = [span for span in spans if span.name == "invoke_agent run_tools"]
    assert run.kind is SpanKind.INTERNAL
    attributes = dict(run.attributes or {})
    assert attributes["gen_ai.operation.name"] == "invoke_agent"
    assert attributes["gen_ai.request.model"] == thinking_tool_model()
    assert run.context is not None
    children = [
        s for s in spans if s.parent is not None and s.parent.span_id == run.context.span_id
    ]
    chats = [s for s in children if s.name.startswith("chat ")]
    tools = [s for s in children if s.name.startswith("execute_tool ")]
    assert len(chats) == steps
    assert sorted(s.name for s in tools) == [
        "execute_tool get_time",
        "execute_tool get_weather",
        "execute_tool summarize_report",
    ]
    for tool in tools:
        found = dict(tool.attributes or {})
        assert found["gen_ai.operation.name"] == "execute_tool"
        assert found["gen_ai.tool.name"] == tool.name.removeprefix("execute_tool ")
        assert found["gen_ai.tool.call.id"]
    assert len(children) == len(spans) - 1  # nothing outside the run


def test_run_tools_spans(client: moonshot.Moonshot, otel: Otel) -> None:
    result = client.chat.completions.run_tools(**_run_kwargs())
    _check_agent_tree(otel, result.steps)


@pytest.mark.anyio
async def test_async_run_tools_spans(aclient: moonshot.AsyncMoonshot, otel: Otel) -> None:
    result = await aclient.chat.completions.run_tools(**_run_kwargs())
    _check_agent_tree(otel, result.steps)


def test_a_tool_that_raises_marks_its_span(client: moonshot.Moonshot, otel: Otel) -> None:
    def get_weather(city: str) -> str:
        """The weather in a city right now."""
        raise RuntimeError(f"no data for {city}")

    kwargs = _run_kwargs()
    kwargs["tools"] = [get_weather, get_time, summarize_report]
    client.chat.completions.run_tools(**kwargs)
    [failed] = [s for s in otel.spans() if s.name == "execute_tool get_weather"]
    assert dict(failed.attributes or {})["error.type"] == "builtins.RuntimeError"
    assert failed.status.status_code is StatusCode.ERROR


def _check_many_tree(otel: Otel, count: int, failed: int = 0) -> None:
    spans = otel.spans()
    [run] = [span for span in spans if span.name == "create_many"]
    assert run.context is not None
    requests = [
        s for s in spans if s.parent is not None and s.parent.span_id == run.context.span_id
    ]
    assert len(requests) >= count
    assert all(s.name.startswith("chat ") and s.kind is SpanKind.CLIENT for s in requests)
    assert len(spans) == len(requests) + 1
    found = dict(run.attributes or {})
    assert found["moonshot.many.ok"] == count - failed
    assert found["moonshot.many.errors"] == failed
    progress = otel.metrics()["moonshot.many.results"]
    by_outcome = {
        dict(p.attributes)["moonshot.many.outcome"]: p.value for p in progress.data.data_points
    }
    assert by_outcome.get("ok", 0) == count - failed
    assert by_outcome.get("error", 0) == failed


def test_create_many_spans_and_progress(client: moonshot.Moonshot, otel: Otel) -> None:
    results = list(client.chat.completions.create_many(make_requests(6), max_concurrency=3))
    assert len(results) == 6
    _check_many_tree(otel, 6)
    usage = [dict(s.attributes or {}).get("gen_ai.usage.input_tokens") for s in otel.spans()]
    assert sum(1 for u in usage if u) == 6  # each request's span read its answer


@pytest.mark.anyio
async def test_async_create_many_spans(aclient: moonshot.AsyncMoonshot, otel: Otel) -> None:
    results = [r async for r in aclient.chat.completions.create_many(make_requests(5))]
    assert len(results) == 5
    _check_many_tree(otel, 5)


def test_create_many_counts_failures(
    client: moonshot.Moonshot, otel: Otel, server: LocalMoonshot
) -> None:
    server.faults.fail_next(status=400, path="/v1/chat/completions")
    results = list(client.chat.completions.create_many(make_requests(4), max_concurrency=1))
    assert sum(1 for r in results if not r.ok) == 1
    _check_many_tree(otel, 4, failed=1)
    errors = [s for s in otel.spans() if dict(s.attributes or {}).get("error.type") == "400"]
    assert len(errors) == 1


def test_streamed_run_tools_spans(client: moonshot.Moonshot, otel: Otel) -> None:
    stream = client.chat.completions.run_tools(**_run_kwargs(), stream=True)
    chunks = list(stream)
    assert chunks and stream.result is not None
    _check_agent_tree(otel, stream.result.steps)


@pytest.mark.anyio
async def test_async_streamed_run_tools_spans(aclient: moonshot.AsyncMoonshot, otel: Otel) -> None:
    stream = await aclient.chat.completions.run_tools(**_run_kwargs(), stream=True)
    result = await stream.until_done()
    _check_agent_tree(otel, result.steps)


def test_a_streamed_run_left_early_ends_its_span(client: moonshot.Moonshot, otel: Otel) -> None:
    stream = client.chat.completions.run_tools(**_run_kwargs(), stream=True)
    chunks = iter(stream)  # the run's generator
    next(chunks)
    chunks.close()  # type: ignore[attr-defined]
    [run] = [s for s in otel.spans() if s.name == "invoke_agent run_tools"]
    assert run.status.status_code is StatusCode.UNSET
    assert "error.type" not in dict(run.attributes or {})
