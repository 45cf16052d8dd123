"""Schema nodes compiled once: each accepts a value fast and explains why it does not.

Every request is checked before it is sent, and nearly every request is valid. A
:class:`CompiledSchema` reads its node's keywords once, at compile time, into a
predicate that answers "valid or not" (``accepts``) and into the rules that word the
problems of a value it rejects (``explain``). Each keyword is read in one place, by the
rule that both tests and words it (:class:`_Bounds`, :class:`_StringRule`,
:class:`_ArrayRule`, :class:`_ObjectRule`, :class:`_Alternatives`, and the node's own
``type``/``enum``/``const``), so a keyword change is one edit; ``accepts(value)`` is
true exactly when ``explain(value)`` finds nothing (``tests/contract/
test_schema_fast_path.py`` and ``tests/openapi/test_check_fast_paths.py`` hold this).

The predicates are specialised for the shapes requests have: a node with a ``type`` looks
up the one test left for the value's exact Python type (nothing, an enum's set, its
kind's limits), and object and array tests run that lookup in their own loop; an
``allOf`` of plain object schemas is one object; a ``oneOf`` takes a value a bare-type
branch allows without trying branches; a union of key shapes (an object that needs some
keys, or pins a key's value: a message's content, unless it is an assistant turn) is
one loop over the shapes. Anything else (subclasses, a float for an integer) goes to the
general test. The explanation walks the schema as written (an ``allOf`` part by part).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any, Literal

__all__ = ["CompiledSchema", "Predicate", "compile_schema", "describe_allowed", "json_type_of"]

_EXACT_KINDS: dict[type, str] = {
    dict: "object",
    list: "array",
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    type(None): "null",
}
_TYPE_NAMES = {
    "object": "an object",
    "array": "an array",
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "null": "null",
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
# What a check of one exact Python type comes to: True (accepted outright), a predicate,
# or None (the node's general test decides).
Check = Predicate | Literal[True] | None
_NO_CHECKS: Mapping[type, Check] = {}


# -- wording ----------------------------------------------------------------------------------


def _fmt(value: Any) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _noun(path: str) -> str:
    """What one item of the list at ``path`` is called, with a trailing space: "message "
    for ``messages``; nothing for a path that names no field."""
    name = path.rsplit(".", 1)[-1]
    if not name or name.endswith("]"):
        return ""
    return (name[:-1] if name.endswith("s") and len(name) > 1 else name) + " "


def _kinds_named(options: list[Mapping[str, Any]]) -> list[str]:
    """The JSON types ``options`` name, each once, in order."""
    kinds: list[str] = []
    for option in options:
        kind = option.get("type")
        if isinstance(kind, str) and kind not in kinds:
            kinds.append(kind)
    return kinds


def describe_allowed(schema: Mapping[str, Any]) -> str | None:
    """A short human description of a numeric range or enum, e.g. '0 <= value <= 1'."""
    if "enum" in schema:
        return "one of " + ", ".join(_fmt(v) for v in schema["enum"])
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    if low is None and high is None:
        return None
    lo_op = "<" if "exclusiveMinimum" in schema else "<="
    hi_op = "<" if "exclusiveMaximum" in schema else "<="
    if low is not None and high is not None:
        return f"{low} {lo_op} value {hi_op} {high}"
    if low is not None:
        return f"value {'>' if lo_op == '<' else '>='} {low}"
    return f"value {hi_op} {high}"


def _matches_type(value: Any, wanted: str, actual: str) -> bool:
    if wanted == actual:
        return True
    if wanted == "number":
        return actual in ("integer", "number")
    if wanted == "integer" and actual == "number":
        return float(value).is_integer()
    return False


# -- the compiled node ------------------------------------------------------------------------


class CompiledSchema:
    """One schema node, compiled once: ``accepts(value)`` fast, ``explain(value, path)``
    the problems (each '<path>: <what is wrong>'; empty exactly when it accepts)."""

    __slots__ = (
        "accepts",
        "alternatives",
        "checks",
        "const",
        "enum",
        "general",
        "has_const",
        "has_enum",
        "list_of_objects",
        "parts",
        "rules",
        "schema",
        "types",
    )
    accepts: Predicate
    # The test left for a value of each exact Python type, and the test of any other value
    # (object and array rules run these in their own loop); no checks: call ``accepts``.
    checks: Mapping[type, Check]
    general: Predicate
    types: tuple[Any, ...] | None  # the ``type`` keyword
    parts: list[CompiledSchema]  # ``allOf``
    alternatives: list[_Alternatives]  # ``oneOf``, ``anyOf``
    enum: Any
    has_enum: bool
    const: Any
    has_const: bool
    rules: dict[str, _Rule]  # by JSON kind: the keywords of numbers, strings, arrays, objects
    list_of_objects: bool  # an array of objects (worded as such when the value is not a list)

    def __init__(self, schema: Mapping[str, Any]) -> None:
        self.schema = schema
        # Until compiled (a schema that refers to itself): the final test, looked up late.
        self.accepts: Predicate = lambda value: self.accepts(value)
        self.checks: Mapping[type, Check] = _NO_CHECKS
        self.general: Predicate = lambda value: self.accepts(value)

    def errors(self, value: Any, path: str = "") -> list[str]:
        """Every problem with ``value`` (none when it is accepted)."""
        if self.accepts(value):
            return []
        return self.explain(value, path)

    def explain(self, value: Any, path: str = "") -> list[str]:
        """The problems with ``value``, read from the schema as written."""
        out: list[str] = []
        self._explain(value, path, out)
        return out

    def _explain(self, value: Any, path: str, out: list[str]) -> None:
        where = path or "value"
        kind = json_type_of(value)
        types = self.types
        if types is not None and not any(_matches_type(value, t, kind) for t in types):
            # One line for the value: its parts and branches would only say it again.
            names = " or ".join(_TYPE_NAMES.get(str(t), str(t)) for t in types)
            if self.list_of_objects:
                names = f"a list of {_noun(path)}objects"
            out.append(f"{where}: expected {names}, got {kind} {_fmt(value)}")
            return
        for part in self.parts:
            part._explain(value, path, out)
        for alternatives in self.alternatives:
            alternatives.explain(value, path, out)
        if self.has_enum and value not in self.enum:
            allowed = ", ".join(_fmt(v) for v in self.enum)
            out.append(f"{where}: {_fmt(value)} is not allowed; allowed values: {allowed}")
            return
        if self.has_const and value != self.const:
            out.append(f"{where}: must be {_fmt(self.const)}, got {_fmt(value)}")
        rule = self.rules.get(kind)
        if rule is not None:
            rule.explain(value, path, out)


class _Rule:
    """The keywords of one kind of value: a fast test and the words for what fails it."""

    fits: Predicate

    def explain(self, value: Any, path: str, out: list[str]) -> None:
        raise NotImplementedError


class _Compiler:
    """Compiles the nodes of one document (``resolve`` follows its ``$ref``\\s)."""

    def __init__(self, resolve: Resolver, cache: dict[int, CompiledSchema]) -> None:
        self.resolve = resolve
        self.cache = cache

    def node(self, schema: Mapping[str, Any]) -> CompiledSchema:
        schema = self.resolve(schema)
        found = self.cache.get(id(schema))
        if found is not None:
            return found
        # Registered before its parts are compiled, so a schema that refers to itself works.
        node = self.cache[id(schema)] = CompiledSchema(schema)
        self._fill(node, schema)
        return node

    def _fill(self, node: CompiledSchema, schema: Mapping[str, Any]) -> None:
        wanted = schema.get("type")
        types = None if wanted is None else tuple(wanted if isinstance(wanted, list) else (wanted,))
        node.types = types
        node.parts = [self.node(part) for part in schema.get("allOf", ())]
        node.alternatives = [
            _Alternatives(self, schema[keyword])
            for keyword in ("oneOf", "anyOf")
            if keyword in schema
        ]
        node.has_enum, node.enum = "enum" in schema, schema.get("enum")
        node.has_const, node.const = "const" in schema, schema.get("const")
        rules: dict[str, _Rule] = {}
        bounds = _Bounds.of(schema)
        if bounds is not None:
            rules["integer"] = rules["number"] = bounds
        for kind, build in (
            ("string", _StringRule.of),
            ("array", _ArrayRule.of),
            ("object", _ObjectRule.of),
        ):
            rule = build(schema, self)
            if rule is not None:
                rules[kind] = rule
        node.rules = rules
        node.list_of_objects = types == ("array",) and self._items_are_objects(schema)
        merged = _merged_objects(schema, self.resolve)
        if merged is not None:  # fast: one object test; explained part by part
            whole = self.node(merged)
            node.accepts, node.checks, node.general = whole.accepts, whole.checks, whole.general
            return
        node.accepts = self._predicate(node)

    def _items_are_objects(self, schema: Mapping[str, Any]) -> bool:
        items = schema.get("items")
        if not isinstance(items, Mapping):
            return False
        items = self.resolve(items)
        if items.get("type") == "object":
            return True
        options = items.get("oneOf") or items.get("anyOf") or []
        return _kinds_named([self.resolve(o) for o in options]) == ["object"]

    def _predicate(self, node: CompiledSchema) -> Predicate:
        first: list[Predicate] = [part.accepts for part in node.parts]
        first += [alternatives.fits for alternatives in node.alternatives]
        types = node.types
        kinds = None if types is None else _kinds_for(types)
        integral = types is not None and "integer" in types and "number" not in types
        has_enum, enum = node.has_enum, node.enum
        has_const, const = node.has_const, node.const
        by_kind = {kind: rule.fits for kind, rule in node.rules.items()}
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
            if has_enum and value not in enum:
                return False
            if has_const and value != const:
                return False
            check = by_kind.get(kind)
            return check is None or check(value)

        node.general = accepts
        if kinds is not None and not has_const:
            typed = _by_exact_type(node, kinds, by_kind, enum if has_enum else None, accepts)
            if not first:
                return typed
            # A typed node with an allOf or a union beside its own keywords: its own test
            # stays specialised, and the parts run after it.
            node.checks = _NO_CHECKS
            return _all_of([typed, *first])
        if first and kinds is None and not (has_enum or has_const or by_kind):
            if len(first) == 1 and not node.parts and node.alternatives[0].checks:
                node.checks = node.alternatives[0].checks  # a plain union: its table
                node.general = first[0]
            return _all_of(first)
        return accepts


def compile_schema(
    schema: Mapping[str, Any], resolve: Resolver, cache: dict[int, CompiledSchema]
) -> CompiledSchema:
    """The compiled node of ``schema``; ``cache`` (by node identity) is shared and filled."""
    return _Compiler(resolve, cache).node(schema)


def _by_exact_type(
    node: CompiledSchema,
    kinds: frozenset[Any],
    by_kind: Mapping[str, Predicate],
    enum: list[Any] | None,
    general: Predicate,
) -> Predicate:
    """A node with a ``type`` (and no ``const``), specialised per exact Python type: a
    value of a plain JSON type its ``type`` allows goes straight to the one test left
    (the enum, the limits of its kind, or nothing); any other value (a float for an
    integer, a subclass, a wrong kind) is left to ``general``. The table goes on the node
    for the object and array tests that hold it to run in their own loop."""
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
    node.checks = checks
    if all(check is True for check in checks.values()):
        outright = frozenset(checks)

        def of_kind(value: Any) -> bool:  # the usual leaf: a type and nothing else
            return type(value) in outright or general(value)

        return of_kind

    def typed(value: Any) -> bool:
        check = checks.get(type(value))
        if check is True:
            return True
        return general(value) if check is None else check(value)

    return typed


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


def tag_values(schema: Mapping[str, Any]) -> list[str]:
    """The values a tagged-union branch allows for its ``type`` tag (empty: not tagged)."""
    tag = schema.get("properties", {}).get("type")
    if isinstance(tag, Mapping) and isinstance(tag.get("enum"), list):
        return [str(v) for v in tag["enum"]]
    return []


# -- the rules of each keyword ----------------------------------------------------------------


class _Alternatives(_Rule):
    """``oneOf`` / ``anyOf``: a value must fit one branch (as any branch, not exactly one)."""

    def __init__(self, compiler: _Compiler, options: list[Mapping[str, Any]]) -> None:
        resolved = [compiler.resolve(option) for option in options]
        self.options = [compiler.node(option) for option in resolved]
        self.kinds = _kinds_named(resolved)
        self.list_of_objects = self.kinds == ["array"] and all(
            compiler._items_are_objects(option) for option in resolved
        )
        # A tagged union (content parts): every branch names its "type" values.
        self.tagged = [(node, tag_values(node.schema)) for node in self.options]
        self.is_tagged = all(values for _, values in self.tagged)
        self.fits = self._fast(resolved)

    def _fast(self, resolved: list[Mapping[str, Any]]) -> Predicate:
        tests = [node.accepts for node in self.options]
        # A value of a plain type some branch takes whole (a string for content that may be
        # a string) needs no branch run.
        outright = frozenset().union(*(_outright_types(option) for option in resolved))
        by_tag: dict[str, Predicate] = {}
        for node, values in self.tagged:
            for value in values:
                by_tag.setdefault(value, node.accepts)

        def any_branch(value: Any) -> bool:
            return type(value) in outright or any(test(value) for test in tests)

        # The exact types a node made of this union alone accepts outright (see _predicate).
        self.checks: Mapping[type, Check] = _NO_CHECKS
        shapes = _key_shapes(resolved)
        if shapes is not None:
            return _any_key_shape(shapes, any_branch)
        if not self.is_tagged:
            self.checks = dict.fromkeys(outright, True)
            return any_branch

        def by_tag_or_any(value: Any) -> bool:
            if type(value) is dict or isinstance(value, Mapping):
                tag = value.get("type")
                if isinstance(tag, str):
                    test = by_tag.get(tag)
                    return test is not None and test(value)
            return any_branch(value)

        return by_tag_or_any

    def explain(self, value: Any, path: str, out: list[str]) -> None:
        # A tagged union (content parts): choose the branch by its "type" tag.
        tag = value.get("type") if isinstance(value, Mapping) else None
        if isinstance(tag, str) and self.is_tagged:
            for node, values in self.tagged:
                if tag in values:
                    node._explain(value, path, out)
                    return
            allowed = ", ".join(v for _, values in self.tagged for v in values)
            out.append(
                f"{_join(path, 'type')}: {_fmt(tag)} is not allowed; allowed values: {allowed}"
            )
            return
        best: list[str] | None = None
        actual = json_type_of(value)
        # Try the branches made for this kind of value first: their errors say most.
        ordered = sorted(self.options, key=lambda node: node.schema.get("type") != actual)
        for node in ordered:
            problems = node.errors(value, path)
            if not problems:
                return
            if best is None or len(problems) < len(best):
                best = problems
        # No branch fits: report the branch that came closest when the value has the
        # right JSON type for it, else list what kinds of value were possible.
        if actual in self.kinds and best:
            out.extend(best)
            return
        names = " or ".join(_TYPE_NAMES.get(k, k) for k in self.kinds)
        if self.list_of_objects:
            names = f"a list of {_noun(path)}objects"
        where = path or "value"
        out.append(f"{where}: expected {names or 'another shape'}, got {actual} {_fmt(value)}")


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


class _Bounds(_Rule):
    """``minimum`` / ``maximum`` and their exclusive forms."""

    def __init__(self, schema: Mapping[str, Any], bounds: list[tuple[str, Any]]) -> None:
        self.schema = schema
        self.bounds = bounds
        self.fits = self._within

    @classmethod
    def of(cls, schema: Mapping[str, Any]) -> _Bounds | None:
        bounds = [
            (key, schema[key])
            for key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
            if key in schema
        ]
        return cls(schema, bounds) if bounds else None

    def _within(self, value: Any) -> bool:
        for key, bound in self.bounds:
            if key == "minimum" and value < bound:
                return False
            if key == "maximum" and value > bound:
                return False
            if key == "exclusiveMinimum" and value <= bound:
                return False
            if key == "exclusiveMaximum" and value >= bound:
                return False
        return True

    def explain(self, value: Any, path: str, out: list[str]) -> None:
        if not self.fits(value):
            out.append(
                f"{path or 'value'}: {_fmt(value)} is out of range; "
                f"allowed: {describe_allowed(self.schema)}"
            )


class _StringRule(_Rule):
    """``maxLength``, ``minLength``, ``pattern``."""

    def __init__(self, longest: int | None, shortest: int | None, pattern: str | None) -> None:
        self.longest, self.shortest, self.pattern = longest, shortest, pattern
        self.search = re.compile(pattern).search if pattern is not None else None
        self.fits = self._fits

    @classmethod
    def of(cls, schema: Mapping[str, Any], compiler: _Compiler) -> _StringRule | None:
        longest, shortest = schema.get("maxLength"), schema.get("minLength")
        pattern = schema.get("pattern")
        if longest is None and shortest is None and pattern is None:
            return None
        return cls(longest, shortest, pattern)

    def _fits(self, value: str) -> bool:
        if self.longest is not None and len(value) > self.longest:
            return False
        if self.shortest is not None and len(value) < self.shortest:
            return False
        return self.search is None or self.search(value) is not None

    def explain(self, value: str, path: str, out: list[str]) -> None:
        where = path or "value"
        if self.longest is not None and len(value) > self.longest:
            out.append(f"{where}: {len(value)} characters, more than the maximum {self.longest}")
        if self.shortest is not None and len(value) < self.shortest:
            out.append(f"{where}: {len(value)} characters, fewer than {self.shortest}")
        if self.search is not None and self.search(value) is None:
            out.append(f"{where}: {_fmt(value)} does not match the pattern {self.pattern}")


class _ArrayRule(_Rule):
    """``maxItems``, ``minItems``, ``items``."""

    def __init__(self, most: int | None, least: int | None, item: CompiledSchema | None) -> None:
        self.most, self.least, self.item = most, least, item
        self.fits = self._fast()

    @classmethod
    def of(cls, schema: Mapping[str, Any], compiler: _Compiler) -> _ArrayRule | None:
        most, least = schema.get("maxItems"), schema.get("minItems")
        items = schema.get("items")
        item = compiler.node(items) if isinstance(items, Mapping) else None
        if most is None and least is None and item is None:
            return None
        return cls(most, least, item)

    def _fast(self) -> Predicate:
        most, least, item = self.most, self.least, self.item
        checks = item.checks if item is not None else _NO_CHECKS
        general = item.general if item is not None else None
        if item is not None and checks is _NO_CHECKS:
            general = item.accepts

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

    def explain(self, value: Any, path: str, out: list[str]) -> None:
        where = path or "value"
        if self.most is not None and len(value) > self.most:
            out.append(f"{where}: {len(value)} items, more than the maximum {self.most}")
        if self.least is not None and len(value) < self.least:
            out.append(f"{where}: {len(value)} items, fewer than the minimum {self.least}")
        if self.item is not None:
            for index, element in enumerate(value):
                self.item._explain(element, _join(path, index), out)


class _ObjectRule(_Rule):
    """``properties``, ``required``, ``additionalProperties``, ``maxProperties``."""

    def __init__(
        self,
        fields: dict[str, CompiledSchema],
        required: tuple[str, ...],
        extra: bool | CompiledSchema,
        most: int | None,
    ) -> None:
        self.fields, self.required, self.extra, self.most = fields, required, extra, most
        self.fits = self._fast()

    @classmethod
    def of(cls, schema: Mapping[str, Any], compiler: _Compiler) -> _ObjectRule | None:
        props: Mapping[str, Any] = schema.get("properties", {})
        required = tuple(schema.get("required", ()))
        extra_schema = schema.get("additionalProperties", True)
        most = schema.get("maxProperties")
        if not props and not required and extra_schema is True and most is None:
            return None
        fields = {name: compiler.node(part) for name, part in props.items()}
        extra: bool | CompiledSchema = (
            compiler.node(extra_schema) if isinstance(extra_schema, Mapping) else extra_schema
        )
        return cls(fields, required, extra, most)

    def _fast(self) -> Predicate:
        required, most = self.required, self.most
        closed = self.extra is False
        extra_test = self.extra.accepts if isinstance(self.extra, CompiledSchema) else None
        tables = {
            name: (node.checks, node.general if node.checks is not _NO_CHECKS else node.accepts)
            for name, node in self.fields.items()
        }

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

    def explain(self, value: Any, path: str, out: list[str]) -> None:
        fields = self.fields
        for name in self.required:
            if name not in value:
                out.append(f"{_join(path, name)}: required field is missing")
        for name, item in value.items():
            node = fields.get(name)
            if node is not None:
                node._explain(item, _join(path, name), out)
        extra = self.extra
        if extra is not True:
            unknown = [name for name in value if name not in fields]
            if extra is False and unknown:
                allowed = ", ".join(fields) or "none"
                for name in unknown:
                    out.append(f"{_join(path, name)}: unknown field; allowed fields: {allowed}")
            elif isinstance(extra, CompiledSchema):
                for name in unknown:
                    extra._explain(value[name], _join(path, name), out)
        if self.most is not None and len(value) > self.most:
            out.append(f"{path or 'value'}: {len(value)} entries, more than {self.most}")
