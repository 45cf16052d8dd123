"""``SchemaChecker``: each keyword accepts what it should and names the path when it rejects."""

from __future__ import annotations

from typing import Any

import pytest
from moonshot._openapi.schema import SchemaChecker, describe_allowed, json_type_of

DOCUMENT: dict[str, Any] = {
    "components": {
        "schemas": {
            "Name": {"type": "string", "minLength": 1},
            "Alias": {"$ref": "#/components/schemas/Name"},
            "Point": {
                "type": "object",
                "properties": {"x": {"type": "number"}, "y": {"type": "number"}},
                "required": ["x", "y"],
            },
            "a/b": {"type": "integer"},
        }
    }
}
checker = SchemaChecker(DOCUMENT)

# (keyword, schema, a valid value, an invalid value, path expected in the message, words)
KEYWORDS: list[tuple[str, dict[str, Any], Any, Any, str, str]] = [
    ("$ref", {"$ref": "#/components/schemas/Alias"}, "bob", "", "value", "fewer than 1"),
    ("$ref-escaped", {"$ref": "#/components/schemas/a~1b"}, 3, "3", "value", "expected an integer"),
    ("type-string", {"type": "string"}, "s", 1, "value", "expected a string, got integer 1"),
    ("type-integer", {"type": "integer"}, 2.0, 2.5, "value", "expected an integer"),
    ("type-integer-not-bool", {"type": "integer"}, 0, True, "value", "got boolean"),
    ("type-number", {"type": "number"}, 3, "3", "value", "expected a number"),
    ("type-boolean", {"type": "boolean"}, False, 0, "value", "expected a boolean"),
    ("type-array", {"type": "array"}, [], {}, "value", "expected an array, got object"),
    ("type-object", {"type": "object"}, {}, [], "value", "expected an object, got array"),
    ("type-list", {"type": ["string", "null"]}, None, 5, "value", "a string or null"),
    ("enum", {"enum": ["a", "b"]}, "b", "c", "value", 'allowed values: "a", "b"'),
    ("enum-null", {"enum": ["all", None]}, None, "x", "value", '"all", null'),
    ("const", {"const": "fixed"}, "fixed", "other", "value", 'must be "fixed"'),
    ("minimum", {"minimum": 0}, 0, -1, "value", "allowed: value >= 0"),
    ("maximum", {"maximum": 1}, 1, 1.5, "value", "allowed: value <= 1"),
    ("range", {"minimum": -2, "maximum": 2}, 2, 2.01, "value", "-2 <= value <= 2"),
    ("exclusiveMinimum", {"exclusiveMinimum": 0}, 0.1, 0, "value", "value > 0"),
    ("exclusiveMaximum", {"exclusiveMaximum": 1}, 0.9, 1, "value", "value < 1"),
    ("minLength", {"minLength": 2}, "ab", "a", "value", "1 characters, fewer than 2"),
    ("maxLength", {"maxLength": 3}, "abc", "abcd", "value", "more than the maximum 3"),
    ("pattern", {"pattern": "^[a-z]+$"}, "abc", "ab1", "value", 'does not match the pattern'),
    ("minItems", {"minItems": 1}, [1], [], "value", "0 items, fewer than the minimum 1"),
    ("maxItems", {"maxItems": 2}, [1, 2], [1, 2, 3], "value", "3 items, more than the maximum 2"),
    ("items", {"items": {"type": "integer"}}, [1, 2], [1, "2"], "[1]", "expected an integer"),
    ("properties", {"properties": {"a": {"type": "string"}}}, {"a": "x"}, {"a": 1}, "a",
     "expected a string"),
    ("required", {"required": ["id"]}, {"id": 1}, {}, "id", "required field is missing"),
    ("additionalProperties-false", {"properties": {"a": {}}, "additionalProperties": False},
     {"a": 1}, {"a": 1, "b": 2}, "b", "unknown field; allowed fields: a"),
    ("additionalProperties-schema", {"additionalProperties": {"type": "string"}},
     {"k": "v"}, {"k": 1}, "k", "expected a string"),
    ("maxProperties", {"maxProperties": 1}, {"a": 1}, {"a": 1, "b": 2}, "value",
     "2 entries, more than 1"),
    ("allOf", {"allOf": [{"minimum": 0}, {"maximum": 10}]}, 5, 11, "value", "value <= 10"),
    ("oneOf", {"oneOf": [{"type": "string"}, {"type": "array", "maxItems": 1}]}, ["a"],
     ["a", "b"], "value", "2 items, more than the maximum 1"),
    ("oneOf-kind", {"oneOf": [{"type": "string"}, {"type": "array"}]}, "a", 3, "value",
     "expected a string or an array, got integer"),
    ("anyOf", {"anyOf": [{"type": "integer"}, {"type": "null"}]}, None, "x", "value",
     "expected an integer or null"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("schema", "valid", "invalid", "path", "words"),
    [k[1:] for k in KEYWORDS],
    ids=[k[0] for k in KEYWORDS],
)
def test_keyword(schema: dict[str, Any], valid: Any, invalid: Any, path: str, words: str) -> None:
    assert checker.errors(schema, valid) == []
    problems = checker.errors(schema, invalid)
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{path}: "), problems
    assert words in problems[0], problems


def test_paths_nest_through_objects_and_arrays() -> None:
    schema = {
        "type": "object",
        "properties": {
            "points": {"type": "array", "items": {"$ref": "#/components/schemas/Point"}},
        },
    }
    problems = checker.errors(schema, {"points": [{"x": 1, "y": 2}, {"x": "1"}]}, "body")
    assert problems == [
        "body.points[1].y: required field is missing",
        'body.points[1].x: expected a number, got string "1"',
    ]


def test_tagged_union_picks_the_branch_by_type() -> None:
    text = {"type": "object", "properties": {"type": {"enum": ["text"]}}, "required": ["text"]}
    image = {"type": "object", "properties": {"type": {"enum": ["image"]}}, "required": ["url"]}
    schema = {"oneOf": [text, image]}
    assert checker.errors(schema, {"type": "text", "text": "hi"}) == []
    # Only the chosen branch speaks: no noise about "url" for a text part.
    assert checker.errors(schema, {"type": "text"}, "part") == [
        "part.text: required field is missing"
    ]
    assert checker.errors(schema, {"type": "audio"}, "part") == [
        'part.type: "audio" is not allowed; allowed values: text, image'
    ]


def test_every_problem_reported() -> None:
    schema = {
        "type": "object",
        "properties": {"n": {"maximum": 5}, "s": {"enum": ["a"]}},
        "required": ["id"],
    }
    problems = checker.errors(schema, {"n": 9, "s": "b"})
    assert [p.split(":")[0] for p in problems] == ["id", "n", "s"]


def test_unknown_keywords_never_reject() -> None:
    assert checker.errors({"format": "email", "uniqueItems": True}, "not an email") == []


def test_resolve_and_merged_properties() -> None:
    assert checker.resolve({"$ref": "#/components/schemas/Alias"}) == {
        "type": "string",
        "minLength": 1,
    }
    merged = checker.merged_properties(
        {"allOf": [{"$ref": "#/components/schemas/Point"}, {"properties": {"z": {}}}]}
    )
    assert sorted(merged) == ["x", "y", "z"]


def test_bad_refs() -> None:
    with pytest.raises(ValueError, match="only local"):
        checker.errors({"$ref": "other.json#/x"}, 1)
    looping = SchemaChecker({"A": {"$ref": "#/B"}, "B": {"$ref": "#/A"}})
    with pytest.raises(ValueError, match="circular"):
        looping.errors({"$ref": "#/A"}, 1)


def test_long_values_are_shortened_in_messages() -> None:
    [problem] = checker.errors({"type": "integer"}, "x" * 500)
    assert len(problem) < 200 and problem.endswith("...")


@pytest.mark.parametrize(
    ("schema", "text"),
    [
        ({"enum": ["a", None]}, 'one of "a", null'),
        ({"minimum": 0, "maximum": 1}, "0 <= value <= 1"),
        ({"exclusiveMinimum": 0, "maximum": 1}, "0 < value <= 1"),
        ({"minimum": 1}, "value >= 1"),
        ({"exclusiveMinimum": 1}, "value > 1"),
        ({"exclusiveMaximum": 9}, "value < 9"),
        ({"type": "string"}, None),
    ],
)
def test_describe_allowed(schema: dict[str, Any], text: str | None) -> None:
    assert describe_allowed(schema) == text


@pytest.mark.parametrize(
    ("value", "name"),
    [
        (None, "null"),
        (True, "boolean"),
        (1, "integer"),
        (1.0, "number"),
        ("s", "string"),
        ({}, "object"),
        ([], "array"),
        ((), "array"),
        (b"x", "bytes"),
    ],
)
def test_json_type_of(value: Any, name: str) -> None:
    assert json_type_of(value) == name


# -- a value of the wrong kind is one line, worded for people (issue 27) ----------------------

MESSAGE_ITEM = {
    "type": "object",
    "oneOf": [
        {"type": "object", "properties": {"role": {"enum": ["user"]}}, "required": ["role"]},
        {"type": "object", "properties": {"role": {"enum": ["system"]}}, "required": ["role"]},
    ],
}
LIST_OF_MESSAGES = {
    "type": "object",
    "properties": {"messages": {"type": "array", "items": MESSAGE_ITEM}},
}


@pytest.mark.parametrize("wrong", ["hello", {"role": "user"}, 7])
def test_a_list_of_objects_says_so_in_one_line(wrong: Any) -> None:
    problems = checker.errors(LIST_OF_MESSAGES, {"messages": wrong})
    assert len(problems) == 1, problems
    assert problems[0].startswith("messages: expected a list of message objects, got "), problems


def test_a_string_for_an_array_is_one_error_not_one_per_character() -> None:
    schema = {"type": "array", "items": {"type": "integer"}}
    assert checker.errors(schema, "12345") == ['value: expected an array, got string "12345"']


def test_alternatives_of_one_kind_name_it_once() -> None:
    problems = checker.errors(LIST_OF_MESSAGES, {"messages": [5]})
    assert problems == ["messages[0]: expected an object, got integer 5"]
    untyped = {"oneOf": [{"type": "object", "required": ["a"]}, {"type": "object"}]}
    assert checker.errors({"items": untyped}, ["x"]) == ['[0]: expected an object, got string "x"']
