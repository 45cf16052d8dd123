"""A compiled node's fast test accepts exactly what its explanation finds nothing in.

``SchemaChecker.errors`` trusts a compiled node's fast "valid" and walks the schema (the
node's ``explain``) only for a value it rejects, so a fast test more lenient than the
walk would let a bad request through unreported. For every component schema of the
client's API document, documents are drawn from the schema and then damaged (a value
replaced by another of any JSON kind, a key dropped, an unknown key added); the fast
verdict must equal the walk's on every one.
"""

from __future__ import annotations

import copy
from typing import Any

import _hypothesis_compat
import pytest
import spec_facts as facts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from moonshot._openapi.document import load_spec
from moonshot._openapi.schema import SchemaChecker
from moonshot._openapi.schema_compile import compile_schema

from ._schemas import inline_refs

MODEL = facts.plain_model()

_hypothesis_compat.install()

SPEC = load_spec()
SCHEMAS = SPEC["components"]["schemas"]
_SMALLER = {"messages": {"maxItems": 3}, "tools": {"maxItems": 2}}

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**40), 2**40)
    | st.floats(-1e6, 1e6, allow_nan=False)
    | st.sampled_from([0, 1, 2, -1, 0.5, 1.0, 2.5, "", "text", "user", "a" * 40, 32768])
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def _drawable(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = inline_refs(SCHEMAS[name], SPEC)
    for part in [schema, *schema.get("allOf", [])]:
        for field, limit in _SMALLER.items():
            if field in part.get("properties", {}):
                part["properties"][field] = {**part["properties"][field], **limit}
    return schema


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _places(item, (*path, index))
    return found


def _damage(document: Any, data: st.DataObject) -> Any:
    document = copy.deepcopy(document)
    for _ in range(data.draw(st.integers(0, 3))):
        path = data.draw(st.sampled_from(_places(document)))
        if not path:
            document = data.draw(JSON)
            continue
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        how = data.draw(st.sampled_from(["replace", "drop", "add"]))
        if how == "replace" or not isinstance(parent, dict):
            parent[path[-1]] = data.draw(JSON)
        elif how == "drop":
            del parent[path[-1]]
        else:
            parent[data.draw(st.text(min_size=1, max_size=6))] = data.draw(JSON)
    return document


def _walk_accepts(checker: SchemaChecker, schema: dict[str, Any], value: Any) -> bool:
    return not checker.compiled(schema).explain(value)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_compiled_predicate_agrees_with_the_walk(name: str) -> None:
    checker = SchemaChecker(SPEC)
    schema = SCHEMAS[name]
    accepts = compile_schema(schema, checker.resolve, {}).accepts

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(document=from_schema(_drawable(name)), data=st.data())
    def agree(document: Any, data: st.DataObject) -> None:
        value = _damage(document, data)
        assert accepts(value) == _walk_accepts(checker, schema, value), value

    agree()


def test_errors_report_what_the_predicate_rejects_even_after_compiling() -> None:
    checker = SchemaChecker(SPEC)
    schema = SCHEMAS[facts.variant_of(MODEL).schema_name]
    good = {"model": MODEL, "messages": [{"role": "user", "content": "hi"}]}
    bad = {**good, "max_completion_tokens": "many"}
    for _ in range(3):  # the first call compiles, later ones find the compiled node
        assert checker.errors(schema, good) == []
        assert checker.errors(schema, bad) == [
            'max_completion_tokens: expected an integer, got string "many"'
        ]
    assert id(schema) in checker._nodes


# -- boundary values at every schema node of the document ----------------------------------

_PLAIN: list[Any] = [None, True, False, 0, 1, -1, 1.5, 2.0, "", "x", [], [1], {}, {"type": "x"}]
_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")


def _nodes(node: Any) -> list[dict[str, Any]]:
    """Every schema object in ``node`` (properties' values, items, branches...)."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if any(key in node for key in ("type", "properties", "enum", "oneOf", "anyOf", "allOf")):
            found.append(node)
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                for sub in value.values():
                    found += _nodes(sub)
            elif key not in ("enum", "const", "example", "examples", "default"):
                found += _nodes(value)
    elif isinstance(node, list):
        for item in node:
            found += _nodes(item)
    return found


def _candidates(checker: SchemaChecker, schema: dict[str, Any]) -> list[Any]:
    """Values on and around each limit ``schema`` sets, and objects one change from fitting."""
    schema = dict(checker.resolve(schema))
    values = list(_PLAIN)
    for key in _BOUNDS:
        if key in schema:
            bound = schema[key]
            values += [bound - 1, bound - 0.5, bound, bound + 0.5, bound + 1, float(bound)]
    for key in ("minLength", "maxLength", "minItems", "maxItems"):
        if key in schema:
            for size in (schema[key] - 1, schema[key], schema[key] + 1):
                values += ["a" * max(size, 0), [values[0]] * max(size, 0), ["a"] * max(size, 0)]
    values += [*schema.get("enum", []), "not-a-member"]
    if "const" in schema:
        values.append(schema["const"])
    for branch in schema.get("oneOf", []) + schema.get("anyOf", []):
        tag = checker.resolve(branch).get("properties", {}).get("type", {})
        values += [{"type": value} for value in tag.get("enum", [])]
    properties = checker.merged_properties(schema)
    if properties:
        full = {name: _a_fit(checker, sub) for name, sub in properties.items()}
        values += [full, {**full, "unknown_field": 1}]
        values += [{k: v for k, v in full.items() if k != name} for name in full]
        for name, sub in properties.items():
            values += [{**full, name: wrong} for wrong in _PLAIN + _edges(checker, sub)]
    return values


def _edges(checker: SchemaChecker, schema: dict[str, Any]) -> list[Any]:
    schema = dict(checker.resolve(schema))
    edges = [schema[key] + step for key in _BOUNDS if key in schema for step in (-1, 0, 1)]
    return [*edges, *schema.get("enum", []), "not-a-member"]


def _a_fit(checker: SchemaChecker, schema: dict[str, Any]) -> Any:
    for value in [*_edges(checker, schema), *_PLAIN, "a", [{"type": "text", "text": "a"}]]:
        if not checker.errors(schema, value):
            return value
    return None


NODES = _nodes(SPEC["components"]) + _nodes(SPEC["paths"])


def test_compiled_predicate_agrees_with_the_walk_at_every_limit() -> None:
    checker = SchemaChecker(SPEC)
    checked = rejected = 0
    for node in NODES:
        accepts = compile_schema(node, checker.resolve, {}).accepts
        for value in _candidates(checker, node):
            walk = _walk_accepts(checker, node, value)
            assert accepts(value) == walk, (node, value)
            checked += 1
            rejected += not walk
    assert len(NODES) > 100 and rejected > checked // 4, (len(NODES), checked, rejected)
