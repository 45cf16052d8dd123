"""Write the facts the client reads from the document at build time, into the generated package.

    python scripts/generate_readers.py PACKAGE_PARENT NORMALISED_SPEC OUT_FILE

Called by scripts/generate.py (in a subprocess whose ``sys.path`` starts with the
freshly generated package) at ``make generate``; the output is drift-checked with the
rest of ``generated/``. It writes ``typed_responses.py`` beside it (the read-only views
of the same classes, scripts/generate_views.py) and ``readers.py``:

* one tolerant builder per response model (every class reachable from a JSON answer of
  an operation or an event of a stream), in one pass: JSON key -> field, each value's
  type checked inline, nested models, lists, enums and unions built as they come;
* each ``oneOf`` resolved by its discriminating field (the field every member types as
  an enum of one value: ``type`` for Responses items and stream events) into the class
  it names;
* per operation, status -> (class, builder) for the answers its generated parser reads
  as one model; per stream schema, discriminator value -> event class, and a union of
  events by its schema's name -> its classes (``STREAM_UNIONS``);
* the facts stated in prose and headers (scripts/document_facts.py): the stop word byte
  limit, the default ``max_completion_tokens`` per model, the request signature headers,
  the batch metadata limits.

A builder never raises on a deviation: it hands the value to a reporter (the overlay's
``moonshot._openapi.reader``) that logs it and keeps what came (tolerant) or raises
(strict). Each derivation is a named *fact*; when one cannot be derived, the script
fails naming it (and ``make generate`` fails with it). Deterministic: the same document
and generator give the same bytes.
"""

from __future__ import annotations

import ast
import enum
import importlib
import inspect
import json
import pkgutil
import sys
import textwrap
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from document_facts import FactError, facts_source
from generate_views import source as views_source

PACKAGE = "moonshot_openapi"
VIEWS = "typed_responses.py"  # written beside the readers (scripts/generate_views.py)
HEADER = '''"""{doc}

Written by scripts/generate_readers.py from openapi.json and the generated models; do not edit."""
'''
SCALARS: dict[Any, tuple[str, str]] = {
    # annotation -> (check that the value is NOT of the type, the document's word)
    str: ("{v}.__class__ is not str", "string"),
    int: ("{v}.__class__ is not int", "integer"),
    float: ("{v}.__class__ is not float and {v}.__class__ is not int", "number"),
    bool: ("{v}.__class__ is not bool", "boolean"),
}


# --- what the generated code says ----------------------------------------------------


def json_keys(cls: type) -> dict[str, str]:
    """Field name -> JSON key, from the ``d.pop("key", ...)`` of the generated ``from_dict``."""
    source = textwrap.dedent(inspect.getsource(cls.from_dict))  # type: ignore[attr-defined]
    keys: dict[str, str] = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            key = _popped_key(node.value)
            if isinstance(target, ast.Name) and key is not None:
                keys[target.id.lstrip("_")] = key
    return keys


def _popped_key(value: ast.expr) -> str | None:
    if isinstance(value, ast.Call) and not _is_pop(value):  # ``cast(T, d.pop(...))``, ``E(...)``
        value = next((a for a in value.args if isinstance(a, ast.Call) and _is_pop(a)), value)
    if isinstance(value, ast.Call) and _is_pop(value) and value.args:
        first = value.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            return first.value
    return None


def _is_pop(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "pop"
        and isinstance(func.value, ast.Name)
        and func.value.id == "d"
    )


def parsed_statuses(module: types.ModuleType) -> dict[int, str]:
    """Status -> model class name, for the statuses a generated ``_parse_response`` reads
    as ``Model.from_dict(response.json())`` and nothing else."""
    source = textwrap.dedent(inspect.getsource(module._parse_response))
    found: dict[int, str] = {}
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.If) or not node.body:
            continue
        test, first = node.test, node.body[0]
        if not (
            isinstance(test, ast.Compare)
            and isinstance(test.left, ast.Attribute)
            and test.left.attr == "status_code"
            and isinstance(test.comparators[0], ast.Constant)
            and type(test.comparators[0].value) is int
        ):
            continue
        if (
            isinstance(first, ast.Assign)
            and isinstance(first.value, ast.Call)
            and isinstance(first.value.func, ast.Attribute)
            and first.value.func.attr == "from_dict"
            and isinstance(first.value.func.value, ast.Name)
        ):
            found[test.comparators[0].value] = first.value.func.value.id
    return found


