"""Bad chat requests are rejected on this machine, naming the field and what is allowed.

Every case also checks that the local server received nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import moonshot
import pytest
import spec_facts as facts
from client.conftest import requests_seen
from moonshot._openapi.chat_request import prepare_chat_body
from moonshot._openapi.schema import describe_allowed
from ops._doc import MESSAGES as MESSAGES_PATH
from ops._doc import needs
from pytest_httpserver import HTTPServer

USER = [{"role": "user", "content": "Hi"}]


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


def _range_cases() -> list[Bad]:
    """Every numeric range of every variant: just above and just below, and a string."""
    cases = []
    for model in facts.variant_models():
        for name, schema in facts.bounded_fields(model):
            allowed = describe_allowed(schema) or ""
            step = 1 if schema.get("type") == "integer" else 0.5
            if "maximum" in schema:
                high = schema["maximum"] + step
                cases.append(
                    Bad(
                        f"{name}-high-{model}",
                        model,
                        {name: high},
                        name,
                        (f"{high} is out of range", allowed),
                    )
                )
            if "minimum" in schema:
                low = schema["minimum"] - step
                cases.append(Bad(f"{name}-low-{model}", model, {name: low}, name, (allowed,)))
            kind = "an integer" if schema.get("type") == "integer" else "a number"
            cases.append(
                Bad(
                    f"{name}-not-a-number-{model}",
                    model,
                    {name: "hot"},
                    name,
                    (f"expected {kind}", '"hot"'),
                )
            )
            if schema.get("type") == "integer":
                cases.append(
                    Bad(
                        f"{name}-fraction-{model}",
                        model,
                        {name: 1.5},
                        name,
                        ("expected an integer",),
                    )
                )
    return cases


def _enum_cases() -> list[Bad]:
    cases = []
    for model in facts.variant_models():
        for name, schema in facts.enum_fields(model):
            allowed = ", ".join(f'"{v}"' for v in schema["enum"])
            cases.append(
                Bad(
                    f"{name}-not-listed-{model}",
                    model,
                    {name: "not-a-level"},
                    name,
                    ('"not-a-level" is not allowed', allowed),
                )
            )
    return cases


def _other_variant_cases() -> list[Bad]:
    """A field only other variants have: refused, naming the models that take it."""
    cases = []
    for model, name in facts.fields_of_other_variants():
        accepting = facts.catalog().models_accepting(name)
        cases.append(
            Bad(
                f"{name}-on-{model}",
                model,
                {name: {}},
                name,
                (
                    repr(model),
                    f"does not accept {name!r}",
                    f"models that do: {', '.join(accepting)}",
                ),
            )
        )
    return cases


def _nested_enum_cases() -> list[Bad]:
    """Enums one level down (thinking.type, say), per variant that has them."""
    cases = []
    for model in facts.variant_models():
        for name in sorted(facts.variant_of(model).properties):
            schema = facts.chat_field(model, name)
            for sub, sub_schema in schema.get("properties", {}).items():
                enum = sub_schema.get("enum")
                if not enum or sub_schema.get("type") != "string":
                    continue
                allowed = ", ".join(f'"{v}"' for v in enum)
                others = {
                    k: v.get("enum", [None])[0]
                    for k, v in schema["properties"].items()
                    if k in schema.get("required", ()) and k != sub
                }
                cases.append(
                    Bad(
                        f"{name}.{sub}-{model}",
                        model,
                        {name: {**others, sub: "on"}},
                        f"{name}.{sub}",
                        ('"on" is not allowed', allowed),
                    )
                )
                if sub in schema.get("required", ()):
                    cases.append(
                        Bad(
                            f"{name}.{sub}-missing-{model}",
                            model,
                            {name: {}},
                            f"{name}.{sub}",
                            ("required field is missing",),
                        )
                    )
    return cases


def _stop_and_tool_cases() -> list[Bad]:
    model = facts.plain_model()
    cases = []
    stop = facts.chat_field(model, "stop")
    array = next((o for o in stop.get("oneOf", ()) if o.get("type") == "array"), {})
    if "maxItems" in array:
        count = array["maxItems"] + 1
        cases.append(
            Bad(
                "stop-too-many",
                model,
                {"stop": ["s"] * count},
                "stop",
                (f"{count} items", f"maximum {array['maxItems']}"),
            )
        )
    limit = facts.catalog().stop_max_bytes
    if limit is not None:
        cases.append(
            Bad(
                "stop-string-too-long",
                model,
                {"stop": "x" * (limit + 1)},
                "stop",
                (f"{limit + 1} bytes", f"maximum {limit} bytes"),
            )
        )
        # Half as many characters as bytes: the limit is on bytes.
        wide = "é" * (limit // 2 + 1)
        size = len(wide.encode())
        cases.append(
            Bad(
                "stop-item-multibyte",
                model,
                {"stop": ["ok", wide]},
                "stop[1]",
                (f"{size} bytes", f"maximum {limit} bytes"),
            )
        )
    tools = facts.chat_field(model, "tools")
    if "maxItems" in tools:
        count = tools["maxItems"] + 1
        cases.append(
            Bad(
                "tools-too-many",
                model,
                {"tools": _tools(count)},
                "tools",
                (f"{count} items", f"maximum {tools['maxItems']}"),
            )
        )
    checker = facts.catalog().checker
    tool = checker.resolve(tools["items"])
    # The client widens the document's tool with Kimi's built-in shape (a oneOf): the
    # name rule checked here is the function tool's.
    function_tool = next(
        branch
        for branch in map(checker.resolve, tool.get("oneOf", [tool]))
        if branch.get("properties", {}).get("type", {}).get("enum") == ["function"]
    )
    function = function_tool["properties"]["function"]
    pattern = function["properties"]["name"].get("pattern")
    if pattern:
        for case_id, name in (
            ("digit-first", "1lookup"),
            ("space", "get weather"),
            ("too-long", "f" * 300),
        ):
            cases.append(
                Bad(
                    f"function-name-{case_id}",
                    model,
                    {"tools": _tools(1, name)},
                    "tools[0].function.name",
                    ("does not match the pattern", pattern),
                )
            )
    return cases


def _generic_cases() -> list[Bad]:
    """Shapes every published document has had: messages, content parts, basic types."""
    model = facts.plain_model()
    roles = ", ".join(f'"{r}"' for r in facts.message_roles())
    return [
        Bad("stop-not-string", model, {"stop": 5}, "stop", ("expected a string or an array",)),
        Bad(
            "tool-type",
            model,
            {"tools": [{"type": "retrieval", "function": {"name": "abc", "parameters": {}}}]},
            "tools[0].type",
            ("function, builtin_function",),
        ),
        Bad(
            "tool-parameters-missing",
            model,
            {"tools": [{"type": "function", "function": {"name": "abc"}}]},
            "tools[0].function.parameters",
            ("required field is missing",),
        ),
        Bad(
            "response_format-type",
            model,
            {"response_format": {"type": "xml"}},
            "response_format.type",
            ('"xml" is not allowed', '"json_object"'),
        ),
        Bad(
            "unknown-parameter",
            model,
            {"temprature": 0.3},
            "temprature",
            (f"not a parameter of model {model!r}", "extra_body"),
        ),
        Bad(
            "stream_options-type",
            model,
            {"stream_options": {"include_usage": "yes"}},
            "stream_options.include_usage",
            ("expected a boolean",),
        ),
        Bad(
            "max_completion_tokens-type",
            model,
            {"max_completion_tokens": "many"},
            "max_completion_tokens",
            ("expected an integer",),
        ),
        Bad(
            "role",
            model,
            {},
            "messages[0].role",
            ('"robot" is not allowed', roles),
            messages=[{"role": "robot", "content": "beep"}],
        ),
        Bad(
            "role-missing",
            model,
            {},
            "messages[1].role",
            ("required field is missing",),
            messages=[*USER, {"content": "who am I"}],
        ),
        Bad(
            "content-part-type",
            model,
            {},
            "messages[0].content[1].type",
            ('"audio_url" is not allowed', "text, image_url"),
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": "listen"},
                        {"type": "audio_url", "audio_url": "a"},
                    ],
                }
            ],
        ),
        Bad(
            "content-part-text-missing",
            model,
            {},
            "messages[0].content[0].text",
            ("required field is missing",),
            messages=[{"role": "user", "content": [{"type": "text"}]}],
        ),
        Bad(
            "image_url-without-url",
            model,
            {},
            "messages[0].content[0].image_url.url",
            ("required field is missing",),
            messages=[{"role": "user", "content": [{"type": "image_url", "image_url": {}}]}],
        ),
        Bad(
            "content-number",
            model,
            {},
            "messages[0].content",
            ("expected a string or an array",),
            messages=[{"role": "user", "content": 42}],
        ),
        Bad(
            "messages-not-list-of-objects",
            model,
            {},
            "messages[0]",
            ("expected an object",),
            messages=["hello"],
        ),
        Bad(
            "partial-not-bool",
            model,
            {},
            "messages[1].partial",
            ("expected a boolean",),
            messages=[*USER, {"role": "assistant", "content": "{", "partial": "yes"}],
        ),
        Bad(
            "unknown-model-bad-role",
            facts.UNKNOWN_MODEL,
            {},
            "messages[0].role",
            ('"wizard" is not allowed',),
            messages=[{"role": "wizard", "content": "x"}],
        ),
        Bad(
            "unknown-model-shared-field-type",
            facts.UNKNOWN_MODEL,
            {"max_completion_tokens": "many"},
            "max_completion_tokens",
            ("expected an integer",),
        ),
    ]


BAD = (
    _range_cases()
    + _enum_cases()
    + _other_variant_cases()
    + _nested_enum_cases()
    + _stop_and_tool_cases()
    + _generic_cases()
)  # fmt: skip


def test_the_cases_cover_every_kind_of_rule_the_document_has() -> None:
    kinds = {case.id.split("-")[0] for case in BAD}
    assert {"role", "content", "stop", "unknown"} <= kinds
    if len(facts.catalog().variants) > 1:
        assert _other_variant_cases()
    assert len({case.id for case in BAD}) == len(BAD)


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
    model, other = facts.fields_of_other_variants()[0]
    with pytest.raises(moonshot.ValidationError) as caught:
        client.chat.completions.create(
            model=model,
            messages=[{"role": "bot", "content": "x"}],
            max_completion_tokens="many",
            stream_options={"include_usage": "yes"},
            **{other: {}},
        )
    fields = [problem.split(":", 1)[0] for problem in caught.value.errors]
    expected = ["messages[0].role", "max_completion_tokens", "stream_options.include_usage", other]
    assert sorted(fields) == sorted(expected)
    assert requests_seen(httpserver) == []


@pytest.mark.parametrize("model", ["", None, 7])
def test_model_must_be_a_name(model: Any, client: moonshot.Moonshot) -> None:
    with pytest.raises(moonshot.ValidationError) as caught:
        client.chat.completions.create(model=model, messages=USER)
    assert caught.value.field == "model"
    assert facts.first_model() in str(caught.value)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.batches.create(input_file_id="f", endpoint="/v1/embeddings"), "endpoint"),
        (lambda c: c.batches.create(input_file_id="f", metadata={"k": "v" * 513}), "metadata.k"),
        (lambda c: c.tokenizers.estimate_token_count(model="gpt-4", messages=USER), "model"),
        (
            lambda c: c.tokenizers.estimate_token_count(
                model=facts.estimate_model(), messages=[{"role": "x", "content": "y"}]
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


@pytest.mark.parametrize("model", [*facts.variant_models(), facts.UNKNOWN_MODEL])
@pytest.mark.parametrize("wrong", ["hello", {"role": "user", "content": "Hi"}])
def test_messages_that_are_not_a_list_are_one_clear_line(
    model: str, wrong: Any, client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    with pytest.raises(moonshot.ValidationError) as caught:
        client.chat.completions.create(model=model, messages=wrong)
    assert len(caught.value.errors) == 1, caught.value.errors
    assert caught.value.errors[0].startswith("messages: expected a list of message objects, got ")
    assert "an object or an object" not in str(caught.value)
    assert requests_seen(httpserver) == []


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(
            lambda c: c.anthropic.messages.create(model="m", max_tokens=8, messages="hello"),
            marks=needs(MESSAGES_PATH),
        ),
        lambda c: c.tokenizers.estimate_token_count(model=facts.estimate_model(), messages="hello"),
    ],
    ids=["messages", "estimate"],
)
def test_other_operations_refuse_a_string_of_messages_whole(
    call: Any, client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    with pytest.raises(moonshot.ValidationError) as caught:
        call(client)
    assert [problem.split(":", 1)[0] for problem in caught.value.errors] == ["messages"]
    assert 'got string "hello"' in caught.value.errors[0]
    assert requests_seen(httpserver) == []


def _prepare(model: str, messages: list[dict[str, Any]]) -> None:
    prepare_chat_body(model, messages, {})


def _closed_message_kinds() -> list[Any]:
    """(model, schema) of every message kind a variant's union allows besides the
    standard message: a closed object with required fields (Kimi K3's dynamic tool
    message today), read from the document."""
    checker = facts.catalog().checker
    found = []
    for model in facts.variant_models():
        item = checker.resolve(facts.chat_field(model, "messages").get("items", {}))
        for option in item.get("oneOf", []):
            kind = checker.resolve(option)
            if kind.get("additionalProperties") is False and kind.get("required"):
                found.append(pytest.param(model, kind, id=model))
    return found or [
        pytest.param("", {}, marks=pytest.mark.skip(reason="no such message kind in the document"))
    ]


def test_a_message_without_content_is_refused_unless_it_is_an_assistant_turn() -> None:
    for model in facts.variant_models():
        with pytest.raises(moonshot.ValidationError, match=r"messages\[0\]\.content"):
            _prepare(model, [{"role": "user"}, *USER])
        _prepare(model, [*USER, {"role": "assistant", "content": None}, *USER])
        _prepare(model, [*USER, {"role": "assistant"}, *USER])


@pytest.mark.parametrize(("model", "kind"), _closed_message_kinds())
def test_a_malformed_message_of_another_kind_is_refused(model: str, kind: dict[str, Any]) -> None:
    """Each required field of that kind given a value of the wrong type is refused,
    though a standard message has a role and may carry other fields too."""
    role = kind["properties"]["role"]["enum"][0]
    valid_elsewhere = False
    for name in kind["required"]:
        if name == "role":
            continue
        wrong = "x" if kind["properties"][name].get("type") in ("integer", "array") else 1
        with pytest.raises(moonshot.ValidationError, match=r"messages\[0\]"):
            _prepare(model, [{"role": role, name: wrong}, *USER])
        valid_elsewhere = True
    assert valid_elsewhere
