"""The client's one-pass model builder makes exactly what the generated parsers make.

``moonshot._openapi.model_builders.build`` stands in for the generated ``from_dict`` on
every answer the client parses (it reads the field names, JSON keys and kinds from the
generated code). For every JSON response of every operation in the document, bodies
drawn from the schema (and the same bodies with an unknown key added to every object)
must give the same class, equal objects and the same ``to_dict()`` through the client's
parser as through the generated ``_parse_response``.
"""

from __future__ import annotations

import copy
from typing import Any

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis_jsonschema import from_schema
from moonshot._openapi import generated
from moonshot._openapi.model_builders import build, builds_fast, models_by_status

from .test_response_properties import _CLIENT, CASES, ENDPOINTS

UNKNOWN_KEY = "x_field_from_a_newer_api"


def _with_unknown_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {**{k: _with_unknown_keys(v) for k, v in value.items()}, UNKNOWN_KEY: [1, "a"]}
    if isinstance(value, list):
        return [_with_unknown_keys(item) for item in value]
    return value


def _client_parser(module: Any) -> Any:
    name = module.__name__.removeprefix(f"{generated.PACKAGE}.api.")
    return generated.response_parser(name, lambda: _CLIENT)


def _same(operation: str, status: int, document: Any) -> None:
    module = ENDPOINTS[operation]
    expected = module._parse_response(
        client=_CLIENT, response=httpx2.Response(status, json=copy.deepcopy(document))
    )
    got = _client_parser(module)(httpx2.Response(status, json=copy.deepcopy(document)))
    assert type(got) is type(expected)
    assert got == expected
    if hasattr(expected, "to_dict"):
        assert got.to_dict() == expected.to_dict()
        assert got.additional_properties == expected.additional_properties


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


def test_the_one_pass_builder_is_used_for_the_success_answers() -> None:
    """Not vacuous: most operations' 2xx answers are built without the generated
    ``from_dict`` at their top level (a class with a union field is left to it)."""
    success = [
        cls
        for module in ENDPOINTS.values()
        for status, cls in models_by_status(module._parse_response).items()
        if 200 <= status < 300
    ]
    assert len(success) >= len(ENDPOINTS) // 2
    fast = [cls for cls in success if builds_fast(cls)]
    assert len(fast) >= len(success) // 2, [c.__name__ for c in success if c not in fast]
    assert builds_fast(generated.ChatCompletionResponse)


def test_a_body_of_the_wrong_shape_fails_as_the_generated_parser_does() -> None:
    cls = generated.ChatCompletionResponse
    for body in ({"choices": "not a list of objects"}, {"usage": "nope"}, ["a list"]):
        with pytest.raises(Exception) as generated_error:
            cls.from_dict(copy.deepcopy(body))
        with pytest.raises(type(generated_error.value)):
            build(cls, copy.deepcopy(body))


def test_unknown_keys_are_kept_at_every_level() -> None:
    body = _with_unknown_keys(
        {"id": "c1", "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}}]}
    )
    built = build(generated.ChatCompletionResponse, body)
    assert built.additional_properties == {UNKNOWN_KEY: [1, "a"]}
    message = built.choices[0].message
    assert message.additional_properties == {UNKNOWN_KEY: [1, "a"]}
    assert built.to_dict() == body