def endpoints() -> Iterator[tuple[str, types.ModuleType]]:
    """(``tag.operation``, module) of every generated endpoint, sorted."""
    api = importlib.import_module(f"{PACKAGE}.api")
    for tag in sorted(pkgutil.iter_modules(api.__path__), key=lambda m: m.name):
        package = importlib.import_module(f"{api.__name__}.{tag.name}")
        for op in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
            yield f"{tag.name}.{op.name}", importlib.import_module(f"{package.__name__}.{op.name}")


# --- the kinds of values -----------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    """What the document allows for one value (a field, a list item, a union member)."""

    tag: str  # "any", "scalar", "enum", "model", "list", "dict", "union"
    py: Any = None  # the scalar type, enum class or model class
    items: Kind | None = None  # a list's items
    options: tuple[Kind, ...] = ()  # a union's members
    nullable: bool = False

    def words(self) -> str:
        """What the document says, in its words."""
        base = {
            "any": "any value",
            "list": f"array of {self.items.words() if self.items else 'values'}",
            "dict": "object",
        }.get(self.tag)
        if self.tag == "scalar":
            base = SCALARS[self.py][1]
        elif self.tag == "enum":
            base = "one of " + ", ".join(repr(m.value) for m in self.py)
        elif self.tag == "model":
            base = f"object {self.py.__name__}"
        elif self.tag == "union":
            base = " or ".join(o.words() for o in self.options)
        return f"{base} or null" if self.nullable else str(base)


def kind_of(annotation: Any, fact: str) -> Kind:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if getattr(a, "__name__", "") != "Unset"]
        nullable = type(None) in options
        options = [a for a in options if a is not type(None)]
        if len(options) == 1:
            single = kind_of(options[0], fact)
            return Kind(single.tag, single.py, single.items, single.options, nullable)
        members = tuple(kind_of(a, fact) for a in options)
        return Kind("union", options=members, nullable=nullable)
    if annotation is type(None):
        return Kind("any", nullable=True)
    if annotation is Any:
        return Kind("any", nullable=True)
    if annotation in SCALARS:
        return Kind("scalar", annotation)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return Kind("enum", annotation)
    if isinstance(annotation, type) and hasattr(annotation, "__attrs_attrs__"):
        return Kind("model", annotation)
    if origin is list:
        (item,) = typing.get_args(annotation) or (Any,)
        return Kind("list", items=kind_of(item, fact))
    if origin is dict or annotation is dict:
        return Kind("dict")
    raise FactError(fact, f"no builder for the annotation {annotation!r}")


def namespace(cls: type) -> dict[str, Any]:
    package = sys.modules[cls.__module__.rpartition(".")[0]]
    return dict(vars(package))


@dataclass(frozen=True)
class Field:
    name: str  # the attribute
    key: str
    kind: Kind
    required: bool


def fields_of(cls: type) -> list[Field]:
    import attrs

    fact = f"builder of {cls.__name__}"
    keys = json_keys(cls)
    try:
        hints = typing.get_type_hints(cls, localns=namespace(cls))
    except (NameError, TypeError) as error:
        raise FactError(fact, f"annotations unreadable: {error}") from error
    found = []
    for field in attrs.fields(cls):
        if not field.init:
            continue
        key = keys.get(field.name)
        if key is None:
            raise FactError(f"{fact}.{field.name}", "no JSON key in the generated from_dict")
        kind = kind_of(hints[field.name], f"{fact}.{field.name}")
        found.append(Field(field.name, key, kind, field.default is attrs.NOTHING))
    return found


def discriminator(members: list[type], fact: str) -> tuple[str, dict[str, type]] | None:
    """(JSON key, value -> class) when every member types one common key as an enum of
    one value, all values distinct (``type`` preferred); None when no key does."""
    candidates: list[tuple[str, dict[str, type]]] = []
    per_member = []
    for cls in members:
        tags = {}
        for field in fields_of(cls):
            if field.kind.tag == "enum" and len(field.kind.py) == 1:
                tags[field.key] = next(iter(field.kind.py)).value
        per_member.append(tags)
    common = set.intersection(*(set(t) for t in per_member)) if per_member else set()
    for key in sorted(common, key=lambda k: (k != "type", k)):
        mapping = {tags[key]: cls for tags, cls in zip(per_member, members, strict=True)}
        if len(mapping) == len(members):
            candidates.append((key, mapping))
    return candidates[0] if candidates else None


# --- the source ---------------------------------------------------------------------


