"""Bad chat requests are rejected on this machine, naming the field and what is allowed.

Every case also checks that the local server received nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import moonshot
import pytest
from client.conftest import requests_seen
from pytest_httpserver import HTTPServer

USER = [{"role": "user", "content": "Hi"}]
ACCEPTS_THINKING = "models that do: kimi-k2.6, kimi-k2.5"
PENALTY_RANGE = "-2 <= value <= 2"


@dataclass(frozen=True)
class Bad:
    id: str
    model: str
    params: dict[str, Any]
    field: str
    says: tuple[str, ...]
    messages: list[Any] = field(default_factory=lambda: list(USER))


def _tools(count: int, name: str = "get_weather") -> list[dict[str, Any]]:
    function = {"name": name, "parameters": {"type": "object", "properties": {}}}
    return [{"type": "function", "function": function} for _ in range(count)]


BAD = [
    Bad("temperature-high-v1", "moonshot-v1-8k", {"temperature": 1.5}, "temperature",
        ("1.5 is out of range", "0 <= value <= 1")),
    Bad("temperature-negative-k2", "kimi-k2-0905-preview", {"temperature": -0.1}, "temperature",
        ("0 <= value <= 1",)),
    Bad("temperature-high-thinking", "kimi-k2-thinking", {"temperature": 1.01}, "temperature",
        ("0 <= value <= 1",)),
    Bad("temperature-not-a-number", "moonshot-v1-8k", {"temperature": "hot"}, "temperature",
        ("expected a number", '"hot"')),
    Bad("temperature-on-k2.6", "kimi-k2.6", {"temperature": 0.5}, "temperature",
        ("does not accept 'temperature'", "models that do:", "moonshot-v1-8k", "kimi-k2-thinking")),
    Bad("top_p-high", "moonshot-v1-32k", {"top_p": 1.2}, "top_p", ("0 <= value <= 1",)),
    Bad("top_p-negative", "kimi-k2-turbo-preview", {"top_p": -0.5}, "top_p", ("0 <= value <= 1",)),
    Bad("presence_penalty-high", "moonshot-v1-8k", {"presence_penalty": 2.5}, "presence_penalty",
        (PENALTY_RANGE,)),
    Bad("presence_penalty-low", "kimi-k2-thinking-turbo", {"presence_penalty": -2.01},
        "presence_penalty", (PENALTY_RANGE,)),
    Bad("frequency_penalty-low", "moonshot-v1-8k", {"frequency_penalty": -3}, "frequency_penalty",
        (PENALTY_RANGE,)),
    Bad("frequency_penalty-high", "kimi-k2-0711-preview", {"frequency_penalty": 2.2},
        "frequency_penalty", (PENALTY_RANGE,)),
    Bad("n-zero", "moonshot-v1-8k", {"n": 0}, "n", ("1 <= value <= 5",)),
    Bad("n-six", "moonshot-v1-8k", {"n": 6}, "n", ("1 <= value <= 5",)),
    Bad("n-fraction", "moonshot-v1-8k", {"n": 1.5}, "n", ("expected an integer",)),
    Bad("stop-six-strings", "moonshot-v1-8k", {"stop": ["a", "b", "c", "d", "e", "f"]}, "stop",
        ("6 items", "maximum 5")),
    Bad("stop-string-33-bytes", "moonshot-v1-8k", {"stop": "x" * 33}, "stop",
        ("33 bytes", "maximum 32 bytes")),
    # 17 characters but 34 bytes in UTF-8: the limit is on bytes.
    Bad("stop-item-multibyte", "kimi-k2.6", {"stop": ["ok", "é" * 17]}, "stop[1]",
        ("34 bytes", "maximum 32 bytes")),
    Bad("stop-not-string", "kimi-k2.6", {"stop": 5}, "stop", ("expected a string or an array",)),
    Bad("tools-129", "kimi-k2.6", {"tools": _tools(129)}, "tools", ("129 items", "maximum 128")),
    Bad("function-name-digit-first", "kimi-k2.6", {"tools": _tools(1, "1lookup")},
        "tools[0].function.name", ('"1lookup"', "^[a-zA-Z_][a-zA-Z0-9-_]{2,63}$")),
    Bad("function-name-too-short", "moonshot-v1-8k", {"tools": _tools(1, "ab")},
        "tools[0].function.name", ("does not match the pattern",)),
    Bad("function-name-space", "kimi-k2.5", {"tools": _tools(2)[:1] + _tools(1, "get weather")},
        "tools[1].function.name", ('"get weather"',)),
    Bad("function-name-too-long", "kimi-k2.6", {"tools": _tools(1, "f" * 65)},
        "tools[0].function.name", ("does not match the pattern",)),
    Bad("tool-type", "kimi-k2.6", {"tools": [{"type": "retrieval", "function": {
        "name": "abc", "parameters": {}}}]}, "tools[0].type", ("function, builtin_function",)),
    Bad("tool-parameters-missing", "kimi-k2.6", {"tools": [{"type": "function", "function": {
        "name": "abc"}}]}, "tools[0].function.parameters", ("required field is missing",)),
    Bad("response_format-type", "kimi-k2.6", {"response_format": {"type": "xml"}},
        "response_format.type", ('"xml" is not allowed', '"text", "json_object", "json_schema"')),
    Bad("response_format-json_schema-needs-schema", "kimi-k2.6", {"response_format": {
        "type": "json_schema", "json_schema": {"name": "x"}}}, "response_format.json_schema.schema",
        ("required field is missing",)),
    Bad("thinking-type", "kimi-k2.6", {"thinking": {"type": "on"}}, "thinking.type",
        ('"on" is not allowed', '"enabled", "disabled"')),
    Bad("thinking-type-missing", "kimi-k2.5", {"thinking": {}}, "thinking.type",
        ("required field is missing",)),
    Bad("thinking-keep", "kimi-k2.6", {"thinking": {"type": "enabled", "keep": "some"}},
        "thinking.keep", ('"some" is not allowed', '"all", null')),
    Bad("thinking-keep-on-k2.5", "kimi-k2.5", {"thinking": {"type": "enabled", "keep": "all"}},
        "thinking.keep", ("unknown field", "allowed fields: type")),
    Bad("thinking-on-v1", "moonshot-v1-8k", {"thinking": {"type": "enabled"}}, "thinking",
        ("'moonshot-v1-8k'", "does not accept 'thinking'", ACCEPTS_THINKING)),
    Bad("thinking-on-k2-thinking", "kimi-k2-thinking", {"thinking": {"type": "enabled"}},
        "thinking", ("does not accept 'thinking'", ACCEPTS_THINKING)),
    Bad("unknown-parameter", "kimi-k2.6", {"temprature": 0.3}, "temprature",
        ("not a parameter of model 'kimi-k2.6'", "extra_body")),
    Bad("stream_options-type", "kimi-k2.6", {"stream_options": {"include_usage": "yes"}},
        "stream_options.include_usage", ("expected a boolean",)),
    Bad("max_completion_tokens-type", "kimi-k2.6", {"max_completion_tokens": "many"},
        "max_completion_tokens", ("expected an integer",)),
    Bad("role", "kimi-k2.6", {}, "messages[0].role",
        ('"robot" is not allowed', '"system", "user", "assistant", "tool"'),
        messages=[{"role": "robot", "content": "beep"}]),
    Bad("role-missing", "kimi-k2.6", {}, "messages[1].role", ("required field is missing",),
        messages=[*USER, {"content": "who am I"}]),
    Bad("content-part-type", "kimi-k2.6", {}, "messages[0].content[1].type",
        ('"audio_url" is not allowed', "text, image_url, video_url"),
        messages=[{"role": "user", "content": [
            {"type": "text", "text": "listen"}, {"type": "audio_url", "audio_url": "a.mp3"}]}]),
    Bad("content-part-text-missing", "kimi-k2.6", {}, "messages[0].content[0].text",
        ("required field is missing",),
        messages=[{"role": "user", "content": [{"type": "text"}]}]),
    Bad("image_url-without-url", "moonshot-v1-8k-vision-preview", {},
        "messages[0].content[0].image_url.url", ("required field is missing",),
        messages=[{"role": "user", "content": [{"type": "image_url", "image_url": {}}]}]),
    Bad("content-number", "kimi-k2.6", {}, "messages[0].content",
        ("expected a string or an array",), messages=[{"role": "user", "content": 42}]),
    Bad("messages-not-list-of-objects", "kimi-k2.6", {}, "messages[0]",
        ("expected an object",), messages=["hello"]),
    Bad("partial-not-bool", "kimi-k2.6", {}, "messages[1].partial", ("expected a boolean",),
        messages=[*USER, {"role": "assistant", "content": "{", "partial": "yes"}]),
    Bad("unknown-model-bad-role", "kimi-k9-preview", {}, "messages[0].role",
        ('"wizard" is not allowed',), messages=[{"role": "wizard", "content": "x"}]),
    Bad("unknown-model-unknown-parameter", "kimi-k9-preview", {"warp_speed": 9}, "warp_speed",
        ("not a parameter of any chat model", "extra_body")),
]  # fmt: skip


def _check(error: moonshot.ValidationError, case: Bad) -> None:
    assert isinstance(error, ValueError)  # ValidationError is a ValueError too
    assert error.field == case.field
    text = str(error)
    assert repr(case.model) in text
    for fragment in case.says:
        assert fragment in text, f"{fragment!r} not in {text!r}"
    assert any(problem.startswith(f"{case.field}: ") for problem in error.errors)


@pytest.mark.parametrize("case", BAD, ids=lambda c: c.id)
def test_sync_rejected_before_sending(
    case: Bad, client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    with pytest.raises(moonshot.ValidationError) as caught:
        client.chat.completions.create(model=case.model, messages=case.messages, **case.params)
    _check(caught.value, case)
    assert requests_seen(httpserver) == []


@pytest.mark.anyio
@pytest.mark.parametrize("case", BAD, ids=lambda c: c.id)
async def test_async_rejected_before_sending(
    case: Bad, aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer
) -> None:
    with pytest.raises(moonshot.ValidationError) as caught:
        await aclient.chat.completions.create(
            model=case.model, messages=case.messages, **case.params
        )
    _check(caught.value, case)
    assert requests_seen(httpserver) == []


def test_every_problem_is_listed(client: moonshot.Moonshot, httpserver: HTTPServer) -> None:
    with pytest.raises(moonshot.ValidationError) as caught:
        client.chat.completions.create(
            model="moonshot-v1-8k",
            messages=[{"role": "bot", "content": "x"}],
            n=9,
            top_p=3,
            thinking={"type": "enabled"},
        )
    fields = [problem.split(":", 1)[0] for problem in caught.value.errors]
    assert sorted(fields) == sorted(["messages[0].role", "n", "top_p", "thinking"])
    assert requests_seen(httpserver) == []


@pytest.mark.parametrize("model", ["", None, 7])
def test_model_must_be_a_name(model: Any, client: moonshot.Moonshot) -> None:
    with pytest.raises(moonshot.ValidationError) as caught:
        client.chat.completions.create(model=model, messages=USER)
    assert caught.value.field == "model"
    assert "kimi-k2.6" in str(caught.value)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.batches.create(input_file_id="f", endpoint="/v1/embeddings"), "endpoint"),
        (lambda c: c.batches.create(input_file_id="f", metadata={"k": "v" * 513}), "metadata.k"),
        (lambda c: c.tokenizers.estimate_token_count(model="gpt-4", messages=USER), "model"),
        (
            lambda c: c.tokenizers.estimate_token_count(
                model="kimi-k2.6", messages=[{"role": "x", "content": "y"}]
            ),
            "messages[0].role",
        ),
    ],
    ids=["batch-endpoint", "batch-metadata-value", "estimate-model", "estimate-role"],
)
def test_other_bodies_checked_before_sending(
    call: Any, field: str, client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    with pytest.raises(moonshot.ValidationError) as caught:
        call(client)
    assert caught.value.field == field
    assert requests_seen(httpserver) == []
