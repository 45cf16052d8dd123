"""MFJS rules: each with a schema that passes and one that fails (with its JSON path)."""

from __future__ import annotations

from typing import Any

import moonshot
import pytest
from moonshot._openapi.mfjs import schema_problems
from moonshot.testing import LocalMoonshot

from ._models import plain_tool_request, structured_model


def obj(**props: Any) -> dict[str, Any]:
    return {"type": "object", "properties": props}


LINKED_LIST = {
    "type": "object",
    "properties": {"linked_list": {"$ref": "#/$defs/node"}},
    "$defs": {
        "node": {
            "type": "object",
            "properties": {
                "value": {"type": "number"},
                "next": {"anyOf": [{"$ref": "#/$defs/node"}, {"type": "null"}]},
            },
            "additionalProperties": False,
            "required": ["next", "value"],
        }
    },
    "additionalProperties": False,
    "required": ["linked_list"],
}

# (rule, passing schema, failing schema, the path the failure names, a fragment of it)
RULES: list[tuple[str, Any, Any, str, str]] = [
    ("root is an object", {"type": "object"}, {"type": "string"}, "$.type", "root"),
    ("root {} is any value", {}, [], "$", "JSON object"),
    ("seven type names", obj(a={"type": "integer"}), obj(a={"type": "int"}),
     "$.properties.a.type", "allowed types"),
    ("unsupported keyword", obj(a={"type": "string"}),
     obj(a={"type": "string", "format": "date"}), "$.properties.a.format", "not supported"),
    ("no oneOf", obj(a={"anyOf": [{"type": "string"}, {"type": "null"}]}),
     obj(a={"oneOf": [{"type": "string"}, {"type": "null"}]}), "$.properties.a.oneOf",
     "not supported"),
    ("no const", obj(a={"enum": ["x"]}), obj(a={"const": "x"}), "$.properties.a.const",
     "not supported"),
    ("no pattern", obj(a={"type": "string", "maxLength": 3}),
     obj(a={"type": "string", "pattern": "^a"}), "$.properties.a.pattern", "not supported"),
    ("no exclusiveMinimum", obj(a={"type": "number", "minimum": 0}),
     obj(a={"type": "number", "exclusiveMinimum": 0}), "$.properties.a.exclusiveMinimum",
     "not supported"),
    ("type not beside anyOf", obj(a={"anyOf": [{"type": "string"}], "description": "d"}),
     obj(a={"type": "string", "anyOf": [{"type": "string"}]}), "$.properties.a.type",
     "inside each branch"),
    ("type not beside $ref", LINKED_LIST,
     {**LINKED_LIST, "properties": {"linked_list": {"type": "object", "$ref": "#/$defs/node"}}},
     "$.properties.linked_list.type", "inside each branch"),
    ("$defs only at the root", LINKED_LIST,
     obj(a={"type": "object", "$defs": {"x": {"type": "string"}}}),
     "$.properties.a.$defs", "only at the root"),
    ("$defs names without /", {"type": "object", "$defs": {"a": {"type": "string"}}},
     {"type": "object", "$defs": {"a/b": {"type": "string"}}}, "$.$defs[\"a/b\"]", '"/"'),
    ("$ref stays inside", obj(a={"$ref": "#"}),
     obj(a={"$ref": "https://example.com/schema.json"}), "$.properties.a.$ref",
     "only references inside"),
    ("$ref names a definition", LINKED_LIST,
     {**LINKED_LIST, "properties": {"linked_list": {"$ref": "#/$defs/missing"}}},
     "$.properties.linked_list.$ref", "names no definition"),
    ("$id only at the root, a string", {"type": "object", "$id": "root"},
     {"type": "object", "$id": 3}, "$.$id", "string"),
    ("no infinite recursion", LINKED_LIST,
     {"type": "object", "properties": {"n": {"$ref": "#/$defs/loop"}}, "required": ["n"],
      "$defs": {"loop": {"type": "object", "properties": {"next": {"$ref": "#/$defs/loop"}},
                         "required": ["next"]}}},
     "$.$defs.loop", "infinite recursion"),
    ("reserved property names", obj(ref={"type": "string"}), obj(**{"$ref": {"type": "string"}}),
     "$.properties.$ref", "property name"),
    ("required names a property", {**obj(a={"type": "string"}), "required": ["a"]},
     {**obj(a={"type": "string"}), "required": ["b"]}, "$.required", "'b'"),
    ("additionalProperties bool or schema",
     {"type": "object", "additionalProperties": {"type": "string"}},
     {"type": "object", "additionalProperties": "no"}, "$.additionalProperties", "boolean"),
    ("items is one non-empty schema", obj(a={"type": "array", "items": {"type": "string"}}),
     obj(a={"type": "array", "items": {}}), "$.properties.a.items", "non-empty"),
    ("no tuple items", obj(a={"type": "array"}),
     obj(a={"type": "array", "items": [{"type": "string"}]}), "$.properties.a.items",
     "JSON object"),
    ("keywords fit the type", obj(a={"type": "string", "maxLength": 5}),
     obj(a={"type": "string", "minimum": 5}), "$.properties.a.minimum", "not allowed with type"),
    ("enum literals only", obj(a={"type": "number", "enum": [1, 2.5]}),
     obj(a={"enum": [True, False]}), "$.properties.a.enum", "strings and numbers"),
    ("enum of one type", obj(a={"enum": ["a", "b"]}), obj(a={"enum": ["a", 1]}),
     "$.properties.a.enum", "one type"),
    ("enum values fit the type", obj(a={"type": "string", "enum": ["a"]}),
     obj(a={"type": "string", "enum": [1]}), "$.properties.a.enum[0]", "not of type"),
    ("minimum <= maximum", obj(a={"type": "integer", "minimum": 1, "maximum": 2}),
     obj(a={"type": "integer", "minimum": 3, "maximum": 2}), "$.properties.a", "greater than"),
    ("lengths are counts", obj(a={"type": "string", "minLength": 0}),
     obj(a={"type": "string", "minLength": -1}), "$.properties.a.minLength", "non-negative"),
    ("{} in properties is not any", obj(a={"type": "object"}), obj(a={}), "$.properties.a",
     "empty schema"),
    ("a property says its type", obj(a={"type": "string", "description": "x"}),
     obj(a={"description": "x"}), "$.properties.a", "no \"type\""),
    ("description is a string", obj(a={"type": "string", "description": "x"}),
     obj(a={"type": "string", "description": 5}), "$.properties.a.description", "string"),
    ("no scientific notation", obj(a={"type": "number", "maximum": 0.001}),
     obj(a={"type": "number", "maximum": 1e-07}), "$.properties.a.maximum", "scientific"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "good", "bad", "path", "fragment"), RULES, ids=[r[0] for r in RULES]
)
def test_rule_passes_and_fails(rule: str, good: Any, bad: Any, path: str, fragment: str) -> None:
    assert schema_problems(good) == []
    moonshot.check_schema(good)
    with pytest.raises(moonshot.ValidationError) as caught:
        moonshot.check_schema(bad)
    problems = caught.value.errors
    assert any(p.startswith(f"{path}: ") and fragment in p for p in problems), problems