class Writer:
    """The source of ``readers.py``: builders, union dispatchers and constants."""

    def __init__(self, mappings: dict[frozenset[type], tuple[str, dict[str, type]]]) -> None:
        # The document's discriminators: union members -> (key, value -> class).
        self.mappings = mappings
        self.classes: dict[str, type] = {}  # name -> class, builders to write
        self.order: list[str] = []
        self.enums: dict[str, type] = {}
        self.unions: dict[Kind, str] = {}
        self.union_src: list[str] = []
        self.consts: list[str] = []
        self.tags: dict[type, dict[str, str]] = {}  # union member -> {its tag key: value}
        self.named_unions: dict[str, list[type]] = {}  # a stream's event union -> members

    def tag(self, key: str, mapping: dict[str, type]) -> None:
        """Note what each member of a union is told apart by (for the typed views)."""
        for value, cls in mapping.items():
            self.tags.setdefault(cls, {})[key] = value

    def want(self, cls: type) -> None:
        if cls.__name__ in self.classes:
            if self.classes[cls.__name__] is not cls:
                raise FactError(f"builder of {cls.__name__}", "two classes share the name")
            return
        self.classes[cls.__name__] = cls
        self.order.append(cls.__name__)
        for field in fields_of(cls):
            self._want_kind(field.kind)

    def _want_kind(self, kind: Kind) -> None:
        if kind.tag == "model":
            self.want(kind.py)
        elif kind.tag == "enum":
            self.enums[kind.py.__name__] = kind.py
        elif kind.tag == "list" and kind.items is not None:
            self._want_kind(kind.items)
        elif kind.tag == "union":
            for option in kind.options:
                self._want_kind(option)

    # Each value's code: ``v`` holds it (never UNSET here); the code leaves the result in ``v``.
    def value_code(self, kind: Kind, where: str, label: str, indent: str) -> list[str]:
        report = f"v = r(v, {where}, {label!r}, {kind.words()!r})"
        null_ok = " and v is not None" if kind.nullable else ""
        otherwise = f"{indent}elif v is not None:" if kind.nullable else f"{indent}else:"
        if kind.tag == "any":
            return []
        if kind.tag == "scalar":
            test = SCALARS[kind.py][0].format(v="v")
            return [f"{indent}if {test}{null_ok}:", f"{indent}    {report}"]
        if kind.tag == "dict":
            return [f"{indent}if v.__class__ is not dict{null_ok}:", f"{indent}    {report}"]
        if kind.tag == "enum":
            name = kind.py.__name__
            return [
                f"{indent}if v.__class__ is str:",
                f"{indent}    m = _V_{name}.get(v)",
                f"{indent}    v = m if m is not None else _enum(r, {name}, v, {where}, {label!r})",
                otherwise,
                f"{indent}    {report}",
            ]
        if kind.tag == "model":
            return [
                f"{indent}if v.__class__ is dict:",
                f"{indent}    v = b_{kind.py.__name__}(v, {where}, r)",
                otherwise,
                f"{indent}    {report}",
            ]
        if kind.tag == "list":
            assert kind.items is not None
            item = self.union_function(kind.items)
            return [
                f"{indent}if v.__class__ is list:",
                f"{indent}    v = _items(v, {item}, {where}, r, {label + '[]'!r})",
                otherwise,
                f"{indent}    {report}",
            ]
        if kind.tag == "union":
            call = f"v = {self.union_function(kind)}(v, {where}, r, {label!r})"
            if kind.nullable:
                return [f"{indent}if v is not None:", f"{indent}    {call}"]
            return [f"{indent}{call}"]
        raise AssertionError(kind)

    def union_function(self, kind: Kind) -> str:
        """The name of a function ``(value, where, r, label) -> value`` reading a value of
        ``kind`` (a union, or a list item of any kind)."""
        found = self.unions.get(kind)
        if found is not None:
            return found
        name = f"_u{len(self.unions)}"
        self.unions[kind] = name
        options = kind.options if kind.tag == "union" else (kind,)
        models = [o.py for o in options if o.tag == "model"]
        lines = [f"def {name}(v: Any, p: Any, r: Any, label: str) -> Any:"]
        if models:
            lines.append("    if v.__class__ is dict:")
            names = ", ".join(cls.__name__ for cls in models)
            tag = self.mappings.get(frozenset(models))
            if tag is None and len(models) > 1:
                tag = discriminator(models, f"union of {names}")
            if len(models) == 1:
                lines.append(f"        return b_{models[0].__name__}(v, p, r)")
            elif tag is not None:
                key, mapping = tag
                self.tag(key, mapping)
                table = f"_D{name}"
                entries = ", ".join(f"{value!r}: b_{c.__name__}" for value, c in mapping.items())
                self.consts.append(f"{table}: dict[Any, Any] = {{{entries}}}")
                lines += [  # a tag that is not a string (a list: unhashable) names nothing
                    f"        t = v.get({key!r})",
                    f"        b = {table}.get(t) if t.__class__ is str else None",
                    "        if b is not None:",
                    "            return b(v, p, r)",
                ]
            else:
                shapes = ", ".join(f"b_{c.__name__}" for c in models)
                lines.append(f"        return _best(v, p, r, ({shapes},))")
        for other in options:
            if other.tag == "model":
                continue
            if other.tag == "any":
                lines.append("    return v")
                break
            if other.tag == "scalar":
                test = {
                    float: "v.__class__ is float or v.__class__ is int",
                }.get(other.py, f"v.__class__ is {other.py.__name__}")
                lines += [f"    if {test}:", "        return v"]
            elif other.tag == "enum":
                enum_name = other.py.__name__
                lines += [
                    "    if v.__class__ is str:",
                    f"        m = _V_{enum_name}.get(v)",
                    f"        return m if m is not None else _enum(r, {enum_name}, v, p, label)",
                ]
            elif other.tag == "dict":
                lines += ["    if v.__class__ is dict:", "        return v"]
            elif other.tag == "list":
                assert other.items is not None
                item = self.union_function(other.items)
                lines += [
                    "    if v.__class__ is list:",
                    f'        return _items(v, {item}, p, r, label + "[]")',
                ]
            else:
                raise FactError(f"union {name}", f"member {other.tag} not supported")
        else:
            if kind.nullable:
                lines += ["    if v is None:", "        return v"]
            lines.append(f"    return r(v, p, label, {kind.words()!r})")
        self.union_src.append("\n".join(lines))
        return name

    def builder(self, cls: type) -> str:
        name = cls.__name__
        fields = fields_of(cls)
        keys = f"_K_{name}"
        self.consts.append(f"{keys} = frozenset(({''.join(f'{f.key!r}, ' for f in fields)}))")
        lines = [
            f"def b_{name}(d: dict[str, Any], p: Any, r: Any) -> {name}:",
            f'    """``{name}`` from a JSON object, deviations handed to ``r``."""',
        ]
        args = []
        for index, field in enumerate(fields):
            var = f"v{index}"
            label = f"{name}.{field.key}"
            where = f"(p, {field.key!r})"
            lines.append(f"    v = d.get({field.key!r}, UNSET)")
            code = self.value_code(field.kind, where, label, "        ")
            if field.required:
                lines.append("    if v is UNSET:")
                lines.append(f"        v = r(v, {where}, {label!r}, {field.kind.words()!r})")
                if code:
                    lines.append("    else:")
                    lines += code
            elif code and field.kind.tag in ("scalar", "dict"):  # one test: the usual value passes
                lines.append(code[0].strip().removesuffix(":").replace("if ", "    if ", 1))
                lines[-1] += " and v is not UNSET:"
                lines.append(code[1][4:])
            elif code:
                lines.append("    if v is not UNSET:")
                lines += code
            lines.append(f"    {var} = v")
            args.append(var)
        lines += [
            f"    o = {name}({', '.join(args)})",
            f"    if not d.keys() <= {keys}:",
            f"        o.additional_properties = {{k: x for k, x in d.items() if k not in {keys}}}",
            "    return o",
        ]
        return "\n".join(lines)


