"""Schemas compiled to yes/no predicates: the fast path of the ``SchemaChecker``.

Every request is checked before it is sent, and nearly every request is valid. Walking
the schema for each one (looking up each keyword, building the path of each node,
formatting messages for the ``oneOf`` branches that do not fit) took most of the
client's own time per request. A compiled predicate answers "valid or not" with the
keywords read once, at compile time; only a value it rejects is walked again by the
checker to say what is wrong. It accepts exactly what the checker accepts (the same
keywords with the same meaning; ``tests/contract/test_schema_fast_path.py`` holds this).

The predicates are specialised for the shapes requests have: a node with a ``type`` looks
up the one test left for the value's exact Python type (nothing, an enum's set, its
kind's limits), and object and array tests run that lookup in their own loop; an
``allOf`` of plain object schemas is one object; a ``oneOf`` takes a value a bare-type
branch allows without trying branches; a union of key shapes (an object that needs some
keys, or pins a key's value: a message's content, unless it is an assistant turn) is
one loop over the shapes. Anything else (subclasses, a float for an
integer) goes to the general test. ``tests/openapi/test_check_fast_paths.py`` holds the
chat variants' predicates to the unspecialised meaning.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Mapping
from typing import Any, Literal

__all__ = ["Predicate", "compile_schema", "json_type_of", "tag_values"]

_EXACT_KINDS: dict[type, str] = {
    dict: "object",
    list: "array",
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    type(None): "null",
}


def json_type_of(value: Any) -> str:
    """The JSON type name of a Python value."""
    exact = _EXACT_KINDS.get(type(value))
    if exact is not None:
        return exact
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list | tuple):
        return "array"
    return type(value).__name__


Predicate = Callable[[Any], bool]
Resolver = Callable[[Mapping[str, Any]], Mapping[str, Any]]


def compile_schema(
    schema: Mapping[str, Any],
    resolve: Resolver,
    cache: dict[int, tuple[Mapping[str, Any], Predicate]],
) -> Predicate:
    """The predicate for ``schema``; ``cache`` (by schema identity) is shared and filled."""
    schema = resolve(schema)
    found = cache.get(id(schema))
    if found is not None:
        return found[1]
    # Registered before the parts are compiled, so a schema that refers to itself works.
    compiled: list[Predicate] = []
    cache[id(schema)] = (schema, lambda value: compiled[0](value))

    def sub(part: Mapping[str, Any]) -> Predicate:
        return compile_schema(part, resolve, cache)

    compiled.append(_node(schema, sub, resolve))
    cache[id(schema)] = (schema, compiled[0])
    return compiled[0]


def _node(
    schema: Mapping[str, Any],
    sub: Callable[[Mapping[str, Any]], Predicate],
    resolve: Resolver,
) -> Predicate:
    merged = _merged_objects(schema, resolve)
    if merged is not None:
        return sub(merged)
    first: list[Predicate] = [sub(part) for part in schema.get("allOf", ())]
    for keyword in ("oneOf", "anyOf"):
        if keyword in schema:
            first.append(_alternatives(schema[keyword], sub, resolve))
    wanted = schema.get("type")
    types = None if wanted is None else tuple(wanted if isinstance(wanted, list) else (wanted,))
    kinds = None if types is None else _kinds_for(types)
    integral = types is not None and "integer" in types and "number" not in types
    has_enum, enum = "enum" in schema, schema.get("enum")
    has_const, const = "const" in schema, schema.get("const")
    by_kind: dict[str, Predicate] = {}
    number = _number(schema)
    if number is not None:
        by_kind["integer"] = by_kind["number"] = number
    for kind, build in (("string", _string), ("array", _array), ("object", _object)):
        test = build(schema, sub)
        if test is not None:
            by_kind[kind] = test
    exact = _EXACT_KINDS.get

    def accepts(value: Any) -> bool:
        for test in first:
            if not test(value):
                return False
        kind = exact(type(value)) or json_type_of(value)
        if (
            kinds is not None
            and kind not in kinds
            and not (integral and kind == "number" and float(value).is_integer())
        ):
            return False
        if has_enum and value not in enum:  # type: ignore[operator]
            return False
        if has_const and value != const:
            return False
        check = by_kind.get(kind)
        return check is None or check(value)

    if kinds is not None and not has_const:
        typed = _by_exact_type(kinds, by_kind, enum if has_enum else None, accepts)
        if not first:
            return typed
        # A typed node with an allOf or a union beside its own keywords: its own test
        # stays specialised, and the parts run after it.
        return _all_of([typed, *first])
    if first and kinds is None and not (has_enum or has_const or by_kind):
        return _all_of(first)
    return accepts


# What a check of one exact Python type comes to: True (accepted outright), a predicate,
# or None (the general ``accepts`` decides).
Check = Predicate | Literal[True] | None


def _by_exact_type(
    kinds: frozenset[Any],
    by_kind: Mapping[str, Predicate],
    enum: list[Any] | None,
    general: Predicate,
) -> Predicate:
    """A node with a ``type`` (and no ``allOf``/``oneOf``/``const``), specialised per exact
    Python type: a value of a plain JSON type its ``type`` allows goes straight to the one
    test left (the enum, the limits of its kind, or nothing); any other value (a float
    for an integer, a subclass, a wrong kind) is left to ``general``."""
    members = _hashable_set(enum)
    checks: dict[type, Check] = {}
    for python_type, kind in _EXACT_KINDS.items():
        if kind not in kinds:
            continue
        check = by_kind.get(kind)
        if enum is None:
            checks[python_type] = True if check is None else check
        elif members is not None and check is None:
            checks[python_type] = members.__contains__
    if all(check is True for check in checks.values()):
        outright = frozenset(checks)

        def of_kind(value: Any) -> bool:  # the usual leaf: a type and nothing else
            return type(value) in outright or general(value)

        return _with_table(of_kind, checks, general)

    def typed(value: Any) -> bool:
        check = checks.get(type(value))
        if check is True:
            return True
        return general(value) if check is None else check(value)

    return _with_table(typed, checks, general)


# A predicate's checks by exact type and its general test, for the object and array
# tests that hold it to run the check of a plain value in their own loop (a call less
# per field: most fields are a bare type, an enum or an object whose test is known).
Table = tuple[Mapping[type, Check], Predicate]
_TABLES: weakref.WeakKeyDictionary[Predicate, Table] = weakref.WeakKeyDictionary()
_NO_CHECKS: Mapping[type, Check] = {}


def _with_table(test: Predicate, checks: Mapping[type, Check], general: Predicate) -> Predicate:
    _TABLES[test] = (checks, general)
    return test


def _table(test: Predicate) -> Table:
    """What ``_with_table`` registered for ``test``, else: no checks, call ``test``."""
    return _TABLES.get(test) or (_NO_CHECKS, test)


def _merged_objects(schema: Mapping[str, Any], resolve: Resolver) -> dict[str, Any] | None:
    """An ``allOf`` of plain object schemas (``type``, ``properties``, ``required``) as
    one object schema, so a value is walked once: a chat request variant is its base
    schema plus the model's fields. A property several parts name must fit each of
    them (``allOf`` of its schemas). None when any part says more than that."""
    parts_of = schema.get("allOf")
    if not isinstance(parts_of, list) or not parts_of:
        return None
    parts: list[Mapping[str, Any]] = [{k: v for k, v in schema.items() if k != "allOf"}]
    parts += [resolve(part) for part in parts_of]
    properties: dict[str, list[Any]] = {}
    required: list[Any] = []
    typed = False
    for part in parts:
        for key, value in part.items():
            if key not in _MERGEABLE and not (key == "additionalProperties" and value is True):
                return None
        if "type" in part:
            if part["type"] != "object":
                return None
            typed = True
        props = part.get("properties", {})
        if not isinstance(props, Mapping):
            return None
        for name, sub_schema in props.items():
            properties.setdefault(name, []).append(sub_schema)
        required += [name for name in part.get("required", ()) if name not in required]
    merged: dict[str, Any] = {
        "properties": {
            name: found[0] if len(found) == 1 else {"allOf": found}
            for name, found in properties.items()
        },
        "required": required,
    }
    if typed:
        merged["type"] = "object"
    return merged


def _hashable_set(values: list[Any] | None) -> frozenset[Any] | None:
    """``values`` as a set, when each is hashable (then ``in`` means the same for values of
    the plain JSON types)."""
    if values is None:
        return None
    try:
        return frozenset(values)
    except TypeError:
        return None


def _all_of(tests: list[Predicate]) -> Predicate:
    if len(tests) == 1:
        return tests[0]
    if len(tests) == 2:
        first, second = tests

        def both(value: Any) -> bool:
            return first(value) and second(value)

        return both

    def all_of(value: Any) -> bool:
        return all(test(value) for test in tests)

    return all_of


def _outright_types(schema: Mapping[str, Any]) -> frozenset[type]:
    """The exact Python types whose every value ``schema`` accepts (a bare ``type``)."""
    wanted = schema.get("type")
    if wanted is None or any(key not in _ANNOTATIONS for key in schema):
        return frozenset()
    types = wanted if isinstance(wanted, list) else (wanted,)
    kinds = _kinds_for(tuple(types))
    return frozenset(t for t, kind in _EXACT_KINDS.items() if kind in kinds)


# Keywords that say nothing of which values a schema accepts.
_ANNOTATIONS = frozenset(
    {"type", "title", "description", "default", "example", "examples", "deprecated", "format"}
    | {"readOnly", "writeOnly", "nullable"}
)
# What an object schema may say and still be merged with the others of an ``allOf``.
_MERGEABLE = _ANNOTATIONS | {"properties", "required"}


def _kinds_for(types: tuple[Any, ...]) -> frozenset[Any]:
    """The JSON kinds a ``type`` keyword accepts outright (a number is an integer's only
    other chance: when it is integral, checked apart)."""
    kinds = set(types)
    if "number" in kinds:
        kinds.add("integer")
    return frozenset(kinds)


def _alternatives(
    options: list[Mapping[str, Any]],
    sub: Callable[[Mapping[str, Any]], Predicate],
    resolve: Resolver,
) -> Predicate:
    resolved = [resolve(option) for option in options]
    tests = [sub(option) for option in resolved]
    # A value of a plain type some branch takes whole (a string for content that may be a
    # string) needs no branch run.
    outright = frozenset().union(*(_outright_types(option) for option in resolved))
    # A tagged union: every branch names its "type" values; the tag picks the branch.
    by_tag: dict[str, Predicate] = {}
    tagged = True
    for option, test in zip(resolved, tests, strict=True):
        values = tag_values(option)
        tagged = tagged and bool(values)
        for value in values:
            by_tag.setdefault(value, test)

    def any_branch(value: Any) -> bool:
        return type(value) in outright or any(test(value) for test in tests)

    shapes = _key_shapes(resolved)
    if shapes is not None:
        return _any_key_shape(shapes, any_branch)
    if not tagged:
        return _with_table(any_branch, dict.fromkeys(outright, True), any_branch)

    def by_tag_or_any(value: Any) -> bool:
        if type(value) is dict or isinstance(value, Mapping):
            tag = value.get("type")
            if isinstance(tag, str):
                test = by_tag.get(tag)
                return test is not None and test(value)
        return any_branch(value)

    return by_tag_or_any


# An object branch that only names keys it needs and values some keys may take.
KeyShape = tuple[tuple[str, ...], tuple[tuple[str, frozenset[Any]], ...]]
_SHAPE_KEYWORDS = frozenset({"type", "required", "properties"})
_PINNABLE = frozenset({str, int, bool, type(None)})


def _key_shapes(options: list[Mapping[str, Any]]) -> list[KeyShape] | None:
    """The branches as key shapes, when every branch is ``{"type": "object", "required":
    [...], "properties": {name: {"enum": [...]}}}`` and no more (else None)."""
    shapes: list[KeyShape] = []
    for option in options:
        if option.get("type") != "object" or not option.keys() <= _SHAPE_KEYWORDS:
            return None
        pins = []
        for name, prop in option.get("properties", {}).items():
            allowed = _hashable_set(prop.get("enum")) if prop.keys() == {"enum"} else None
            if allowed is None or not all(type(v) in _PINNABLE for v in allowed):
                return None
            pins.append((name, allowed))
        shapes.append((tuple(option.get("required", ())), tuple(pins)))
    return shapes


def _any_key_shape(shapes: list[KeyShape], general: Predicate) -> Predicate:
    """Whether a dict has one branch's keys with allowed values; anything else (not a
    dict, a pinned value that is not a plain scalar) goes to ``general``."""

    def any_shape(value: Any) -> bool:
        if type(value) is not dict:
            return general(value)
        for required, pins in shapes:
            missing = False
            for name in required:  # a loop, not any(): no generator per call
                if name not in value:
                    missing = True
                    break
            if missing:
                continue
            for name, allowed in pins:
                if name in value:
                    item = value[name]
                    if type(item) not in _PINNABLE:
                        return general(value)
                    if item not in allowed:
                        break
            else:
                return True
        return False

    return any_shape


def tag_values(schema: Mapping[str, Any]) -> list[str]:
    """The values a tagged-union branch allows for its ``type`` tag (empty: not tagged)."""
    tag = schema.get("properties", {}).get("type")
    if isinstance(tag, Mapping) and isinstance(tag.get("enum"), list):
        return [str(v) for v in tag["enum"]]
    return []


def _number(schema: Mapping[str, Any]) -> Predicate | None:
    bounds = [
        (key, schema[key])
        for key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
        if key in schema
    ]
    if not bounds:
        return None

    def within(value: Any) -> bool:
        for key, bound in bounds:
            if key == "minimum" and value < bound:
                return False
            if key == "maximum" and value > bound:
                return False
            if key == "exclusiveMinimum" and value <= bound:
                return False
            if key == "exclusiveMaximum" and value >= bound:
                return False
        return True

    return within


def _string(schema: Mapping[str, Any], sub: object) -> Predicate | None:
    longest, shortest = schema.get("maxLength"), schema.get("minLength")
    pattern = schema.get("pattern")
    if longest is None and shortest is None and pattern is None:
        return None
    search = re.compile(pattern).search if pattern is not None else None

    def fits(value: str) -> bool:
        if longest is not None and len(value) > longest:
            return False
        if shortest is not None and len(value) < shortest:
            return False
        return search is None or search(value) is not None

    return fits


def _array(
    schema: Mapping[str, Any], sub: Callable[[Mapping[str, Any]], Predicate]
) -> Predicate | None:
    most, least = schema.get("maxItems"), schema.get("minItems")
    items = schema.get("items")
    item = sub(items) if isinstance(items, Mapping) else None
    if most is None and least is None and item is None:
        return None

    checks, general = _table(item) if item is not None else (_NO_CHECKS, None)

    def fits(value: Any) -> bool:
        if most is not None and len(value) > most:
            return False
        if least is not None and len(value) < least:
            return False
        if general is not None:
            for element in value:
                check = checks.get(type(element))
                if check is True:
                    continue
                if check is None:
                    if not general(element):
                        return False
                elif not check(element):
                    return False
        return True

    return fits


def _object(
    schema: Mapping[str, Any], sub: Callable[[Mapping[str, Any]], Predicate]
) -> Predicate | None:
    props: Mapping[str, Any] = schema.get("properties", {})
    fields = {name: sub(part) for name, part in props.items()}
    required = tuple(schema.get("required", ()))
    extra = schema.get("additionalProperties", True)
    extra_test = sub(extra) if isinstance(extra, Mapping) else None
    closed = extra is False
    most = schema.get("maxProperties")
    if not fields and not required and extra is True and most is None:
        return None

    tables = {name: _table(test) for name, test in fields.items()}

    def fits(value: Any) -> bool:
        for name in required:
            if name not in value:
                return False
        for name, item in value.items():
            table = tables.get(name)
            if table is not None:
                check = table[0].get(type(item))
                if check is True:
                    continue
                if check is None:
                    if not table[1](item):
                        return False
                elif not check(item):
                    return False
            elif closed or (extra_test is not None and not extra_test(item)):
                return False
        return most is None or len(value) <= most

    return fits
