"""What a chat request sends: per-model dispatch, only what the caller set, every message form."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import attrs
import moonshot
import moonshot_openapi.models
import pytest
import spec_facts as facts
from chat_request_classes import request_class_of
from client import _payloads as p
from client.conftest import json_body, requests_seen
from moonshot._openapi.chat_request import chat_catalog
from moonshot._openapi.page_parameters import fixed_for
from moonshot.testing._values import value_for
from moonshot_openapi.models import (
    ChatCompletionResponse,
    ImageUrl,
    ImageUrlContentPart,
    ImageUrlContentPartType,
    Message,
    MessageRole,
    TextContentPart,
    TextContentPartType,
    VideoUrl,
    VideoUrlContentPart,
    VideoUrlContentPartType,
)
from pytest_httpserver import HTTPServer

MODEL = facts.plain_model()

SPEC = json.loads((Path(__file__).resolve().parents[2] / "openapi.json").read_text("utf-8"))
CHAT_BODY = SPEC["paths"]["/v1/chat/completions"]["post"]["requestBody"]["content"][
    "application/json"
]["schema"]
MAPPING: dict[str, str] = CHAT_BODY["discriminator"]["mapping"]
USER = [{"role": "user", "content": "Hi"}]


def _variant_properties(ref: str) -> dict[str, Any]:
    schema = SPEC["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    props: dict[str, Any] = {}
    for part in schema["allOf"]:
        props.update(part.get("properties", {}))
    return props


def _all_properties(ref: str) -> set[str]:
    """Every property name of a schema, through its ``allOf`` parts and their ``$ref``s."""
    schema = SPEC["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    names = set(schema.get("properties", {}))
    for part in schema.get("allOf", ()):
        names |= (
            _all_properties(part["$ref"]) if "$ref" in part else set(part.get("properties", {}))
        )
    return names


def _serve_chat(server: HTTPServer, response: dict[str, Any] | None = None) -> None:
    server.expect_request("/v1/chat/completions", method="POST").respond_with_json(
        response or p.chat_completion()
    )


def _sent(server: HTTPServer) -> Any:
    [request] = requests_seen(server)
    return json_body(request)


# -- dispatch: every model in the spec's discriminator mapping --------------------------------


@pytest.mark.parametrize("model", sorted(MAPPING))
def test_every_mapped_model_dispatches_to_its_variant(
    model: str, client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    variant = chat_catalog().by_model[model]
    assert variant.schema_name == MAPPING[model].rsplit("/", 1)[-1]
    cls = request_class_of(variant.models)
    assert cls is not None
    # The generator names a class by its schema's title or a class override, not always
    # by the schema's key (KimiK3 for KimiK3ChatRequest): read the class, don't guess.
    assert getattr(moonshot_openapi.models, cls.__name__) is cls
    fields = {field.name for field in attrs.fields(cls)} - {"additional_properties"}
    assert fields == _all_properties(MAPPING[model])
    model_enum = vars(sys.modules[cls.__module__])[cls.__annotations__["model"]]
    mapped = {name for name, ref in MAPPING.items() if ref == MAPPING[model]}
    assert {str(member.value) for member in model_enum} == mapped
    _serve_chat(httpserver)
    client.chat.completions.create(model=model, messages=USER)
    assert _sent(httpserver) == {"model": model, "messages": USER}


def _sample(model: str, name: str) -> Any:
    """A valid value of field ``name`` for ``model``, built from its schema."""
    checker = chat_catalog().checker
    return value_for(facts.chat_field(model, name), "sample_value", resolve=checker.resolve)


VARIANT_FIELDS = sorted({name for _, name in facts.fields_of_other_variants()})


@pytest.mark.parametrize("model", sorted(MAPPING))
def test_variant_specific_parameters(
    model: str, client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    """A field only some variants have is accepted exactly where the variant defines it.

    Fields the models page fixes for ``model`` follow the page (test_page_parameters.py).
    """
    props = chat_catalog().by_model[model].properties
    fixed = fixed_for(model) or {}
    for name in (name for name in VARIANT_FIELDS if name not in fixed):
        httpserver.clear()
        if name in props:
            value = _sample(model, name)
            _serve_chat(httpserver)
            client.chat.completions.create(model=model, messages=USER, **{name: value})
            assert _sent(httpserver) == {"model": model, "messages": USER, name: value}
        else:
            accepting = chat_catalog().models_accepting(name)
            value = _sample(accepting[0], name)
            with pytest.raises(moonshot.ValidationError) as caught:
                client.chat.completions.create(model=model, messages=USER, **{name: value})
            assert caught.value.field == name
            assert "models that do: " + ", ".join(accepting) in str(caught.value)
            assert requests_seen(httpserver) == []


BOUNDED = [(model, name) for model in facts.variant_models() for name, _ in
           facts.bounded_fields(model)]  # fmt: skip


@pytest.mark.parametrize(("model", "name"), BOUNDED)
def test_ranges_read_per_variant(
    model: str, name: str, client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    spec = facts.chat_field(model, name)
    _serve_chat(httpserver)
    client.chat.completions.create(model=model, messages=USER, **{name: spec["maximum"]})
    assert _sent(httpserver)[name] == spec["maximum"]
    httpserver.clear()
    with pytest.raises(moonshot.ValidationError) as caught:
        client.chat.completions.create(model=model, messages=USER, **{name: spec["maximum"] + 1})
    assert f"{spec['minimum']} <= value <= {spec['maximum']}" in str(caught.value)
    assert requests_seen(httpserver) == []


@pytest.mark.anyio
@pytest.mark.parametrize("model", sorted(MAPPING))
async def test_async_every_mapped_model(
    model: str, aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer
) -> None:
    _serve_chat(httpserver)
    result = await aclient.chat.completions.create(model=model, messages=USER)
    assert isinstance(result, ChatCompletionResponse)
    assert _sent(httpserver) == {"model": model, "messages": USER}


# -- only what the caller passed --------------------------------------------------------------


def test_defaults_are_not_sent(client: moonshot.Moonshot, httpserver: HTTPServer) -> None:
    _serve_chat(httpserver)
    client.chat.completions.create(
        model=MODEL, messages=[Message(role=MessageRole.USER, content="Hi")]
    )
    body = _sent(httpserver)
    assert body == {"model": MODEL, "messages": [{"role": "user", "content": "Hi"}]}
    assert set(body) == {"model", "messages"}
    assert set(body["messages"][0]) == {"role", "content"}  # no "partial": false, no "name"


def test_falsy_values_the_caller_set_are_sent(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    _serve_chat(httpserver)
    checker = chat_catalog().checker
    schema = chat_catalog().schema_of(chat_catalog().by_model[MODEL])
    props = checker.merged_properties(schema)
    params: dict[str, Any] = {}
    for name in sorted(props):
        for falsy in (0, 0.0, False, [], ""):
            if name not in ("model", "messages", "stream") and not checker.errors(
                props[name], falsy
            ):
                params[name] = falsy
                break
    assert len(params) >= 3
    messages = [*USER, {"role": "assistant", "content": "", "partial": False}]
    client.chat.completions.create(model=MODEL, messages=messages, **params)
    assert _sent(httpserver) == {"model": MODEL, "messages": messages, **params}


def test_full_request_sent_as_given(client: moonshot.Moonshot, httpserver: HTTPServer) -> None:
    params: dict[str, Any] = {
        "max_completion_tokens": 512,
        "response_format": {
            "type": "json_schema",
            "json_schema": {"name": "answer", "strict": True, "schema": {"type": "object"}},
        },
        "stop": ["END", "STOP"],
        "tools": [
            {
                "type": "function",
                "function": {
                    "name": "get_weather",
                    "description": "Weather for a city",
                    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
                    "strict": False,
                },
            }
        ],
        "prompt_cache_key": "session-1",
        "safety_identifier": "user-hash",
        "stream_options": {"include_usage": True},
    }
    _serve_chat(httpserver)
    client.chat.completions.create(model=MODEL, messages=USER, **params)
    assert _sent(httpserver) == {"model": MODEL, "messages": USER, **params}


def test_every_field_of_every_variant_is_sent_as_given(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    for model in facts.variant_models():
        httpserver.clear()
        props = chat_catalog().by_model[model].properties - {"model", "messages", "stream"}
        params = {name: _sample(model, name) for name in sorted(props)}
        _serve_chat(httpserver)
        client.chat.completions.create(model=model, messages=USER, **params)
        assert _sent(httpserver) == {"model": model, "messages": USER, **params}


def test_thinking_keep_null_is_sent(client: moonshot.Moonshot, httpserver: HTTPServer) -> None:
    model = facts.model_accepting("thinking")
    assert model is not None
    _serve_chat(httpserver)
    client.chat.completions.create(
        model=model, messages=USER, thinking={"type": "enabled", "keep": None}
    )
    assert _sent(httpserver)["thinking"] == {"type": "enabled", "keep": None}


# -- a model the spec does not know -----------------------------------------------------------


@pytest.mark.no_contract  # a model newer than openapi.json, on purpose
def test_unknown_model_sent_as_is(
    client: moonshot.Moonshot, httpserver: HTTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    _serve_chat(httpserver)
    with caplog.at_level("DEBUG", logger="moonshot"):
        client.chat.completions.create(
            model=facts.UNKNOWN_MODEL,
            messages=USER,
            thinking={"type": "enabled", "budget": "high"},
            temperature=1.7,
            max_completion_tokens=64,
        )
    assert _sent(httpserver) == {
        "model": facts.UNKNOWN_MODEL,
        "messages": USER,
        "thinking": {"type": "enabled", "budget": "high"},
        "temperature": 1.7,
        "max_completion_tokens": 64,
    }
    logged = [r.getMessage() for r in caplog.records if "unchecked" in r.getMessage()]
    assert len(logged) == 1 and "temperature" in logged[0] and facts.UNKNOWN_MODEL in logged[0]
    assert "max_completion_tokens" not in logged[0]  # the document knows that one


@pytest.mark.no_contract
@pytest.mark.anyio
async def test_unknown_model_sent_as_is_async(
    aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer
) -> None:
    _serve_chat(httpserver)
    await aclient.chat.completions.create(model=facts.UNKNOWN_MODEL, messages=USER, seed=3)
    assert _sent(httpserver) == {"model": facts.UNKNOWN_MODEL, "messages": USER, "seed": 3}


def test_unknown_model_still_checked_against_the_shared_fields(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    with pytest.raises(moonshot.ValidationError) as caught:
        client.chat.completions.create(
            model=facts.UNKNOWN_MODEL, messages=USER, tools=[{"type": "function"}]
        )
    assert caught.value.field == "tools[0].function"
    assert "a model not in the API document" in str(caught.value)
    assert requests_seen(httpserver) == []


def test_listed_model_unknown_parameter_is_still_an_error(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    with pytest.raises(moonshot.ValidationError) as caught:
        client.chat.completions.create(model=MODEL, messages=USER, warp_speed=9)
    assert caught.value.field == "warp_speed"
    assert f"not a parameter of model {MODEL!r}" in str(caught.value)
    assert requests_seen(httpserver) == []


# -- extra_body / extra_headers ---------------------------------------------------------------


def test_extra_body_merged_and_extra_headers_sent(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    _serve_chat(httpserver)
    client.chat.completions.create(
        model=MODEL,
        messages=USER,
        extra_body={"future_flag": True, "seed": 7},
        extra_headers={"X-Trace-Id": "trace-1"},
    )
    [request] = requests_seen(httpserver)
    assert json_body(request) == {
        "model": MODEL,
        "messages": USER,
        "future_flag": True,
        "seed": 7,
    }
    assert request.headers["X-Trace-Id"] == "trace-1"
    assert request.headers["Authorization"].startswith("Bearer ")


@pytest.mark.anyio
async def test_async_extra_body_and_headers(
    aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer
) -> None:
    _serve_chat(httpserver)
    await aclient.chat.completions.create(
        model=MODEL,
        messages=USER,
        extra_body={"temperature": 0.2, "x": [1]},
        extra_headers={"X-Trace-Id": "trace-2"},
    )
    [request] = requests_seen(httpserver)
    assert json_body(request) == {
        "model": MODEL,
        "messages": USER,
        "temperature": 0.2,
        "x": [1],
    }
    assert request.headers["X-Trace-Id"] == "trace-2"


def test_extra_body_is_not_checked(client: moonshot.Moonshot, httpserver: HTTPServer) -> None:
    """extra_body is the escape hatch for fields newer than the spec: sent unchecked."""
    _serve_chat(httpserver)
    client.chat.completions.create(
        model=MODEL, messages=USER, extra_body={"thinking": {"type": "enabled"}}
    )
    assert _sent(httpserver)["thinking"] == {"type": "enabled"}


# -- message forms ----------------------------------------------------------------------------

MULTIMODAL_DICTS = [
    {"role": "system", "content": "You see images."},
    {
        "role": "user",
        "content": [
            {"type": "text", "text": "What is in these?"},
            {"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}},
            {"type": "image_url", "image_url": "data:image/png;base64,iVBORw0KGgo="},
            {"type": "video_url", "video_url": {"url": "ms://file-video-1"}},
            {"type": "video_url", "video_url": "https://example.com/clip.mp4"},
        ],
    },
    {"role": "assistant", "content": "A cat", "name": "kimi"},
    {"role": "assistant", "content": "And", "partial": True},
]


def _as_models() -> list[Message]:
    return [
        Message(role=MessageRole.SYSTEM, content="You see images."),
        Message(
            role=MessageRole.USER,
            content=[
                TextContentPart(type_=TextContentPartType.TEXT, text="What is in these?"),
                ImageUrlContentPart(
                    type_=ImageUrlContentPartType.IMAGE_URL,
                    image_url=ImageUrl(url="https://example.com/cat.png"),
                ),
                ImageUrlContentPart(
                    type_=ImageUrlContentPartType.IMAGE_URL,
                    image_url="data:image/png;base64,iVBORw0KGgo=",
                ),
                VideoUrlContentPart(
                    type_=VideoUrlContentPartType.VIDEO_URL,
                    video_url=VideoUrl(url="ms://file-video-1"),
                ),
                VideoUrlContentPart(
                    type_=VideoUrlContentPartType.VIDEO_URL,
                    video_url="https://example.com/clip.mp4",
                ),
            ],
        ),
        Message(role=MessageRole.ASSISTANT, content="A cat", name="kimi"),
        Message(role=MessageRole.ASSISTANT, content="And", partial=True),
    ]


@pytest.mark.parametrize("form", ["dicts", "models", "mixed"])
def test_message_forms_send_the_same_json(
    form: str, client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    messages: list[Any] = {
        "dicts": MULTIMODAL_DICTS,
        "models": _as_models(),
        "mixed": [_as_models()[0], *MULTIMODAL_DICTS[1:3], _as_models()[3]],
    }[form]
    _serve_chat(httpserver)
    client.chat.completions.create(model=MODEL, messages=messages)
    assert _sent(httpserver) == {"model": MODEL, "messages": MULTIMODAL_DICTS}


def test_tool_turns_as_documented(client: moonshot.Moonshot, httpserver: HTTPServer) -> None:
    """Tool results (role "tool") and assistant tool calls, from the API's tool-use guide."""
    messages = [
        *USER,
        {
            "role": "assistant",
            "content": None,
            "reasoning_content": "I should look it up.",
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "name": "get_weather", "content": "18 C"},
    ]
    _serve_chat(httpserver)
    client.chat.completions.create(model=MODEL, messages=messages)
    assert _sent(httpserver)["messages"] == messages