HELPERS = '''
def _items(values: list[Any], item: Any, p: Any, r: Any, label: str) -> list[Any]:
    """Each item of a list read by ``item``."""
    return [item(x, (p, i), r, label) for i, x in enumerate(values)]


def _enum(r: Any, cls: Any, value: str, p: Any, label: str) -> Any:
    """A value the document's enum does not list: reported, then kept (as the enum's
    pseudo-member when the overlay's patch is installed, else as the string)."""
    words = "one of " + ", ".join(repr(m.value) for m in cls)
    kept = r(value, p, label, words)
    try:
        return cls(kept)
    except ValueError:
        return kept


def _best(v: dict[str, Any], p: Any, r: Any, builders: tuple[Any, ...]) -> Any:
    """A union of objects without a discriminating field: the member whose keys the
    value covers best (its required keys first)."""
    best = max(builders, key=lambda b: (_REQ[b] <= v.keys(), len(_KEYS[b] & v.keys())))
    return best(v, p, r)
'''


def _pairs(cls: type) -> str:
    return "".join(f"({f.name!r}, {f.key!r}), " for f in fields_of(cls))


def _required(cls: type) -> str:
    return "".join(f"{f.key!r}, " for f in fields_of(cls) if f.required)


def write(spec: dict[str, Any]) -> tuple[str, str]:
    """The sources of ``readers.py`` and ``typed_responses.py``."""
    models = importlib.import_module(f"{PACKAGE}.models")
    writer = Writer(document_discriminators(spec, models))
    parsed: dict[str, dict[int, str]] = {}
    for name, module in endpoints():
        statuses = parsed_statuses(module)
        parsed[name] = statuses
        for class_name in statuses.values():
            cls = getattr(models, class_name, None)
            if cls is None:
                raise FactError(f"parser of {name}", f"{class_name} is not a generated model")
            writer.want(cls)
    streams = stream_events(spec, models, writer)
    facts = facts_source(spec)
    for mapping in streams.values():
        for cls in mapping.values():
            writer.want(cls)
    builders = [writer.builder(writer.classes[name]) for name in writer.order]
    # The union dispatchers are written while the builders are; collect after.
    imports = sorted(set(writer.order) | set(writer.enums))
    out = [
        HEADER.format(
            doc="Tolerant one-pass builders of the response models, and what the parse needs."
        ),
        "from __future__ import annotations",
        "",
        "from typing import Any",
        "",
        "from .models import (",
        *(f"    {name}," for name in imports),
        ")",
        "from .types import UNSET",
        "",
        "__all__ = [",
        '    "BATCH_METADATA_LIMITS",',
        '    "BUILDERS",',
        '    "FIELDS",',
        '    "MAX_COMPLETION_TOKENS_DEFAULT",',
        '    "MAX_COMPLETION_TOKENS_DEFAULTS",',
        '    "PARSED",',
        '    "SIGNATURE_HEADERS",',
        '    "STOP_MAX_BYTES",',
        '    "STREAM_EVENTS",',
        '    "STREAM_UNIONS",',
        "]",
        "",
        *(f"_V_{n}: dict[Any, Any] = {n}._value2member_map_" for n in sorted(writer.enums)),
        "",
        HELPERS,
        *(src + "\n\n" for src in builders),
        *(src + "\n\n" for src in writer.union_src),
        *writer.consts,
        "",
        "# Class -> its builder ``(data, path, reporter) -> instance``.",
        "BUILDERS: dict[type, Any] = {",
        *(f"    {name}: b_{name}," for name in writer.order),
        "}",
        "# Class -> (attribute, JSON key) of its fields, in order (what ``to_dict`` writes).",
        "FIELDS: dict[type, tuple[tuple[str, str], ...]] = {",
        *(f"    {name}: ({_pairs(writer.classes[name])})," for name in writer.order),
        "}",
        "_REQ: dict[Any, frozenset[str]] = {",
        *(
            f"    b_{name}: frozenset(({_required(writer.classes[name])})),"
            for name in writer.order
        ),
        "}",
        "_KEYS: dict[Any, frozenset[str]] = {",
        *(f"    b_{name}: _K_{name}," for name in writer.order),
        "}",
        "# Operation (``tag.module`` under ``api``) -> status -> the class its JSON answer is.",
        "PARSED: dict[str, dict[int, type]] = {",
        *(
            f"    {op!r}: {{{', '.join(f'{s}: {c}' for s, c in sorted(st.items()))}}},"
            for op, st in parsed.items()
        ),
        "}",
        "# Stream (``METHOD /path``) -> event discriminator value -> the event class.",
        "STREAM_EVENTS: dict[str, dict[str, type]] = {",
        *(
            f"    {op!r}: {{{', '.join(f'{v!r}: {c.__name__}' for v, c in sorted(m.items()))}}},"
            for op, m in sorted(streams.items())
        ),
        "}",
        "# A stream's event union (its schema's name) -> its members, in the document's order.",
        "STREAM_UNIONS: dict[str, tuple[type, ...]] = {",
        *(
            f"    {name!r}: ({''.join(f'{c.__name__}, ' for c in members)}),"
            for name, members in sorted(writer.named_unions.items())
        ),
        "}",
        *facts,
        "",
    ]
    roots = [getattr(models, c) for st in parsed.values() for c in st.values()]
    roots += [cls for mapping in streams.values() for cls in mapping.values()]
    classes = [writer.classes[name] for name in writer.order]
    views = views_source(classes, fields_of, writer.tags, writer.named_unions, roots)
    return "\n".join(out), views


