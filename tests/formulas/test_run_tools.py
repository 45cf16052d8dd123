"""``moonshot.formula(uri)`` in ``run_tools``: beside Python functions and built-in tools."""

from __future__ import annotations

import moonshot
import pytest
import spec_facts as facts
from moonshot.testing import LocalMoonshot

from . import _facts

PROTECTED = next(f for f in _facts.official() if f.get("protected"))
CODE = _facts.running_code()[0]


def get_weather(city: str) -> str:
    """The weather in a city.

    Args:
        city: The city's name.
    """
    return f"sunny in {city}"


def _tool_turns(messages: list[dict[str, object]]) -> list[dict[str, object]]:
    return [m for m in messages if m.get("role") == "tool"]


def test_a_formula_and_a_function_in_one_run(
    client: moonshot.Moonshot, server: LocalMoonshot
) -> None:
    result = client.chat.completions.run_tools(
        model=facts.first_model(),
        messages=[{"role": "user", "content": "base64 then get weather in Oslo"}],
        tools=[moonshot.formula("base64"), get_weather],
    )
    names = [m["name"] for m in _tool_turns(result.messages)]
    assert names == ["base64", "get_weather"]
    assert _tool_turns(result.messages)[1]["content"] == "sunny in Oslo"
    sent = server.requests
    assert [r.method for r in sent if r.path.endswith("/tools")] == ["GET"]  # once per run
    assert sum(r.path.endswith("/fibers") for r in sent) == 1
    chat = next(r for r in sent if r.path == "/v1/chat/completions")
    offered = [t["function"]["name"] for t in chat.json["tools"]]
    assert offered == ["base64", "get_weather"]  # in the order given
    assert result.content


def test_encrypted_output_goes_back_unchanged(client: moonshot.Moonshot) -> None:
    result = client.chat.completions.run_tools(
        model=facts.first_model(),
        messages=[{"role": "user", "content": "What drives the tides of the moon?"}],
        tools=[moonshot.formula(PROTECTED["uri"])],
    )
    content = str(_tool_turns(result.messages)[0]["content"])
    assert content.startswith("----MOONSHOT ENCRYPTED BEGIN----")
    assert content.endswith("----MOONSHOT ENCRYPTED END----")


def test_a_failed_fiber_is_a_tool_message_the_model_reads(client: moonshot.Moonshot) -> None:
    result = client.chat.completions.run_tools(
        model=facts.first_model(),
        messages=[{"role": "user", "content": "run some code"}],
        tools=[moonshot.formula(CODE["uri"])],
        raise_tool_errors=True,  # a failed fiber is an answer, not an exception
    )
    content = str(_tool_turns(result.messages)[0]["content"])
    assert content.startswith("Error: ") and "does not run code" in content
    assert "does not run code" in (result.content or "")


@pytest.mark.anyio
async def test_async_run_with_a_formula_and_a_function(aclient: moonshot.AsyncMoonshot) -> None:
    result = await aclient.chat.completions.run_tools(
        model=facts.first_model(),
        messages=[{"role": "user", "content": "date then get weather in Rome"}],
        tools=[moonshot.formula("date"), get_weather],
    )
    assert [m["name"] for m in _tool_turns(result.messages)] == ["date", "get_weather"]


def test_stream_runs_formulas_too(client: moonshot.Moonshot) -> None:
    stream = client.chat.completions.run_tools(
        model=facts.first_model(),
        messages=[{"role": "user", "content": "mew please"}],
        tools=[moonshot.formula("mew")],
        stream=True,
    )
    result = stream.until_done()
    assert [m["name"] for m in _tool_turns(result.messages)] == ["mew"]


def test_a_name_twice_across_formula_and_function_is_an_error_naming_both(
    client: moonshot.Moonshot, server: LocalMoonshot
) -> None:
    def date(day: str) -> str:
        """A clash with the date formula's tool."""
        return day

    with pytest.raises(moonshot.ValidationError) as raised:
        client.chat.completions.run_tools(
            model=facts.first_model(),
            messages=[{"role": "user", "content": "hi"}],
            tools=[date, moonshot.formula("date")],
        )
    message = str(raised.value)
    assert "tools[0] (Python function)" in message
    assert "tools[1] (formula moonshot/date:latest)" in message
    assert not any(r.path == "/v1/chat/completions" for r in server.requests)


def test_a_name_twice_across_functions_and_builtins_fails_before_sending(
    client: moonshot.Moonshot, server: LocalMoonshot
) -> None:
    for tools in (
        [get_weather, get_weather],
        [moonshot.web_search_tool(), moonshot.web_search_tool()],
        [moonshot.formula("date"), moonshot.formula("moonshot/date:latest")],
    ):
        with pytest.raises(moonshot.ValidationError, match=r"tools\[1\]") as raised:
            client.chat.completions.run_tools(
                model=facts.first_model(), messages=[{"role": "user", "content": "hi"}], tools=tools
            )
        assert "tools[0]" in str(raised.value)
    assert server.requests == []


def test_a_bad_formula_uri_fails_at_once() -> None:
    with pytest.raises(moonshot.ValidationError) as raised:
        moonshot.formula("a/b/c")
    assert raised.value.field == "uri"
