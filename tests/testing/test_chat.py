"""The deterministic assistant: replies, reasoning, tools, Partial Mode, n, stop, usage."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import moonshot
import pytest
import spec_facts as facts

MODEL = facts.plain_model()

ASK = [{"role": "user", "content": "What is the weather in Paris today?"}]
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                "days": {"type": "integer", "minimum": 1, "maximum": 7},
                "detailed": {"type": "boolean"},
                "tags": {"type": "array", "items": {"type": "string"}, "minItems": 2},
                "where": {
                    "type": "object",
                    "properties": {"lat": {"type": "number", "minimum": -90, "maximum": 90}},
                    "required": ["lat"],
                },
            },
            "required": ["city", "unit"],
            "additionalProperties": False,
        },
    },
}


def test_reply_is_derived_from_the_last_user_message(client: moonshot.Moonshot) -> None:
    first = client.chat.completions.create(model=MODEL, messages=ASK)
    again = client.chat.completions.create(model=MODEL, messages=ASK)
    other = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "Something else"}]
    )
    assert "What is the weather in Paris today?" in first.choices[0].message.content
    assert first.choices[0].message.content == again.choices[0].message.content
    assert other.choices[0].message.content != first.choices[0].message.content
    assert first.model == MODEL and first.object_ == "chat.completion"


def _reasoning_cases() -> list[tuple[str, dict[str, object], bool]]:
    """Per variant, from the document: reasoning_effort reasons; thinking reasons unless
    disabled (when the variant allows disabling); a variant with neither does not,
    unless its title says it is a thinking variant."""
    cases: list[tuple[str, dict[str, object], bool]] = []
    for variant in facts.catalog().variants:
        model = variant.models[0]
        if "reasoning_effort" in variant.properties:
            levels = facts.chat_field(model, "reasoning_effort")["enum"]
            cases += [(model, {}, True), (model, {"reasoning_effort": levels[0]}, True)]
        elif "thinking" in variant.properties:
            kinds = facts.chat_field(model, "thinking")["properties"]["type"]["enum"]
            cases += [(model, {}, True)]
            cases += [(model, {"thinking": {"type": kind}}, kind != "disabled") for kind in kinds]
        else:
            cases.append((model, {}, "thinking" in variant.title))
    return cases


@pytest.mark.parametrize(("model", "extra", "thinks"), _reasoning_cases())
def test_reasoning_content_for_thinking_models(
    client: moonshot.Moonshot, model: str, extra: dict[str, object], thinks: bool
) -> None:
    reply = client.chat.completions.create(model=model, messages=ASK, **extra)
    reasoning = reply.choices[0].message.reasoning_content
    assert (isinstance(reasoning, str) and len(reasoning) > 0) is thinks
    assert reply.choices[0].message.content


def test_tool_call_arguments_satisfy_the_parameter_schema(client: moonshot.Moonshot) -> None:
    reply = client.chat.completions.create(model=MODEL, messages=ASK, tools=[WEATHER_TOOL])
    choice = reply.choices[0]
    assert choice.finish_reason == "tool_calls"
    (call,) = choice.message.tool_calls
    assert call.function.name == "get_weather" and call.type_ == "function"
    arguments = json.loads(call.function.arguments)
    jsonschema.validate(arguments, WEATHER_TOOL["function"]["parameters"])
    assert arguments["city"] == "Paris"


def test_the_tool_named_in_the_question_is_chosen(client: moonshot.Moonshot) -> None:
    other = {
        "type": "function",
        "function": {"name": "search_web", "parameters": {"type": "object", "properties": {}}},
    }
    messages = [{"role": "user", "content": "please get weather for Oslo"}]
    reply = client.chat.completions.create(
        model=MODEL, messages=messages, tools=[other, WEATHER_TOOL]
    )
    assert reply.choices[0].message.tool_calls[0].function.name == "get_weather"


def test_text_answer_after_the_tool_result(client: moonshot.Moonshot) -> None:
    first = client.chat.completions.create(model=MODEL, messages=ASK, tools=[WEATHER_TOOL])
    call = first.choices[0].message.tool_calls[0]
    messages = [
        *ASK,
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": call.id,
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": call.function.arguments},
                }
            ],
        },
        {"role": "tool", "tool_call_id": call.id, "content": '{"temp_c": 21}'},
    ]
    if first.choices[0].message.reasoning_content:  # a thinking model: the API wants it back
        messages[1]["reasoning_content"] = first.choices[0].message.reasoning_content
    final = client.chat.completions.create(model=MODEL, messages=messages, tools=[WEATHER_TOOL])
    assert final.choices[0].finish_reason == "stop"
    assert final.choices[0].message.tool_calls is None or not final.choices[0].message.tool_calls
    assert "get_weather" in final.choices[0].message.content
    assert '{"temp_c": 21}' in final.choices[0].message.content


@pytest.mark.parametrize("prefix", ["You said", "Dear reader,", "{"])
def test_partial_mode_continues_without_repeating_the_prefix(
    client: moonshot.Moonshot, prefix: str
) -> None:
    messages = [*ASK, {"role": "assistant", "content": prefix, "partial": True}]
    reply = client.chat.completions.create(model=MODEL, messages=messages)
    content = reply.choices[0].message.content
    assert content and not content.startswith(prefix)
    assert not isinstance(reply.choices[0].message.reasoning_content, str)


def test_partial_mode_continues_the_full_reply(client: moonshot.Moonshot) -> None:
    full = client.chat.completions.create(model=MODEL, messages=ASK)
    text = full.choices[0].message.content
    messages = [*ASK, {"role": "assistant", "content": text[:12], "partial": True}]
    rest = client.chat.completions.create(model=MODEL, messages=messages)
    assert text[:12] + rest.choices[0].message.content == text


def test_n_choices(client: moonshot.Moonshot) -> None:
    model, body = facts.model_with_free_n()  # a page-only model's n goes unchecked
    reply = client.chat.completions.create(model=model, messages=ASK, extra_body=body)
    assert [c.index for c in reply.choices] == [0, 1, 2]
    assert len({c.message.content for c in reply.choices}) == 3


def test_stop_words_cut_the_reply(client: moonshot.Moonshot) -> None:
    reply = client.chat.completions.create(model=MODEL, messages=ASK, stop=["Paris"])
    content = reply.choices[0].message.content
    assert "Paris" not in content and content.endswith("in ")
    assert reply.choices[0].finish_reason == "stop"


def test_max_completion_tokens_gives_length(client: moonshot.Moonshot) -> None:
    reply = client.chat.completions.create(model=MODEL, messages=ASK, max_completion_tokens=5)
    assert reply.choices[0].finish_reason == "length"
    assert reply.usage.completion_tokens <= 5


def test_usage_and_cached_tokens(client: moonshot.Moonshot) -> None:
    first = client.chat.completions.create(model=MODEL, messages=ASK)
    assert first.usage.cached_tokens == 0
    assert first.usage.total_tokens == first.usage.prompt_tokens + first.usage.completion_tokens
    follow_up = [
        *ASK,
        {"role": "assistant", "content": first.choices[0].message.content},
        {"role": "user", "content": "And tomorrow?"},
    ]
    second = client.chat.completions.create(model=MODEL, messages=follow_up)
    assert 0 < second.usage.cached_tokens < second.usage.prompt_tokens


def test_json_mode_and_structured_output(client: moonshot.Moonshot) -> None:
    reply = client.chat.completions.create(
        model=MODEL, messages=ASK, response_format={"type": "json_object"}
    )
    assert isinstance(json.loads(reply.choices[0].message.content), dict)
    schema = {
        "type": "object",
        "properties": {"city": {"type": "string"}, "score": {"type": "integer", "minimum": 3}},
        "required": ["city", "score"],
    }
    reply = client.chat.completions.create(
        model=MODEL,
        messages=ASK,
        response_format={"type": "json_schema", "json_schema": {"name": "w", "schema": schema}},
    )
    jsonschema.validate(json.loads(reply.choices[0].message.content), schema)


def test_images_and_documents_are_acknowledged(client: moonshot.Moonshot) -> None:
    messages = [
        {"role": "system", "content": "Line one is dull.\nThe launch date is 12 May.\n"},
        {
            "role": "user",
            "content": [
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}},
                {"type": "text", "text": "When is the launch date?"},
            ],
        },
    ]
    reply = client.chat.completions.create(model=MODEL, messages=messages)
    content = reply.choices[0].message.content
    assert "I received 1 image" in content
    assert "The launch date is 12 May." in content
    assert reply.usage.prompt_tokens > 256


SEARCH_TOOL = {
    "type": "function",
    "function": {
        "name": "search_web",
        "parameters": {"type": "object", "properties": {"q": {"type": "string"}}},
    },
}


def _create(client: moonshot.Moonshot, model: str, messages: Any, **params: Any) -> Any:
    """Parameters the model's variant documents as parameters, the others in extra_body
    (a document without them still reaches the server, which honours them)."""
    known = facts.variant_of(model).properties
    extra = {k: v for k, v in params.items() if k not in known}
    checked = {k: v for k, v in params.items() if k in known}
    return client.chat.completions.create(
        model=model, messages=messages, extra_body=extra or None, **checked
    )


def test_tool_choice_required_forces_a_call_and_none_forbids_one(
    client: moonshot.Moonshot,
) -> None:
    model = facts.model_accepting("tool_choice") or MODEL
    after_result = [
        *ASK,
        {"role": "assistant", "content": "", "reasoning_content": "", "tool_calls": [
            {"id": "c1", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}
        ]},
        {"role": "tool", "tool_call_id": "c1", "content": "21C"},
    ]  # fmt: skip
    forced = _create(client, model, after_result, tools=[WEATHER_TOOL], tool_choice="required")
    assert forced.choices[0].finish_reason == "tool_calls"
    refused = _create(client, model, ASK, tools=[WEATHER_TOOL], tool_choice="none")
    assert refused.choices[0].finish_reason == "stop" and not refused.choices[0].message.tool_calls
    named = _create(
        client,
        model,
        ASK,
        tools=[WEATHER_TOOL, SEARCH_TOOL],
        tool_choice={"type": "function", "function": {"name": "search_web"}},
    )
    assert named.choices[0].message.tool_calls[0].function.name == "search_web"


def test_tools_carried_by_a_system_message_are_used(client: moonshot.Moonshot) -> None:
    # The model whose messages may carry tools where the document has one; the local
    # server reads tools from system messages whatever the model. Where no model's
    # messages carry tools, the system message is a standard one (content required)
    # with the tools as an extra field.
    tool_model = facts.model_with_tool_messages()
    system: dict[str, Any] = {"role": "system", "tools": [SEARCH_TOOL]}
    if tool_model is None:
        system["content"] = "You can search the web."
    messages = [system, *ASK]
    model = tool_model or MODEL
    reply = client.chat.completions.create(model=model, messages=messages)
    assert reply.choices[0].message.tool_calls[0].function.name == "search_web"


def test_logprobs_cover_the_answer(client: moonshot.Moonshot) -> None:
    model = facts.model_accepting("top_logprobs") or MODEL
    top = 2
    if "top_logprobs" in facts.variant_of(model).properties:
        top = min(top, facts.chat_field(model, "top_logprobs").get("maximum", top))
    reply = _create(client, model, ASK, logprobs=True, top_logprobs=top)
    message = reply.choices[0].message
    logprobs = message.logprobs
    assert logprobs is not None
    assert "".join(t.token for t in logprobs.content) == message.content
    assert all(len(t.top_logprobs) == top and t.logprob < 0 for t in logprobs.content)
    assert bytes(logprobs.content[0].bytes or []) == logprobs.content[0].token.encode()
    plain = client.chat.completions.create(model=model, messages=ASK)
    assert plain.choices[0].message.logprobs is None


def test_prompt_tokens_details_add_up(client: moonshot.Moonshot) -> None:
    reply = client.chat.completions.create(model=MODEL, messages=ASK)
    usage = reply.usage.to_dict()  # typed where the document names it, kept where not
    details = usage["prompt_tokens_details"]
    assert details["cached_tokens"] == usage["cached_tokens"]
    assert details["cached_tokens"] + details["cache_write_tokens"] == usage["prompt_tokens"]


async def _acreate(client: moonshot.AsyncMoonshot, model: str, messages: Any, **params: Any) -> Any:
    known = facts.variant_of(model).properties
    extra = {k: v for k, v in params.items() if k not in known}
    checked = {k: v for k, v in params.items() if k in known}
    return await client.chat.completions.create(
        model=model, messages=messages, extra_body=extra or None, **checked
    )


@pytest.mark.anyio
async def test_every_variant_async_with_its_own_fields_tools_logprobs_and_signatures(
    aclient: moonshot.AsyncMoonshot,
) -> None:
    """Per variant, async: its own fields (a value from the document), a forced tool call,
    logprobs in a streamed answer, and a signature the server verifies."""
    from moonshot._http.signatures import _header_names
    from moonshot.testing._values import value_for

    signed = _header_names() is not None
    checker = facts.catalog().checker
    for variant in facts.catalog().variants:
        model = variant.models[0]
        own = {
            name: value_for(facts.chat_field(model, name), "x", resolve=checker.resolve)
            for name in ("reasoning_effort", "thinking")
            if name in variant.properties
        }
        called = await _acreate(
            aclient, model, ASK, tools=[WEATHER_TOOL], tool_choice="required", **own
        )
        assert called.choices[0].message.tool_calls[0].function.name == "get_weather"
        params = {"logprobs": True, "top_logprobs": 1, **own}
        known = {k: v for k, v in params.items() if k in variant.properties}
        extra = {k: v for k, v in params.items() if k not in variant.properties}
        async with await aclient.chat.completions.create(
            model=model,
            messages=ASK,
            stream=True,
            request_nonce=f"nonce-{model}",
            extra_body=extra or None,
            **known,
        ) as stream:
            pieces = [c async for c in stream]
            final = await stream.get_final_completion()
        tokens = [t.token for c in pieces for ch in c.choices if ch.delta.logprobs
                  for t in ch.delta.logprobs.content]  # fmt: skip
        assert "".join(tokens) == final.choices[0].message.content
        assert [t.token for t in final.choices[0].message.logprobs.content] == tokens
        signature = moonshot.signature_of(final)
        if signed:
            assert signature is not None and signature.model == model
            assert signature.nonce == f"nonce-{model}"
            assert (await aclient.signatures.verify(signature)).valid is True
            forged = {**signature.to_dict(), "model": facts.UNKNOWN_MODEL}
            assert (await aclient.signatures.verify(**forged)).valid is False
        else:
            assert signature is None


def _tool_turn_sent_back(client: moonshot.Moonshot, model: str, **params: Any) -> Any:
    """A tool loop's second request with the assistant turn rebuilt without its
    ``reasoning_content`` (the most reported Kimi 400), for ``model``."""
    first = client.chat.completions.create(
        model=model, messages=ASK, tools=[WEATHER_TOOL], **params
    )
    message = first.choices[0].message
    call = message.tool_calls[0]
    turn = {
        "role": "assistant",
        "content": "",
        "tool_calls": [
            {
                "id": call.id,
                "type": "function",
                "function": {"name": call.function.name, "arguments": call.function.arguments},
            }
        ],
    }
    tool = {"role": "tool", "tool_call_id": call.id, "content": "21 C"}
    return message, lambda: client.chat.completions.create(
        model=model, messages=[*ASK, turn, tool], tools=[WEATHER_TOOL], **params
    )


@pytest.mark.parametrize("model", facts.variant_models())
def test_reasoning_must_come_back_exactly_when_the_model_reasoned(
    client: moonshot.Moonshot, model: str
) -> None:
    """The server's 400 follows the same rule as its answers: a tool-call turn that came
    with ``reasoning_content`` (thinking on by the request or by the model's default)
    must bring it back; one that came without it need not."""
    message, send_back = _tool_turn_sent_back(client, model)
    if message.reasoning_content:
        with pytest.raises(moonshot.BadRequestError, match="reasoning_content is missing"):
            send_back()
    else:
        assert send_back().choices[0].finish_reason == "stop"
