"""The fast paths of the chat request check agree with the general ones.

The compiled predicate of a chat variant checks an ``allOf`` of object schemas as one
merged object and runs each field's check by its value's exact Python type; a plain
message is copied in one step. Here, for every request variant of the API document,
bodies built from the document (each field valid, then each replaced by values of
other kinds, subclasses and near misses) get the same verdict from the compiled
predicate, from the parts of the ``allOf`` compiled one by one, and from the compiled
node's explanation (the schema as written), and the same messages with or without the
fast test first.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any

import pytest
import spec_facts as facts
from moonshot import ValidationError
from moonshot._openapi.chat_request import ChatVariant, prepare_chat_body, to_plain
from moonshot._openapi.document import load_spec
from moonshot._openapi.schema import SchemaChecker
from moonshot._openapi.schema_compile import compile_schema
from moonshot.testing._values import value_for

SPEC = load_spec()
VARIANTS = [v for v in facts.catalog().variants if v.models]


class Text(str):
    """A str subclass: not a plain type, so the exact-type checks hand it on."""


class Number(int):
    """An int subclass, likewise."""


class Colour(enum.Enum):
    RED = "red"


def _odd_values(value: Any) -> list[Any]:
    """Values of other kinds and near misses for a field whose valid value is ``value``."""
    odd: list[Any] = [None, True, False, 0, -1, 2.0, 2.5, "", "x", [], {}, Colour.RED]
    odd += [Number(3), Text("user"), (1, 2), MappingProxyType({"type": "x"})]
    if isinstance(value, str):
        odd += [Text(value), value + "-not-a-member"]
    if isinstance(value, bool):
        odd += [int(value)]
    elif isinstance(value, int):
        odd += [float(value), Number(value), str(value), value + 0.5]
    if isinstance(value, dict):
        odd += [MappingProxyType(value), {**value, "unknown_field": 1}, [value]]
        odd += [{k: v for k, v in value.items() if k != name} for name in value]
    if isinstance(value, list):
        odd += [tuple(value), [*value, *value], [None], [1]]
    return odd


def _messages(checker: SchemaChecker, variant: ChatVariant) -> list[Any]:
    item = checker.merged_properties({"$ref": _ref(variant)})["messages"]
    message = value_for(checker.resolve(item).get("items", {}), "hi", resolve=checker.resolve)
    plain = {"role": "user", "content": "hi"}
    parts = [{"type": "text", "text": "hi"}]
    # An assistant turn may leave content out (a tool-calling turn); no other role may.
    assistant = {"role": "assistant", "tool_calls": []}
    return [message, plain, {**plain, "content": None}, {**plain, "content": parts}, assistant]


def _ref(variant: ChatVariant) -> str:
    return f"#/components/schemas/{variant.schema_name}"


def _bodies(checker: SchemaChecker, variant: ChatVariant) -> Iterator[dict[str, Any]]:
    """Valid bodies of ``variant`` and, field by field and message by message, bad ones."""
    model = variant.models[0]
    messages = _messages(checker, variant)
    fields = checker.merged_properties({"$ref": _ref(variant)})
    full: dict[str, Any] = {"model": model, "messages": messages}
    for name, schema in fields.items():
        if name not in full:
            full[name] = value_for(schema, "sample_value", resolve=checker.resolve)
    yield {"model": model, "messages": messages}
    yield full
    for name in full:
        yield {k: v for k, v in full.items() if k != name}
        for odd in _odd_values(full[name]):
            yield {**full, name: odd}
    for index, message in enumerate(messages):
        for key in message:
            for odd in _odd_values(message[key]):
                changed = [*messages]
                changed[index] = {**message, key: odd}
                yield {"model": model, "messages": changed}
        for odd in _odd_values(message):
            yield {"model": model, "messages": [*messages[:index], odd]}


def _walk_accepts(checker: SchemaChecker, schema: Mapping[str, Any], value: Any) -> bool:
    return not checker.compiled(schema).explain(value)


@pytest.mark.parametrize("variant", VARIANTS, ids=[v.schema_name for v in VARIANTS])
def test_the_compiled_variant_check_agrees_with_its_parts_and_the_walk(
    variant: ChatVariant,
) -> None:
    checker = SchemaChecker(SPEC)
    schema = checker.resolve({"$ref": _ref(variant)})
    accepts = compile_schema(schema, checker.resolve, {}).accepts
    parts = [compile_schema(part, checker.resolve, {}).accepts for part in schema.get("allOf", [])]
    own = {k: v for k, v in schema.items() if k != "allOf"}
    parts.append(compile_schema(own, checker.resolve, {}).accepts)
    verdicts = set()
    for body in _bodies(checker, variant):
        walk = _walk_accepts(checker, schema, body)
        assert accepts(body) == walk, body
        assert all(part(body) for part in parts) == walk, body
        verdicts.add(walk)
    assert verdicts == {True, False}  # the table holds bodies of both kinds


@pytest.mark.parametrize("variant", VARIANTS, ids=[v.schema_name for v in VARIANTS])
def test_the_messages_are_the_same_with_and_without_the_fast_test(variant: ChatVariant) -> None:
    checker = SchemaChecker(SPEC)
    schema = checker.resolve({"$ref": _ref(variant)})
    node = checker.compiled(schema)
    assert checker.compiled(schema) is node  # compiled once, then kept
    reported = 0
    for body in _bodies(checker, variant):
        explained = node.explain(body)  # the schema as written, no fast test first
        assert checker.errors(schema, body) == explained, body
        reported += bool(explained)
    assert reported > 10


@pytest.mark.parametrize("variant", VARIANTS, ids=[v.schema_name for v in VARIANTS])
def test_prepare_chat_body_reports_each_bad_field_with_the_walks_messages(
    variant: ChatVariant,
) -> None:
    walking = SchemaChecker(SPEC)
    schema = walking.resolve({"$ref": _ref(variant)})
    model = variant.models[0]
    for body in _bodies(walking, variant):
        if body.get("model") != model or not isinstance(body.get("messages"), list):
            continue
        params = {k: v for k, v in body.items() if k not in ("model", "messages")}
        expected = walking.errors(schema, _reference_plain(body))  # what is sent is checked
        try:
            sent = prepare_chat_body(model, body["messages"], params)
        except ValidationError as error:
            for problem in expected:
                assert problem in str(error), (body, problem)
        else:
            assert not expected, body
            assert sent == _reference_plain(body)


class _Model:
    """Anything with ``to_dict`` (a generated model)."""

    def __init__(self, value: dict[str, Any]) -> None:
        self.value = value

    def to_dict(self) -> dict[str, Any]:
        return dict(self.value)


def _reference_plain(value: Any) -> Any:
    """What ``to_plain`` means, without its shortcuts."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {k: _reference_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_reference_plain(v) for v in value]
    return value