# Rules only "strict" applies: the MFJS spec's narrower subset.
STRICT: list[tuple[str, Any, Any, str]] = [
    ("title (walle accepts, the spec does not)", obj(a={"type": "string", "title": "A"}),
     obj(a={"type": "string"}), "$.properties.a.title"),
    ("keywords the spec does not describe", obj(a={"type": "string", "maxLength": 3}),
     obj(a={"type": "string"}), "$.properties.a.maxLength"),
    ("default fits its schema", obj(a={"type": "integer", "default": "ten"}),
     obj(a={"type": "integer", "default": 10}), "$.properties.a.default"),
    ("unknown keywords", obj(a={"type": "string", "x-note": 1}), obj(a={"type": "string"}),
     '$.properties.a["x-note"]'),
    ("one kind of number per enum", obj(a={"type": "number", "enum": [1, 2.5]}),
     obj(a={"type": "number", "enum": [1.5, 2.5]}), "$.properties.a.enum"),
    ("type is one string", obj(a={"type": ["string", "null"]}),
     obj(a={"anyOf": [{"type": "string"}, {"type": "null"}]}), "$.properties.a.type"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "lite_only", "strict_ok", "path"), STRICT, ids=[r[0] for r in STRICT]
)
def test_strict_rules(rule: str, lite_only: Any, strict_ok: Any, path: str) -> None:
    moonshot.check_schema(lite_only, level="lite")
    moonshot.check_schema(strict_ok, level="strict")
    with pytest.raises(moonshot.ValidationError) as caught:
        moonshot.check_schema(lite_only, level="strict")
    assert any(p.startswith(f"{path}: ") for p in caught.value.errors), caught.value.errors


def test_every_problem_is_listed_at_once() -> None:
    bad = obj(
        a={"type": "string", "format": "email"}, b={}, c={"type": "integer", "uniqueItems": True}
    )
    with pytest.raises(moonshot.ValidationError) as caught:
        moonshot.check_schema(bad)
    assert len(caught.value.errors) == 3
    assert caught.value.field == "$.properties.a.format"


def test_level_must_be_known() -> None:
    with pytest.raises(ValueError, match="lite"):
        moonshot.check_schema({}, level="loose")  # type: ignore[arg-type]


def test_chat_request_checks_tool_and_response_schemas(
    server: LocalMoonshot, client: moonshot.Moonshot
) -> None:
    tool = {
        "type": "function",
        "function": {"name": "lookup", "parameters": obj(q={"type": "string", "format": "uri"})},
    }
    ask = [{"role": "user", "content": "hi"}]
    with pytest.raises(moonshot.ValidationError) as caught:
        client.chat.completions.create(**plain_tool_request(), messages=ask, tools=[tool])
    assert caught.value.field == "tools[0].function.parameters.properties.q.format"
    response_format = {"type": "json_schema", "json_schema": {"name": "x", "schema": obj(a={})}}
    with pytest.raises(moonshot.ValidationError) as caught:
        client.chat.completions.create(
            model=structured_model(), messages=ask, response_format=response_format
        )
    assert caught.value.field == "response_format.json_schema.schema.properties.a"
    assert not server.requests
    # strict: false asks the API for a JSON object only; the schema is not held to MFJS.
    loose = {**tool, "function": {**tool["function"], "strict": False}}
    client.chat.completions.create(**plain_tool_request(), messages=ask, tools=[loose])
    assert len(server.requests) == 1


def test_a_schema_changed_after_a_request_is_checked_again(
    server: LocalMoonshot, client: moonshot.Moonshot
) -> None:
    parameters = obj(q={"type": "string"})
    tool = {"type": "function", "function": {"name": "lookup", "parameters": parameters}}
    ask = [{"role": "user", "content": "hi"}]
    client.chat.completions.create(**plain_tool_request(), messages=ask, tools=[tool])
    parameters["properties"]["q"]["format"] = "uri"  # the same dict, now invalid
    with pytest.raises(moonshot.ValidationError, match="format"):
        client.chat.completions.create(**plain_tool_request(), messages=ask, tools=[tool])
    assert len(server.requests) == 1