def document_discriminators(
    spec: dict[str, Any], models: Any
) -> dict[frozenset[type], tuple[str, dict[str, type]]]:
    """Each ``oneOf`` component with a ``discriminator`` mapping, as its member classes ->
    (the key, value -> class). Where the members also type the key as an enum of one
    value, the two must agree (a disagreement fails the build, named)."""
    found: dict[frozenset[type], tuple[str, dict[str, type]]] = {}
    for name, schema in sorted(spec.get("components", {}).get("schemas", {}).items()):
        tag = schema.get("discriminator") if isinstance(schema, dict) else None
        members = schema.get("oneOf") if isinstance(schema, dict) else None
        if not tag or not members or not tag.get("mapping"):
            continue
        fact = f"discriminator of {name}"
        key = tag["propertyName"]
        mapping = {
            value: class_for_schema(spec, {"$ref": ref}, name, models)
            for value, ref in sorted(tag["mapping"].items())
        }
        classes = frozenset(class_for_schema(spec, m, name, models) for m in members)
        if not set(mapping.values()) <= classes:
            raise FactError(fact, "its mapping names a schema that is not one of its members")
        derived = discriminator(sorted(classes, key=lambda c: c.__name__), fact)
        if derived is not None and derived[0] == key:
            for value, cls in derived[1].items():
                if mapping.setdefault(value, cls) is not cls:
                    raise FactError(fact, f"{value!r} names {cls.__name__} by its enum")
        found[classes] = (key, mapping)
    return found