PLAIN_CASES: list[Any] = [
    [{"role": "user", "content": "hi"}],
    [{"role": "user", "content": "hi", "partial": True, "name": None, "n": 1.5}],
    [{"role": "user", "content": [{"type": "text", "text": "hi"}]}],
    [{"role": Text("user"), "content": Colour.RED}],
    [MappingProxyType({"role": "user", "content": "hi"})],
    [_Model({"role": "user", "content": "hi"})],
    ({"role": "user", "content": ("a", ["b", {"c": (1,)}])},),
    [{"role": "tool", "tool_calls": [{"id": "1", "function": {"arguments": "{}"}}]}],
    [[], (), "text", 1, None],
]


def _containers(value: Any) -> Iterator[Any]:
    if isinstance(value, dict | list):
        yield value
    if isinstance(value, Mapping):
        for item in value.values():
            yield from _containers(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _containers(item)


@pytest.mark.parametrize("messages", PLAIN_CASES)
def test_the_plain_message_copy_agrees_with_the_general_conversion(messages: Any) -> None:
    model = facts.plain_model()
    body = prepare_chat_body(model, iter(messages), {}) if _valid(model, messages) else None
    expected = _reference_plain(list(messages))
    assert to_plain(list(messages)) == expected
    if body is not None:
        assert body["messages"] == expected
    # A copy all the way down: nothing the caller holds is sent (or later changed) as is.
    given = list(messages)
    plain = to_plain(given)  # both held, so no id is reused
    assert not {id(c) for c in _containers(given)} & {id(c) for c in _containers(plain)}
    if body is not None:
        assert not {id(c) for c in _containers(given)} & {id(c) for c in _containers(body)}


def _valid(model: str, messages: Any) -> bool:
    try:
        prepare_chat_body(model, list(messages), {})
    except ValidationError:
        return False
    return True
