"""``client.chat.completions.run_tools``: the tool loop against the local server (and a
scripted transport where the server cannot produce the case, e.g. an empty
``reasoning_content``)."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from typing import Annotated, Any

import anyio
import httpx2
import moonshot
import pytest
from moonshot.agents import MaxStepsExceededError, ToolRunStream
from moonshot.testing import LocalMoonshot

from ._models import plain_tool_request, thinking_params, thinking_tool_model
from .conftest import KEY

STEPS = "Use get_weather and get_time for Oslo, then summarize_report"


def get_weather(city: Annotated[str, "The city to look up"]) -> dict[str, Any]:
    """The weather in a city right now."""
    return {"city": city, "temp_c": 12}


def get_time(city: str) -> str:
    """The local time in a city.

    Args:
        city: The city name.
    """
    return f"10:00 in {city}"


def summarize_report(text: str) -> str:
    """Summarise a report."""
    return f"summary of {text}"


class Recorder:
    """Keeps every response body the client receives, as decoded JSON."""

    def __init__(self) -> None:
        self.bodies: list[Any] = []

    def __call__(self, response: httpx2.Response) -> None:
        response.read()
        if response.request.url.path.endswith("/chat/completions"):
            self.bodies.append(json.loads(response.content))


@pytest.fixture
def recorded(server: LocalMoonshot) -> Iterator[tuple[moonshot.Moonshot, Recorder]]:
    recorder = Recorder()
    http = httpx2.Client(event_hooks={"response": [recorder]})
    with moonshot.Moonshot(base_url=server.url, api_key=KEY, http_client=http) as client:
        yield client, recorder
    http.close()


def _sent(server: LocalMoonshot) -> list[dict[str, Any]]:
    return [r.json for r in server.requests if r.json is not None]


def test_multi_step_parallel_calls_on_a_thinking_model(
    server: LocalMoonshot, recorded: tuple[moonshot.Moonshot, Recorder]
) -> None:
    client, recorder = recorded
    thinking = thinking_params(thinking_tool_model())
    result = client.chat.completions.run_tools(
        model=thinking_tool_model(),
        messages=[{"role": "user", "content": STEPS}],
        tools=[get_weather, get_time, summarize_report],
        **thinking,
    )
    assert result.steps == 3
    roles = [m["role"] for m in result.messages]
    assert roles == ["user", "assistant", "tool", "tool", "assistant", "tool", "assistant"]
    first_calls = result.messages[1]["tool_calls"]
    assert [c["function"]["name"] for c in first_calls] == ["get_weather", "get_time"]
    assert json.loads(result.messages[2]["content"]) == {"city": "Oslo", "temp_c": 12}
    assert result.messages[3]["content"] == "10:00 in Oslo"
    assert [m["tool_call_id"] for m in result.messages[2:4]] == [c["id"] for c in first_calls]
    assert result.content is not None and "summary of" in result.content
    # Every assistant turn went back exactly as received: same JSON, same key order.
    sent = _sent(server)
    assert len(sent) == 3 == len(recorder.bodies)
    for step in range(2):
        received = recorder.bodies[step]["choices"][0]["message"]
        assert "reasoning_content" in received
        echoed = [m for m in sent[step + 1]["messages"] if m["role"] == "assistant"][step]
        assert json.dumps(echoed) == json.dumps(received)
    assert sent[-1]["messages"] == result.messages[:-1]
    assert all({k: body[k] for k in thinking} == thinking for body in sent)


def test_the_server_refuses_a_tool_turn_without_reasoning_content(
    client: moonshot.Moonshot,
) -> None:
    thinking = thinking_params(thinking_tool_model())
    result = client.chat.completions.run_tools(
        model=thinking_tool_model(),
        messages=[{"role": "user", "content": "Use get_weather for Oslo"}],
        tools=[get_weather],
        **thinking,
    )
    # What frameworks do wrong, replayed by hand: the API's documented 400.
    dropped = [{k: v for k, v in m.items() if k != "reasoning_content"} for m in result.messages]
    with pytest.raises(moonshot.BadRequestError, match="reasoning_content is missing"):
        client.chat.completions.create(model=thinking_tool_model(), messages=dropped, **thinking)
    renamed = [dict(m) for m in result.messages]
    renamed[2]["tool_call_id"] = "call_rewritten"
    with pytest.raises(moonshot.BadRequestError, match="tool_call_id"):
        client.chat.completions.create(model=thinking_tool_model(), messages=renamed)


def _scripted(turns: list[dict[str, Any]], seen: list[Any]) -> httpx2.MockTransport:
    """A transport answering chat requests with ``turns`` (assistant messages) in order."""

    def answer(request: httpx2.Request) -> httpx2.Response:
        seen.append(json.loads(request.content))
        message = turns[len(seen) - 1]
        finish = "tool_calls" if message.get("tool_calls") else "stop"
        body = {
            "id": f"cmpl-{len(seen)}",
            "object": "chat.completion",
            "created": 1,
            "model": "scripted",
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        }
        return httpx2.Response(200, json=body)

    return httpx2.MockTransport(answer)


def _call(call_id: str, name: str, arguments: str) -> dict[str, Any]:
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}


def _scripted_client(turns: list[dict[str, Any]], seen: list[Any]) -> moonshot.Moonshot:
    http = httpx2.Client(transport=_scripted(turns, seen))
    return moonshot.Moonshot(base_url="http://127.0.0.1:9/v1", api_key=KEY, http_client=http)


def test_empty_reasoning_content_and_odd_ids_are_kept() -> None:
    tool_turn = {
        "role": "assistant",
        "content": "",
        "reasoning_content": "",
        "tool_calls": [_call("functions.get_time:0", "get_time", '{"city": "Lima"}')],
        "x_unknown": {"kept": True},
    }
    seen: list[Any] = []
    client = _scripted_client([tool_turn, {"role": "assistant", "content": "done"}], seen)
    result = client.chat.completions.run_tools(
        model=thinking_tool_model(), messages=[{"role": "user", "content": "t"}], tools=[get_time]
    )
    assert result.content == "done"
    assert seen[1]["messages"][1] == tool_turn
    assert seen[1]["messages"][2] == {
        "role": "tool",
        "tool_call_id": "functions.get_time:0",
        "name": "get_time",
        "content": "10:00 in Lima",
    }


def test_a_tool_that_raises_becomes_a_tool_message_or_raises() -> None:
    def broken(city: str) -> str:
        raise RuntimeError(f"no data for {city}")

    call = _call("c1", "broken", '{"city": "Rome"}')
    turns = [
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {"role": "assistant", "content": "sorry"},
    ]
    seen: list[Any] = []
    result = _scripted_client(turns, seen).chat.completions.run_tools(
        **plain_tool_request(), messages=[{"role": "user", "content": "x"}], tools=[broken]
    )
    assert result.messages[2]["content"] == "Error: RuntimeError: no data for Rome"
    seen.clear()
    with pytest.raises(RuntimeError, match="no data for Rome") as caught:
        _scripted_client(turns, seen).chat.completions.run_tools(
            **plain_tool_request(),
            messages=[{"role": "user", "content": "x"}],
            tools=[broken],
            raise_tool_errors=True,
        )
    assert "broken" in " ".join(caught.value.__notes__)
    assert len(seen) == 1


def test_bad_arguments_and_unknown_tools_become_tool_messages() -> None:
    turns = [
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                _call("a", "get_time", '{"town": "Rome"}'),
                _call("b", "no_such_tool", "{}"),
                _call("c", "get_time", "{not json"),
            ],
        },
        {"role": "assistant", "content": "ok"},
    ]
    seen: list[Any] = []
    result = _scripted_client(turns, seen).chat.completions.run_tools(
        **plain_tool_request(), messages=[{"role": "user", "content": "x"}], tools=[get_time]
    )
    contents = [m["content"] for m in result.messages[2:5]]
    assert "town: unexpected argument" in contents[0] and "city: required" in contents[0]
    assert "unable to find tool by name 'no_such_tool'" in contents[1]
    assert "not valid JSON" in contents[2]


def test_max_steps_raises_with_the_transcript(client: moonshot.Moonshot) -> None:
    with pytest.raises(MaxStepsExceededError) as caught:
        client.chat.completions.run_tools(
            **plain_tool_request(),
            messages=[{"role": "user", "content": STEPS}],
            tools=[get_weather, get_time, summarize_report],
            max_steps=2,
        )
    error = caught.value
    assert error.max_steps == 2
    assert [m["role"] for m in error.messages] == ["user", "assistant", "tool", "tool", "assistant"]
    assert "summarize_report" in str(error)
    assert error.messages[-1]["tool_calls"][0]["function"]["name"] == "summarize_report"


def test_web_search_runs_through_the_runner(client: moonshot.Moonshot) -> None:
    result = client.chat.completions.run_tools(
        **plain_tool_request(),
        messages=[{"role": "user", "content": "Please search for Context Caching"}],
        tools=[moonshot.web_search_tool(), get_weather],
    )
    call = result.messages[1]["tool_calls"][0]
    assert call["function"]["name"] == "$web_search"
    assert result.messages[2]["content"] == call["function"]["arguments"]
    assert result.content is not None and "Context Caching - Kimi API" in result.content


def test_stream_yields_chunks_across_steps(
    server: LocalMoonshot, client: moonshot.Moonshot
) -> None:
    stream = client.chat.completions.run_tools(
        model=thinking_tool_model(),
        messages=[{"role": "user", "content": STEPS}],
        tools=[get_weather, get_time, summarize_report],
        stream=True,
    )
    assert isinstance(stream, ToolRunStream)
    chunks = list(stream)
    assert len({chunk.id for chunk in chunks}) == 3  # three completions, one run
    result = stream.result
    assert result is not None and result.steps == 3
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert result.content is not None and text.endswith(result.content)
    reasoning = [m.get("reasoning_content") for m in result.messages if m["role"] == "assistant"]
    assert all(reasoning)
    assert _sent(server)[-1]["messages"] == result.messages[:-1]


def test_run_tools_checks_its_arguments_before_sending(
    server: LocalMoonshot, client: moonshot.Moonshot
) -> None:
    declaration = {"type": "function", "function": {"name": "f", "parameters": {}}}
    cases: list[tuple[dict[str, Any], str]] = [
        ({"tools": [declaration]}, "nothing to run"),
        ({"tools": [get_time], "max_steps": 0}, "max_steps"),
        ({"tools": [get_time], "n": 2}, "n must be 1"),
        ({"tools": [get_time, get_time]}, "two tools"),
    ]
    for kwargs, fragment in cases:
        with pytest.raises(moonshot.ValidationError, match=fragment):
            client.chat.completions.run_tools(
                **plain_tool_request(), messages=[{"role": "user", "content": "x"}], **kwargs
            )
    assert not server.requests


@pytest.mark.anyio
async def test_async_parallel_calls_run_concurrently(
    server: LocalMoonshot, aclient: moonshot.AsyncMoonshot
) -> None:
    # Each tool waits until the other has started: only concurrent calls can finish.
    started = {"get_weather": anyio.Event(), "get_time": anyio.Event()}

    def both(name: str, other: str) -> Callable[..., Any]:
        async def tool(city: str) -> str:
            started[name].set()
            with anyio.fail_after(5):
                await started[other].wait()
            return f"{name} for {city}"

        tool.__name__ = name
        return tool

    result = await aclient.chat.completions.run_tools(
        model=thinking_tool_model(),
        messages=[{"role": "user", "content": "Use get_weather and get_time for Oslo"}],
        tools=[both("get_weather", "get_time"), both("get_time", "get_weather")],
    )
    assert result.steps == 2
    assert [m["content"] for m in result.messages[2:4]] == [
        "get_weather for Oslo",
        "get_time for Oslo",
    ]


@pytest.mark.anyio
async def test_async_sync_tools_run_in_threads_concurrently(
    aclient: moonshot.AsyncMoonshot,
) -> None:
    barrier = threading.Barrier(2, timeout=5)

    def get_weather(city: str) -> str:
        barrier.wait()
        return "sunny"

    def get_time(city: str) -> str:
        barrier.wait()
        return "noon"

    result = await aclient.chat.completions.run_tools(
        **plain_tool_request(),
        messages=[{"role": "user", "content": "Use get_weather and get_time for Oslo"}],
        tools=[get_weather, get_time],
    )
    assert [m["content"] for m in result.messages[2:4]] == ["sunny", "noon"]


@pytest.mark.anyio
async def test_async_stream_across_steps(aclient: moonshot.AsyncMoonshot) -> None:
    stream = await aclient.chat.completions.run_tools(
        model=thinking_tool_model(),
        messages=[{"role": "user", "content": STEPS}],
        tools=[get_weather, get_time, summarize_report],
        stream=True,
    )
    ids = {chunk.id async for chunk in stream}
    assert len(ids) == 3
    assert stream.result is not None and stream.result.steps == 3


@pytest.mark.anyio
async def test_async_raise_tool_errors_raises_the_tools_own_exception(
    aclient: moonshot.AsyncMoonshot,
) -> None:
    async def get_weather(city: str) -> str:
        raise KeyError(city)

    with pytest.raises(KeyError, match="Oslo") as caught:
        await aclient.chat.completions.run_tools(
            **plain_tool_request(),
            messages=[{"role": "user", "content": "Use get_weather and get_time for Oslo"}],
            tools=[get_weather, get_time],
            raise_tool_errors=True,
        )
    assert "get_weather" in " ".join(caught.value.__notes__)


async def _weather_later(city: str) -> str:
    await anyio.sleep(0)
    return f"sunny in {city}"


def _sync_run_with_an_async_tool(client: moonshot.Moonshot) -> Any:
    return client.chat.completions.run_tools(
        **plain_tool_request(),
        messages=[{"role": "user", "content": "Use get_weather for Oslo"}],
        tools=[_weather_later],
    )


def test_the_sync_runner_runs_an_async_tool(client: moonshot.Moonshot) -> None:
    result = _sync_run_with_an_async_tool(client)
    assert "sunny in Oslo" in [m.get("content") for m in result.messages]


@pytest.mark.anyio
async def test_the_sync_runner_runs_an_async_tool_inside_a_running_loop(
    client: moonshot.Moonshot,
) -> None:
    """A notebook or an async caller using the sync client: no loop can run inside this
    one, so the tool gets a thread and a loop of its own."""
    result = _sync_run_with_an_async_tool(client)
    assert "sunny in Oslo" in [m.get("content") for m in result.messages]