def class_for_schema(
    spec: dict[str, Any], schema: dict[str, Any], parent: str, models: Any
) -> type:
    """The generated class of ``schema``: a component (named by its name or title) or an
    inline member of the component ``parent`` (named ``<Parent><Title>``)."""
    from openapi_python_client.strings import pascal_case

    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        title = spec["components"]["schemas"][name].get("title") or name
        candidates = (name, pascal_case(title))
    else:
        title = schema.get("title", "")
        candidates = (parent + pascal_case(title),) if title else ()
    for candidate in candidates:
        cls = getattr(models, candidate, None)
        if isinstance(cls, type):
            return cls
    raise FactError(f"class of a schema under {parent}", f"none of {candidates} is generated")


def stream_events(
    spec: dict[str, Any], models: Any, writer: Writer | None = None
) -> dict[str, dict[str, type]]:
    """``METHOD /path`` -> discriminator value -> class, for each event-stream answer whose
    schema is a ``oneOf`` of objects (a single object schema gives its class under ``""``)."""
    found: dict[str, dict[str, type]] = {}
    for path, item in sorted(spec.get("paths", {}).items()):
        for method, op in sorted(item.items()):
            if not isinstance(op, dict):
                continue
            for status, response in sorted(op.get("responses", {}).items()):
                schema = response.get("content", {}).get("text/event-stream", {}).get("schema")
                if not status.startswith("2") or not schema or "$ref" not in schema:
                    continue
                fact = f"events of {method.upper()} {path}"
                name = schema["$ref"].rsplit("/", 1)[-1]
                target = spec["components"]["schemas"][name]
                members = target.get("oneOf") or target.get("anyOf")
                if not members:
                    single = class_for_schema(spec, schema, name, models)
                    found[f"{method.upper()} {path}"] = {"": single}
                    continue
                classes = [class_for_schema(spec, m, name, models) for m in members]
                tag = discriminator(classes, fact)
                if tag is None:
                    raise FactError(fact, "the events share no discriminating field")
                if writer is not None:
                    writer.tag(*tag)
                    writer.named_unions[name] = classes
                found[f"{method.upper()} {path}"] = tag[1]
    return found


def main(argv: list[str]) -> int:
    parent, spec_path, out_file = argv
    sys.path.insert(0, parent)
    package = importlib.import_module(PACKAGE)
    if not str(package.__file__).startswith(str(Path(parent).resolve())):
        raise SystemExit(f"{PACKAGE} was imported from {package.__file__}, not {parent}")
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    try:
        source, views = write(spec)
    except FactError as error:
        sys.stderr.write(f"make generate: could not derive the fact {error}\n")
        return 2
    Path(out_file).write_text(source, encoding="utf-8")
    Path(out_file).with_name(VIEWS).write_text(views, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