def test_messages_may_be_any_iterable(client: moonshot.Moonshot, httpserver: HTTPServer) -> None:
    _serve_chat(httpserver)
    client.chat.completions.create(model=MODEL, messages=(m for m in USER))
    assert _sent(httpserver)["messages"] == USER


# -- what comes back --------------------------------------------------------------------------


def test_documented_and_unknown_response_fields_are_kept(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    response = p.chat_completion(
        choices=[
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": "",
                    "reasoning_content": "The user greets me.",
                    "tool_calls": [
                        {
                            "id": "call_9",
                            "type": "function",
                            "function": {"name": "lookup", "arguments": "{}"},
                            "index": 0,
                        }
                    ],
                },
                "finish_reason": "content_filter",
                "logprobs": None,
            }
        ],
        usage={"prompt_tokens": 9, "completion_tokens": 1, "total_tokens": 10, "cached_tokens": 4},
        system_fingerprint="fp-1",
    )
    _serve_chat(httpserver, response)
    result = client.chat.completions.create(model=MODEL, messages=USER)
    choice = result.choices[0]
    assert choice.finish_reason.value == "content_filter"
    assert choice.finish_reason == "content_filter"
    assert choice.message.reasoning_content == "The user greets me."
    assert choice.message.tool_calls[0].function.name == "lookup"
    assert choice.message.tool_calls[0].additional_properties == {"index": 0}
    assert choice.additional_properties == {"logprobs": None}
    assert result.usage.cached_tokens == 4
    assert result.usage.total_tokens == 10
    assert result.additional_properties == {"system_fingerprint": "fp-1"}


def test_response_without_documented_extras(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    _serve_chat(httpserver)
    result = client.chat.completions.create(model=MODEL, messages=USER)
    assert not isinstance(result.choices[0].message.reasoning_content, str)
    assert not isinstance(result.usage.cached_tokens, int)
    assert result.choices[0].message.logprobs is None
    assert result.choices[0].finish_reason.value == "stop"


def test_a_message_carrying_tools_is_sent_where_the_document_allows_it(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    model = facts.model_with_tool_messages()
    if model is None:  # a document without such messages (the previous one): nothing to send
        return
    tool = {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}
    messages = [{"role": "system", "tools": [tool]}, *USER]
    _serve_chat(httpserver)
    client.chat.completions.create(model=model, messages=messages)
    assert _sent(httpserver) == {"model": model, "messages": messages}
