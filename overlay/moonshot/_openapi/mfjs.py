"""Moonshot Flavored JSON Schema (MFJS): the schema subset tool ``parameters`` and
``response_format.json_schema.schema`` must keep to, checked before anything is sent.

The rules come from Moonshot's two MFJS documents, in the public repository MoonshotAI/walle
(the validator the API documentation points to); the project keeps copies beside the API's
pages, in ``shared/spec/docs/mfjs/`` (not in this repository):

* ``mfjs-walle-vs-draft-2020-12.md`` lists, keyword by keyword, what **walle** (the
  validator the API runs) accepts, and the structural rules. ``level="lite"`` is this
  table: a schema it rejects is one the API would reject.
* ``mfjs-spec.md`` is the narrower, prose specification. ``level="strict"`` adds it: only
  the keywords it describes, no ``title`` (the spec lists titles among the unsupported
  metadata, while walle accepts them), a ``default`` that fits its own schema, and one
  kind of number per ``enum``.

Where the two disagree (``title``; the length, range and item-count keywords walle
accepts and the spec does not describe; ``$id``), ``lite`` follows walle, because it is
the validator the API runs and names itself the normative rules, and ``strict`` follows
the spec. Limits walle says "may be capped" without a number (``anyOf`` branches, total
enum size, nesting depth) are not checked.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any, Literal

from .._errors import ValidationError
from .schema_compile import json_type_of

__all__ = ["check_schema", "request_schema_problems", "schema_problems"]

Level = Literal["lite", "strict"]

TYPES = ("null", "boolean", "object", "array", "number", "integer", "string")
ANNOTATIONS = frozenset({"description", "title", "default"})
# Draft 2020-12 keywords walle does not support (its table's ❌ rows).
UNSUPPORTED = frozenset(
    {
        "$schema", "$comment", "$anchor", "$dynamicAnchor", "$dynamicRef", "$vocabulary",
        "allOf", "oneOf", "if", "then", "else", "not", "patternProperties",
        "dependentSchemas", "propertyNames", "contains", "prefixItems", "const", "pattern",
        "exclusiveMaximum", "exclusiveMinimum", "multipleOf", "dependentRequired",
        "maxProperties", "minProperties", "maxContains", "minContains", "uniqueItems",
        "deprecated", "examples", "readOnly", "writeOnly", "format", "contentEncoding",
        "contentMediaType", "contentSchema", "unevaluatedItems", "unevaluatedProperties",
    }
)  # fmt: skip
# The keywords each type may carry besides ``type`` and the annotations.
BY_TYPE: dict[str, frozenset[str]] = {
    "object": frozenset({"properties", "required", "additionalProperties"}),
    "array": frozenset({"items", "minItems", "maxItems"}),
    "string": frozenset({"enum", "minLength", "maxLength"}),
    "number": frozenset({"enum", "minimum", "maximum"}),
    "integer": frozenset({"enum", "minimum", "maximum"}),
    "boolean": frozenset(),
    "null": frozenset(),
}
KNOWN = frozenset({"type", "enum", "anyOf", "$ref", "$defs", "$id"}).union(
    ANNOTATIONS, *BY_TYPE.values()
)
# What mfjs-spec.md describes; strict allows nothing else.
SPEC_KEYWORDS = frozenset(
    {"description", "default", "anyOf", "properties", "additionalProperties", "items"}
    | {"type", "enum", "required", "$defs", "$ref"}
)
RESERVED_PROPERTY_NAMES = frozenset({"$defs", "$ref", "anyOf", "required", "additionalProperties"})
_DEF_REF = re.compile(r"^#/\$defs/([^/]+)$")
_IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if _IDENTIFIER.match(key) else f"{path}[{json.dumps(key)}]"


def _fits(value: Any, wanted: str) -> bool:
    kind = json_type_of(value)
    return kind == wanted or (wanted == "number" and kind == "integer")


class _Checker:
    def __init__(self, root: Mapping[str, Any], level: Level, base: str) -> None:
        self.root = root
        self.strict = level == "strict"
        self.base = base
        self.problems: list[str] = []
        defs = root.get("$defs") if isinstance(root, Mapping) else None
        self.defs: Mapping[str, Any] = defs if isinstance(defs, Mapping) else {}

    def add(self, path: str, problem: str) -> None:
        self.problems.append(f"{path}: {problem}")

    def run(self) -> list[str]:
        root = self.root
        if not isinstance(root, Mapping):
            self.add(self.base, f"the schema must be a JSON object, got {json_type_of(root)}")
            return self.problems
        if root:  # {} at the root means any value: allowed
            if "type" in root and root["type"] != "object":
                self.add(
                    _join(self.base, "type"),
                    f"the root schema must describe an object, got {json.dumps(root['type'])}",
                )
            elif "type" not in root and not ({"anyOf", "$ref"} & root.keys()):
                self.add(self.base, 'the root schema must describe an object: add "type": "object"')
        self.node(root, self.base, root=True, in_properties=False)
        defs = root.get("$defs")
        if defs is not None:
            self.check_defs(defs, _join(self.base, "$defs"))
        self.check_recursion()
        return self.problems

    def check_defs(self, defs: Any, path: str) -> None:
        if not isinstance(defs, Mapping):
            self.add(path, "must be an object of named schemas")
            return
        for name, schema in defs.items():
            if "/" in name:
                self.add(_join(path, name), 'definition names must not contain "/"')
            self.node(schema, _join(path, name), root=False, in_properties=True)

    # -- one schema node -----------------------------------------------------------

    def node(self, schema: Any, path: str, *, root: bool, in_properties: bool) -> None:
        if isinstance(schema, bool) or not isinstance(schema, Mapping):
            self.add(path, f"a schema must be a JSON object, got {json_type_of(schema)}")
            return
        if not schema:
            if in_properties:
                self.add(
                    path,
                    "an empty schema {} means any value only at the root or as "
                    "additionalProperties; give this one a type",
                )
            return
        for key in schema:
            self.keyword(key, schema, path, root)
        if "anyOf" in schema or "$ref" in schema:
            self.combinator(schema, path, root)
            return
        types = self.types(schema, path)
        allowed = set(ANNOTATIONS) | {"type", "enum"}
        for name in types:
            allowed |= BY_TYPE[name]
        if not types and "enum" not in schema and not root:
            self.add(path, 'no "type" (nor enum, anyOf or $ref): say what kind of value this is')
        if types:
            for key in schema:
                if key in KNOWN and key not in allowed and key not in ("$defs", "$id"):
                    self.add(
                        _join(path, key),
                        f"not allowed with type {' / '.join(types)}; allowed here: "
                        + ", ".join(sorted(allowed - ANNOTATIONS | {"description", "title"})),
                    )
        if "enum" in schema:
            self.enum(schema["enum"], types, _join(path, "enum"))
        if "object" in types:
            self.object(schema, path)
        if "array" in types and "items" in schema:
            items = schema["items"]
            if isinstance(items, Mapping) and not items:
                self.add(_join(path, "items"), "must be a non-empty schema (or left out)")
            else:
                self.node(items, _join(path, "items"), root=False, in_properties=False)
        self.bounds(schema, path)
        if self.strict and "default" in schema:
            self.default(schema, types, path)

    def keyword(self, key: str, schema: Mapping[str, Any], path: str, root: bool) -> None:
        where = _join(path, key)
        value = schema[key]
        if key in UNSUPPORTED:
            self.add(where, f"{key!r} is not supported by MFJS")
        elif key in ("$defs", "$id") and not root:
            self.add(where, f"{key!r} is allowed only at the root of the schema")
        elif key == "$id" and not isinstance(value, str):
            self.add(where, "must be a string")
        elif key in ("description", "title") and not isinstance(value, str):
            self.add(where, f"must be a string, got {json_type_of(value)}")
        elif self.strict and key == "title":
            self.add(where, "'title' is not supported by the MFJS spec (walle accepts it)")
        elif self.strict and key not in SPEC_KEYWORDS and key in KNOWN:
            self.add(where, f"{key!r} is not described by the MFJS spec")
        elif self.strict and key not in KNOWN:
            self.add(where, f"unknown keyword {key!r}")
        if isinstance(value, float) and "e" in repr(value):
            self.add(where, f"{value!r}: write numbers without scientific notation")

    def combinator(self, schema: Mapping[str, Any], path: str, root: bool) -> None:
        siblings = {"description", "title"} | ({"$defs", "$id"} if root else set())
        if "anyOf" in schema and "$ref" in schema:
            self.add(path, "use either anyOf or $ref at one level, not both")
        for key in schema:
            if key in ("anyOf", "$ref") or key in siblings or key in UNSUPPORTED:
                continue
            if key == "type":
                self.add(
                    _join(path, "type"),
                    "type must not appear beside anyOf / $ref: put it inside each branch",
                )
            elif key in KNOWN:
                self.add(_join(path, key), "not allowed beside anyOf / $ref")
        if "$ref" in schema:
            self.ref(schema["$ref"], _join(path, "$ref"))
        if "anyOf" in schema:
            branches = schema["anyOf"]
            where = _join(path, "anyOf")
            if not isinstance(branches, list) or not branches:
                self.add(where, "must be a non-empty list of schemas")
                return
            for index, branch in enumerate(branches):
                if isinstance(branch, Mapping) and not branch:
                    self.add(_join(where, index), "an anyOf branch must not be empty")
                    continue
                self.node(branch, _join(where, index), root=False, in_properties=False)

    def ref(self, ref: Any, where: str) -> None:
        if not isinstance(ref, str):
            self.add(where, "must be a string")
            return
        if ref == "#":
            return
        found = _DEF_REF.match(ref)
        if found is None:
            self.add(
                where,
                f"{ref!r}: only references inside this schema are allowed "
                '("#" or "#/$defs/<name>")',
            )
        elif found.group(1) not in self.defs:
            known = ", ".join(self.defs) or "none"
            self.add(where, f"{ref!r} names no definition in the root $defs (defined: {known})")

    def types(self, schema: Mapping[str, Any], path: str) -> list[str]:
        if "type" not in schema:
            return []
        raw = schema["type"]
        names = raw if isinstance(raw, list) else [raw]
        where = _join(path, "type")
        good = [n for n in names if isinstance(n, str) and n in TYPES]
        if len(good) != len(names) or not names:
            self.add(where, f"{json.dumps(raw)} is not allowed; allowed types: {', '.join(TYPES)}")
        elif len(set(good)) != len(good):
            self.add(where, "a type list must not repeat a type")
        elif isinstance(raw, list) and self.strict:
            self.add(where, "the MFJS spec describes type as one string; use anyOf for unions")
        return good

    def enum(self, values: Any, types: list[str], where: str) -> None:
        if not isinstance(values, list) or not values:
            self.add(where, "must be a non-empty list of literals")
            return
        kinds = {json_type_of(v) for v in values}
        bad = kinds - {"string", "integer", "number"}
        if bad:
            self.add(
                where, f"only strings and numbers may be enum values, not {', '.join(sorted(bad))}"
            )
            return
        numeric = {"integer", "number"}
        mixed = len(kinds) > 1 and not (kinds <= numeric and not self.strict)
        if mixed:
            self.add(where, f"values must all be of one type, got {', '.join(sorted(kinds))}")
        for index, value in enumerate(values):
            if types and not any(_fits(value, t) for t in types):
                self.add(_join(where, index), f"{json.dumps(value)} is not of type {types[0]}")

    def object(self, schema: Mapping[str, Any], path: str) -> None:
        props = schema.get("properties", {})
        where = _join(path, "properties")
        if not isinstance(props, Mapping):
            self.add(where, "must be an object of property schemas")
            props = {}
        for name, sub in props.items():
            if name in RESERVED_PROPERTY_NAMES:
                self.add(_join(where, name), f"{name!r} may not be used as a property name")
            self.node(sub, _join(where, name), root=False, in_properties=True)
        required = schema.get("required", [])
        rwhere = _join(path, "required")
        if not isinstance(required, list) or not all(isinstance(r, str) for r in required):
            self.add(rwhere, "must be a list of property names")
        else:
            for name in required:
                if name not in props:
                    self.add(rwhere, f"{name!r} is required but not defined in properties")
            if self.strict and len(set(required)) != len(required):
                self.add(rwhere, "names a property more than once")
        if "additionalProperties" in schema:
            extra = schema["additionalProperties"]
            awhere = _join(path, "additionalProperties")
            if isinstance(extra, Mapping):
                if extra:  # {} is "any value"
                    self.node(extra, awhere, root=False, in_properties=False)
            elif not isinstance(extra, bool):
                self.add(awhere, f"must be a boolean or a schema, got {json_type_of(extra)}")

    def bounds(self, schema: Mapping[str, Any], path: str) -> None:
        numbers = ("integer", "number")
        for low, high, counts in (
            ("minimum", "maximum", False),
            ("minLength", "maxLength", True),
            ("minItems", "maxItems", True),
        ):
            for key in (low, high):
                if key not in schema:
                    continue
                value: Any = schema[key]
                if counts and not (json_type_of(value) == "integer" and value >= 0):
                    self.add(_join(path, key), f"must be a non-negative integer, got {value!r}")
                elif not counts and json_type_of(value) not in numbers:
                    self.add(_join(path, key), f"must be a number, got {value!r}")
            lo: Any = schema.get(low)
            hi: Any = schema.get(high)
            if json_type_of(lo) in numbers and json_type_of(hi) in numbers and lo > hi:
                self.add(path, f"{low} {lo} is greater than {high} {hi}")

    def default(self, schema: Mapping[str, Any], types: list[str], path: str) -> None:
        value = schema["default"]
        where = _join(path, "default")
        if types and not any(_fits(value, t) for t in types):
            self.add(where, f"{json.dumps(value)} is not of type {' / '.join(types)}")
        elif isinstance(schema.get("enum"), list) and value not in schema["enum"]:
            self.add(where, f"{json.dumps(value)} is not one of the enum values")

    # -- recursion -----------------------------------------------------------------

    def check_recursion(self) -> None:
        """A definition no finite value can satisfy (a required self-reference without
        an escape, or a $ref cycle) is an infinite recursion, which walle rejects."""
        finite: dict[str, bool] = dict.fromkeys(self.defs, False)
        root_finite = False
        for _ in range(len(finite) + 2):
            changed = False
            for name, schema in self.defs.items():
                if not finite[name] and self.finite(schema, finite, root_finite):
                    finite[name] = changed = True
            if not root_finite and self.finite(self.root, finite, root_finite):
                root_finite = changed = True
            if not changed:
                break
        where = _join(self.base, "$defs")
        for name, ok in finite.items():
            if not ok:
                self.add(_join(where, name), "infinite recursion: no finite value can match it")
        if not root_finite and not any(not ok for ok in finite.values()):
            self.add(self.base, "infinite recursion: no finite value can match the schema")

    def finite(self, schema: Any, finite: Mapping[str, bool], root_finite: bool) -> bool:
        if not isinstance(schema, Mapping):
            return True
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if ref == "#":
                return root_finite
            found = _DEF_REF.match(ref)
            return bool(found and finite.get(found.group(1), True))
        branches = schema.get("anyOf")
        if isinstance(branches, list) and branches:
            return any(self.finite(b, finite, root_finite) for b in branches)
        if schema.get("type") == "object" and isinstance(schema.get("properties"), Mapping):
            props = schema["properties"]
            required = schema.get("required", [])
            if isinstance(required, list):
                return all(
                    self.finite(props.get(name), finite, root_finite)
                    for name in required
                    if isinstance(name, str)
                )
        if schema.get("type") == "array" and schema.get("minItems", 0):
            return self.finite(schema.get("items"), finite, root_finite)
        return True


def schema_problems(schema: Any, level: Level = "lite", *, path: str = "$") -> list[str]:
    """Every MFJS problem of ``schema``, each as '<JSON path>: <what is wrong>'."""
    if level not in ("lite", "strict"):
        raise ValueError(f"level: {level!r} is not allowed; allowed values: 'lite', 'strict'")
    return _Checker(schema, level, path).run()


def check_schema(schema: Any, level: Level = "lite") -> None:
    """Raise :class:`moonshot.ValidationError` listing every MFJS problem of ``schema``.

    ``level="lite"`` checks what Moonshot's validator (walle) rejects; ``"strict"`` also
    keeps to the MFJS spec's narrower subset. See ``moonshot._openapi.mfjs`` for the rules.
    """
    problems = schema_problems(schema, level)
    if problems:
        raise ValidationError.from_problems(f"schema is not valid MFJS ({level})", problems)


def request_schema_problems(body: Mapping[str, Any]) -> list[str]:
    """The MFJS problems (lite) of a chat request's function-tool ``parameters`` and its
    ``response_format`` JSON schema, with their paths in the request.

    A tool or response format that sets ``strict: false`` is skipped: the API then only
    promises a JSON object and does not hold the schema to MFJS.
    """
    problems: list[str] = []
    tools = body.get("tools")
    response_format = body.get("response_format")
    if tools is None and response_format is None:  # the usual request: nothing to check
        return problems
    for index, tool in enumerate(tools if isinstance(tools, list) else ()):
        function = tool.get("function") if isinstance(tool, Mapping) else None
        if not isinstance(function, Mapping) or tool.get("type") != "function":
            continue
        if function.get("strict") is False or "parameters" not in function:
            continue
        where = f"tools[{index}].function.parameters"
        problems += _remembered_problems(function["parameters"], where)
    if isinstance(response_format, Mapping) and response_format.get("type") == "json_schema":
        spec = response_format.get("json_schema")
        if isinstance(spec, Mapping) and "schema" in spec and spec.get("strict") is not False:
            where = "response_format.json_schema.schema"
            problems += _remembered_problems(spec["schema"], where)
    return problems


_REMEMBERED: dict[tuple[str, str], list[str]] = {}
# ``json.dumps(schema, sort_keys=True)`` without making an encoder per call. Not checking
# for cycles: a request body is built by ``to_plain``, which cannot copy a cyclic value.
_as_key = json.JSONEncoder(sort_keys=True, check_circular=False).encode
_REMEMBERED_MAX = 512


def _remembered_problems(schema: Any, path: str) -> list[str]:
    """:func:`schema_problems` (lite) for a schema seen before, by its JSON text: a tool
    loop sends the same declarations every step, and the text costs a fifth of a check."""
    try:
        key = (path, _as_key(schema))
    except (TypeError, ValueError):
        return schema_problems(schema, "lite", path=path)
    found = _REMEMBERED.get(key)
    if found is None:
        found = schema_problems(schema, "lite", path=path)
        if len(_REMEMBERED) >= _REMEMBERED_MAX:
            _REMEMBERED.clear()
        _REMEMBERED[key] = found
    return list(found)
