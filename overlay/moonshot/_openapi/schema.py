"""A small JSON Schema checker for the keywords the API document uses.

It exists so the client can reject a bad request before sending it, with a message
that names the field, the value and what is allowed, without a runtime dependency on
a full JSON Schema library. Keywords it understands: ``$ref`` (local), ``allOf``,
``oneOf`` / ``anyOf``, ``type``, ``enum``, ``const``, ``minimum`` / ``maximum`` (and
the exclusive forms), ``minLength`` / ``maxLength``, ``pattern``, ``minItems`` /
``maxItems``, ``items``, ``properties``, ``required``, ``additionalProperties``,
``maxProperties``. Others are ignored, which can only let a value through, never
reject a valid one.

A schema checked more than once is compiled to a predicate (``_schema_compile``) that
answers valid-or-not fast; only a value it rejects is walked here for the messages.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from typing import Any

from .schema_compile import Predicate, compile_schema, json_type_of, tag_values

__all__ = ["SchemaChecker", "describe_allowed", "json_type_of"]

_TYPE_NAMES = {
    "object": "an object",
    "array": "an array",
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "null": "null",
}


def _kinds_named(options: list[Mapping[str, Any]]) -> list[str]:
    """The JSON types ``options`` name, each once, in order."""
    kinds: list[str] = []
    for option in options:
        kind = option.get("type")
        if isinstance(kind, str) and kind not in kinds:
            kinds.append(kind)
    return kinds


def _noun(path: str) -> str:
    """What one item of the list at ``path`` is called, with a trailing space: "message "
    for ``messages``; nothing for a path that names no field."""
    name = path.rsplit(".", 1)[-1]
    if not name or name.endswith("]"):
        return ""
    return (name[:-1] if name.endswith("s") and len(name) > 1 else name) + " "


def _matches_type(value: Any, wanted: str, actual: str) -> bool:
    if wanted == actual:
        return True
    if wanted == "number":
        return actual in ("integer", "number")
    if wanted == "integer" and actual == "number":
        return float(value).is_integer()
    return actual == wanted


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _fmt(value: Any) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


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


class SchemaChecker:
    """Checks values against schemas of one OpenAPI document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._document = document
        self._refs: dict[str, Mapping[str, Any]] = {}
        self._compiled: dict[int, tuple[Mapping[str, Any], Predicate]] = {}
        self._seen: dict[int, Mapping[str, Any]] = {}  # checked once, not yet compiled

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow ``$ref`` chains to the schema they point at."""
        seen = 0
        while "$ref" in schema:
            schema = self._lookup(schema["$ref"])
            seen += 1
            if seen > 32:
                raise ValueError("circular $ref")
        return schema

    def _lookup(self, ref: str) -> Mapping[str, Any]:
        found = self._refs.get(ref)
        if found is None:
            found = self._refs[ref] = self._walk(ref)
        return found

    def _walk(self, ref: str) -> Mapping[str, Any]:
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported, not {ref!r}")
        node: Any = self._document
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        result: Mapping[str, Any] = node
        return result

    def merged_properties(self, schema: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
        """Every property a schema defines, through ``$ref`` and ``allOf``."""
        schema = self.resolve(schema)
        props: dict[str, Mapping[str, Any]] = {}
        for part in schema.get("allOf", ()):
            props.update(self.merged_properties(part))
        props.update(schema.get("properties", {}))
        return props

    def errors(self, schema: Mapping[str, Any], value: Any, path: str = "") -> list[str]:
        """Every problem with ``value``, each as '<path>: <what is wrong>'."""
        compiled = self._compiled.get(id(schema))  # inline: every request passes here
        accepts = compiled[1] if compiled is not None else self._predicate(schema)
        if accepts is not None and accepts(value):
            return []
        found: list[str] = []
        self._check(schema, value, path, found)
        return found

    def _predicate(self, schema: Mapping[str, Any]) -> Predicate | None:
        """The compiled predicate for ``schema``, from its second use on."""
        found = self._compiled.get(id(schema))
        if found is not None:
            return found[1]
        if id(schema) not in self._seen:
            self._seen[id(schema)] = schema  # kept, so the id is not reused
            return None
        accepts = compile_schema(schema, self.resolve, self._compiled)
        self._compiled[id(schema)] = (schema, accepts)
        return accepts

    def _check(self, schema: Mapping[str, Any], value: Any, path: str, out: list[str]) -> None:
        if "$ref" in schema:
            schema = self.resolve(schema)
        where = path or "value"
        kind = json_type_of(value)
        wanted = schema.get("type")
        if wanted is not None:
            types = wanted if isinstance(wanted, list) else (wanted,)
            if not any(_matches_type(value, t, kind) for t in types):
                # One line for the value: its parts and branches would only say it again.
                out.append(self._wrong_type(schema, types, value, path))
                return
        if "allOf" in schema:
            for part in schema["allOf"]:
                self._check(part, value, path, out)
        if "oneOf" in schema:
            self._check_alternatives(schema["oneOf"], value, path, out)
        if "anyOf" in schema:
            self._check_alternatives(schema["anyOf"], value, path, out)
        if "enum" in schema and value not in schema["enum"]:
            allowed = ", ".join(_fmt(v) for v in schema["enum"])
            out.append(f"{where}: {_fmt(value)} is not allowed; allowed values: {allowed}")
            return
        if "const" in schema and value != schema["const"]:
            out.append(f"{where}: must be {_fmt(schema['const'])}, got {_fmt(value)}")
        if kind in ("integer", "number"):
            self._check_number(schema, value, where, out)
        elif kind == "string":
            self._check_string(schema, value, where, out)
        elif kind == "array":
            self._check_array(schema, value, path, out)
        elif kind == "object":
            self._check_object(schema, value, path, out)

    def _check_number(
        self, schema: Mapping[str, Any], value: float, where: str, out: list[str]
    ) -> None:
        bad = (
            ("minimum" in schema and value < schema["minimum"])
            or ("maximum" in schema and value > schema["maximum"])
            or ("exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"])
            or ("exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"])
        )
        if bad:
            out.append(
                f"{where}: {_fmt(value)} is out of range; allowed: {describe_allowed(schema)}"
            )

    def _check_string(
        self, schema: Mapping[str, Any], value: str, where: str, out: list[str]
    ) -> None:
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            out.append(
                f"{where}: {len(value)} characters, more than the maximum {schema['maxLength']}"
            )
        if "minLength" in schema and len(value) < schema["minLength"]:
            out.append(f"{where}: {len(value)} characters, fewer than {schema['minLength']}")
        pattern = schema.get("pattern")
        if pattern is not None and _compiled(pattern).search(value) is None:
            out.append(f"{where}: {_fmt(value)} does not match the pattern {pattern}")

    def _check_array(
        self, schema: Mapping[str, Any], value: Any, path: str, out: list[str]
    ) -> None:
        where = path or "value"
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            out.append(f"{where}: {len(value)} items, more than the maximum {schema['maxItems']}")
        if "minItems" in schema and len(value) < schema["minItems"]:
            out.append(f"{where}: {len(value)} items, fewer than the minimum {schema['minItems']}")
        items = schema.get("items")
        if isinstance(items, Mapping):
            for index, item in enumerate(value):
                self._check(items, item, _join(path, index), out)

    def _check_object(
        self, schema: Mapping[str, Any], value: Any, path: str, out: list[str]
    ) -> None:
        props: Mapping[str, Any] = schema.get("properties", {})
        for name in schema.get("required", ()):
            if name not in value:
                out.append(f"{_join(path, name)}: required field is missing")
        for name, item in value.items():
            sub = props.get(name)
            if sub is not None:
                self._check(sub, item, _join(path, name), out)
        extra = schema.get("additionalProperties", True)
        if extra is not True:
            unknown = [name for name in value if name not in props]
            if extra is False and unknown:
                allowed = ", ".join(props) or "none"
                for name in unknown:
                    out.append(f"{_join(path, name)}: unknown field; allowed fields: {allowed}")
            elif isinstance(extra, Mapping):
                for name in unknown:
                    self._check(extra, value[name], _join(path, name), out)
        if "maxProperties" in schema and len(value) > schema["maxProperties"]:
            where = path or "value"
            out.append(f"{where}: {len(value)} entries, more than {schema['maxProperties']}")

    def _check_alternatives(
        self, options: list[Mapping[str, Any]], value: Any, path: str, out: list[str]
    ) -> None:
        resolved = [self.resolve(option) for option in options]
        # A tagged union (content parts): choose the branch by its "type" tag.
        tag = value.get("type") if isinstance(value, Mapping) else None
        tagged = [(o, tag_values(o)) for o in resolved]
        if isinstance(tag, str) and all(values for _, values in tagged):
            for option, values in tagged:
                if tag in values:
                    self._check(option, value, path, out)
                    return
            allowed = ", ".join(v for _, values in tagged for v in values)
            out.append(
                f"{_join(path, 'type')}: {_fmt(tag)} is not allowed; allowed values: {allowed}"
            )
            return
        best: list[str] | None = None
        actual = json_type_of(value)
        # Try the branches made for this kind of value first: their errors say most.
        ordered = sorted(resolved, key=lambda o: o.get("type") != actual)
        for option in ordered:
            problems = self.errors(option, value, path)
            if not problems:
                return
            if best is None or len(problems) < len(best):
                best = problems
        # No branch fits: report the branch that came closest when the value has the
        # right JSON type for it, else list what kinds of value were possible.
        kinds = _kinds_named(resolved)
        if actual in kinds and best:
            out.extend(best)
            return
        names = " or ".join(_TYPE_NAMES.get(k, k) for k in kinds)
        if kinds == ["array"] and all(self._items_are_objects(o) for o in resolved):
            names = f"a list of {_noun(path)}objects"
        where = path or "value"
        out.append(f"{where}: expected {names or 'another shape'}, got {actual} {_fmt(value)}")

    def _wrong_type(self, schema: Mapping[str, Any], types: Any, value: Any, path: str) -> str:
        """The line for a value of the wrong JSON type: what was expected and what came.

        A list of objects says of what (``messages: expected a list of message objects``),
        so a string or a single object where a list belongs reads as one clear line."""
        kind = json_type_of(value)
        names = " or ".join(_TYPE_NAMES.get(str(t), str(t)) for t in types)
        if list(types) == ["array"] and self._items_are_objects(schema):
            names = f"a list of {_noun(path)}objects"
        return f"{path or 'value'}: expected {names}, got {kind} {_fmt(value)}"

    def _items_are_objects(self, schema: Mapping[str, Any]) -> bool:
        items = schema.get("items")
        if not isinstance(items, Mapping):
            return False
        items = self.resolve(items)
        if items.get("type") == "object":
            return True
        options = items.get("oneOf") or items.get("anyOf") or []
        return _kinds_named([self.resolve(o) for o in options]) == ["object"]


@functools.lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)
