"""The generated one-pass builders read every documented answer as the generated parsers do.

``make generate`` writes ``moonshot_openapi.readers`` (scripts/generate_readers.py): the
builder of every response model, reached through ``moonshot._openapi.generated``. For
every JSON response of every operation in the document, bodies drawn from the schema
(and the same bodies with an unknown key added to every object) must give, through the
client's parser, the generated parser's class and ``to_dict()`` and the body itself
back; a strict parser must accept them all (a body the document allows is no deviation).
Where a ``oneOf`` is involved the builder reads the member its discriminating field
names, which the generated parser does not (it takes the first member that accepts).
"""

from __future__ import annotations

import copy
import json
from typing import Any

import attrs
import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis_jsonschema import from_schema
from moonshot._openapi import generated
from moonshot._openapi.reader import ResponseDeviation

from ._prism import SPEC
from ._schemas import inline_refs
from .test_response_properties import _CLIENT, CASES, ENDPOINTS

UNKNOWN_KEY = "x_field_from_a_newer_api"


def _with_unknown_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {**{k: _with_unknown_keys(v) for k, v in value.items()}, UNKNOWN_KEY: [1, "a"]}
    if isinstance(value, list):
        return [_with_unknown_keys(item) for item in value]
    return value


def _client_parser(module: Any, strict: bool = False) -> Any:
    name = module.__name__.removeprefix(f"{generated.PACKAGE}.api.")
    return generated.response_parser(name, lambda: _CLIENT, strict=strict)


def _same(operation: str, status: int, document: Any) -> None:
    module = ENDPOINTS[operation]
    expected = module._parse_response(
        client=_CLIENT, response=httpx2.Response(status, json=copy.deepcopy(document))
    )
    got = _client_parser(module)(httpx2.Response(status, json=copy.deepcopy(document)))
    strict = _client_parser(module, strict=True)(httpx2.Response(status, json=document))
    assert type(got) is type(expected) is type(strict)
    assert got == strict
    _same_or_discriminated(got, expected)
    if hasattr(expected, "to_dict"):
        assert got.to_dict() == expected.to_dict() == document
        assert got.additional_properties == expected.additional_properties


def _same_or_discriminated(got: Any, expected: Any, where: str = "$") -> None:
    """``got`` equals what the generated parser made, field by field, except where the
    generated parser took another member of a ``oneOf`` than the one the value's
    ``type`` names: there ``got`` is that member, holding the same JSON."""
    if attrs.has(type(got)) and attrs.has(type(expected)):
        if type(got) is not type(expected):
            kind = got.to_dict().get("type")
            assert kind is not None and getattr(got, "type_", None) == kind, where
            assert got.to_dict() == expected.to_dict(), where
            return
        for field in attrs.fields(type(got)):
            name = field.name
            _same_or_discriminated(getattr(got, name), getattr(expected, name), f"{where}.{name}")
    elif isinstance(got, list) and isinstance(expected, list):
        assert len(got) == len(expected), where
        for index, (a, b) in enumerate(zip(got, expected, strict=True)):
            _same_or_discriminated(a, b, f"{where}[{index}]")
    else:
        assert got == expected, where


@pytest.mark.parametrize(
    ("operation", "status", "schema"), CASES, ids=[f"{c[0]} {c[1]}" for c in CASES]
)
def test_client_parser_builds_what_the_generated_parser_builds(
    operation: str, status: int, schema: dict[str, Any]
) -> None:
    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
    @given(document=from_schema(schema))
    def same(document: Any) -> None:
        _same(operation, status, document)
        _same(operation, status, _with_unknown_keys(document))

    same()


def test_every_json_answer_has_a_generated_builder() -> None:
    """Not vacuous: every operation's JSON answers are read by a builder, none by the
    generated ``from_dict``."""
    readers = generated.readers()
    for operation, status, _ in CASES:
        name = ENDPOINTS[operation].__name__.removeprefix(f"{generated.PACKAGE}.api.")
        cls = readers.PARSED[name][status]
        assert cls in readers.BUILDERS, (operation, status)


def test_a_body_of_another_shape_is_kept_or_refused_strictly() -> None:
    cls = generated.ChatCompletionResponse
    for body in ({"choices": "not a list of objects"}, {"usage": "nope"}):
        built = generated.build(cls, copy.deepcopy(body))
        assert built.to_dict() == body
        with pytest.raises(ResponseDeviation) as caught:
            generated.build(cls, copy.deepcopy(body), strict=True)
        assert caught.value.path == next(iter(body))
    for top in (["a list"], "text", None, 3):
        with pytest.raises(ValueError, match="expected a JSON object"):
            generated.build(cls, top)


def test_unknown_keys_are_kept_at_every_level() -> None:
    body = _with_unknown_keys(
        {"id": "c1", "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}}]}
    )
    built = generated.build(generated.ChatCompletionResponse, body)
    assert built.additional_properties == {UNKNOWN_KEY: [1, "a"]}
    message = built.choices[0].message
    assert message.additional_properties == {UNKNOWN_KEY: [1, "a"]}
    assert built.to_dict() == body


def _output_item_members() -> list[dict[str, Any]]:
    """The member schemas of the Responses answer's ``output`` items, from the document."""
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    found = []
    for item in spec["paths"].values():
        for op in item.values():
            schema = op.get("responses", {}).get("200", {}).get("content", {})
            schema = schema.get("application/json", {}).get("schema", {})
            resolved = inline_refs(schema, spec)
            output = resolved.get("properties", {}).get("output", {}).get("items", {})
            found.extend(output.get("oneOf") or output.get("anyOf") or [])
    return found


OUTPUT_ITEMS = _output_item_members()


def test_every_responses_output_item_type_parses_into_its_own_class() -> None:
    """Each ``oneOf`` member of the document's Responses output is read as the class its
    ``type`` names (the generated parser reads every one as the first member)."""
    if not OUTPUT_ITEMS:
        pytest.skip("this document has no answer whose output items are a oneOf")
    assert len(OUTPUT_ITEMS) >= 2
    classes = {}
    for member in OUTPUT_ITEMS:
        (kind,) = member["properties"]["type"]["enum"]
        item = {
            key: from_schema(sub).example()
            for key, sub in member["properties"].items()
            if key in member.get("required", []) and key != "type"
        }
        item["type"] = kind
        response = generated.build(generated.ResponsesResponse, {"output": [item]}, strict=True)
        (built,) = response.output
        assert built.type_.value == kind
        assert built.to_dict() == item
        classes[kind] = type(built)
    assert len(set(classes.values())) == len(classes), classes
