"""Built-in tools: ``$web_search`` declared, checked, mixed with functions, and a full
round trip against the local server the way Moonshot's guide runs it."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import moonshot
import pytest
from moonshot.testing import LocalMoonshot
from moonshot.testing._tokens import count_messages

from ._models import plain_tool_request, thinking_tool_request

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}
QUESTION = [{"role": "user", "content": "Please search for Moonshot AI Context Caching"}]


def test_web_search_tool_builds_the_documented_declaration() -> None:
    assert moonshot.web_search_tool() == {
        "type": "builtin_function",
        "function": {"name": "$web_search"},
    }
    # Each call builds a fresh dict: editing one does not change the next.
    first = moonshot.web_search_tool()
    first["function"]["name"] = "changed"
    assert moonshot.web_search_tool()["function"]["name"] == "$web_search"


@pytest.mark.parametrize(
    ("tool", "field", "fragment"),
    [
        ({"type": "builtin_function", "function": {"name": "web_search"}},
         "tools[0].function.name", "does not match the pattern"),
        ({"type": "builtin_function", "function": {}}, "tools[0].function.name", "required"),
        ({"type": "builtin_function"}, "tools[0].function", "required"),
        ({"type": "function", "function": {"name": "$web_search", "parameters": {}}},
         "tools[0].function.name", "does not match the pattern"),
        ({"type": "plugin", "function": {"name": "$web_search"}},
         "tools[0].type", "builtin_function"),
    ],
)  # fmt: skip
def test_bad_builtin_declarations_are_refused_before_sending(
    server: LocalMoonshot, client: moonshot.Moonshot, tool: dict[str, object], field: str,
    fragment: str,
) -> None:  # fmt: skip
    with pytest.raises(moonshot.ValidationError) as caught:
        client.chat.completions.create(**plain_tool_request(), messages=QUESTION, tools=[tool])
    assert caught.value.field == field
    assert fragment in str(caught.value)
    assert not server.requests


def _web_search_loop(
    client: moonshot.Moonshot, request: dict[str, Any], tools: list[dict[str, object]]
) -> tuple[object, list[dict[str, object]]]:
    """The guide's loop, by hand: echo $web_search arguments back until the answer."""
    messages: list[dict[str, object]] = [{"role": "system", "content": "You are Kimi."}, *QUESTION]
    while True:
        completion = client.chat.completions.create(**request, messages=messages, tools=tools)
        choice = completion.choices[0]
        if choice.finish_reason != "tool_calls":
            return completion, messages
        messages.append(choice.message.to_dict())
        for call in choice.message.tool_calls:
            assert call.function.name == "$web_search"
            arguments = json.loads(call.function.arguments)
            messages.append(
                {
                    "role": "tool",
                    "tool_call_id": call.id,
                    "name": call.function.name,
                    "content": json.dumps(arguments),
                }
            )


@pytest.mark.parametrize("request_of", [plain_tool_request, thinking_tool_request])
def test_web_search_round_trip(
    server: LocalMoonshot, client: moonshot.Moonshot, request_of: Callable[[], dict[str, Any]]
) -> None:
    tools = [moonshot.web_search_tool(), WEATHER]
    final, messages = _web_search_loop(client, request_of(), tools)
    call_turn = messages[2]
    (call,) = call_turn["tool_calls"]  # type: ignore[misc]
    arguments = json.loads(call["function"]["arguments"])
    searched_tokens = arguments["usage"]["total_tokens"]
    assert searched_tokens > 0 and arguments["search_result"]["search_id"]
    answer = final.choices[0].message.content  # type: ignore[attr-defined]
    assert final.choices[0].finish_reason == "stop"  # type: ignore[attr-defined]
    assert "Context Caching - Kimi API" in answer and "local.invalid" in answer
    # The search results count towards the prompt, as the guide says.
    conversation = count_messages(messages, tools)
    assert final.usage.prompt_tokens == conversation + searched_tokens  # type: ignore[attr-defined]
    sent = [r.json for r in server.requests if r.json is not None]
    assert sent[0]["tools"][0] == {"type": "builtin_function", "function": {"name": "$web_search"}}


def test_web_search_result_must_be_the_echoed_arguments(
    server: LocalMoonshot, client: moonshot.Moonshot
) -> None:
    tools = [moonshot.web_search_tool()]
    first = client.chat.completions.create(**plain_tool_request(), messages=QUESTION, tools=tools)
    (call,) = first.choices[0].message.tool_calls
    messages = [
        *QUESTION,
        first.choices[0].message.to_dict(),
        {"role": "tool", "tool_call_id": call.id, "content": '{"results": "made up"}'},
    ]
    with pytest.raises(moonshot.BadRequestError) as caught:
        client.chat.completions.create(**plain_tool_request(), messages=messages, tools=tools)
    assert "$web_search" in caught.value.message


def test_builtin_and_function_tools_mix(client: moonshot.Moonshot) -> None:
    messages = [{"role": "user", "content": "Use get_weather for Oslo"}]
    reply = client.chat.completions.create(
        **plain_tool_request(), messages=messages, tools=[moonshot.web_search_tool(), WEATHER]
    )
    (call,) = reply.choices[0].message.tool_calls
    assert call.function.name == "get_weather"
    assert json.loads(call.function.arguments) == {"city": "Oslo"}


def test_builtin_shape_follows_the_tool_schema_whatever_its_name() -> None:
    from moonshot._openapi.extensions import BUILTIN_TOOL, apply_documented_extensions

    function_only = {
        "type": "object",
        "properties": {"type": {"type": "string", "enum": ["function"]}, "function": {}},
    }
    both = {
        "type": "object",
        "properties": {"type": {"enum": ["function", "builtin_function"]}, "function": {}},
    }
    spec = {"components": {"schemas": {"Tool": dict(function_only), "Known": dict(both)}}}
    schemas = apply_documented_extensions(spec)["components"]["schemas"]
    assert schemas["Tool"] == {"oneOf": [function_only, BUILTIN_TOOL]}
    assert schemas["Known"] == both  # the document already allows built-in tools
