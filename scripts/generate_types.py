"""Write the static types of the API document into the generated package.

    python scripts/generate_types.py NORMALISED_SPEC PACKAGE_DIR

Called by scripts/generate.py on the normalised copy of ``openapi.json``; reads only
the document (and the documented extensions the overlay's request check applies), so
a new document needs no edit here. It writes two modules, used only by type checkers
(nothing imports them at run time); the read-only views of the answers
(``typed_responses.py``) are written from the generated classes themselves, by
scripts/generate_views.py:

* ``typed_requests.py``: a ``TypedDict`` per request schema (components and inline
  objects), ``Literal`` for enums, and for every operation with a body an alias per body
  field (``UploadFilePurpose``...). For a body that is a ``oneOf`` with a discriminator,
  each variant gets ``<Variant>Params`` (its optional fields, for ``**params``) and the
  shared fields get ``<Operation>FallbackParams``.
* ``typed_calls.py``: per discriminated operation, a callable ``Protocol`` with one
  overload per variant (the discriminator typed as the variant's values), a fallback for
  any other ``str`` and, when the body has a boolean ``stream``, overloads that give the
  stream type. Generic in the response, stream and timeout types the overlay supplies.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import keyword
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXTENSIONS = ROOT / "overlay" / "moonshot" / "_openapi" / "extensions.py"

HEADER = '"""{doc}\n\nWritten by scripts/generate_types.py from openapi.json; do not edit."""\n\n'
# Keyword options every call of the overlay takes besides the body fields.
CALL_OPTIONS = (
    "extra_body: Mapping[str, Any] | None = None",
    "extra_headers: Mapping[str, str] | None = None",
    "timeout: TimeoutT_contra = ...",
    "max_response_bytes: int | None = None",
    "deadline: float | None = None",
    "idle_timeout: float | None = None",
    "request_nonce: str | Callable[[], str] | None = None",
)
STREAM_OPTIONS = ("resume: bool = False", "max_resumes: int = ...")
JSON_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def load_extensions() -> Any:
    """The overlay's documented extensions module, from its file (no package import)."""
    if not EXTENSIONS.exists():  # a copy of the build inputs without overlay/: the installed one
        return importlib.import_module("moonshot._openapi.extensions")
    spec = importlib.util.spec_from_file_location("_moonshot_extensions", EXTENSIONS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pascal(text: str) -> str:
    words = re.findall(r"[A-Za-z][a-z0-9]*|[0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text))
    return "".join(w[:1].upper() + w[1:] for w in words) or "Value"


def literal(values: Iterable[Any]) -> str:
    members = [json.dumps(v) if isinstance(v, str) else repr(v) for v in values if v is not None]
    return f"Literal[{', '.join(members)}]" if members else "None"


def union(types: Iterable[str]) -> str:
    seen: list[str] = []
    for t in types:
        for part in split_union(t):
            if part not in seen:
                seen.append(part)
    if "Any" in seen:
        return "Any"
    if "None" in seen:  # None last, as people write it
        seen = [t for t in seen if t != "None"] + ["None"]
    return " | ".join(seen) if seen else "Any"


def split_union(expr: str) -> list[str]:
    """Top-level ``|`` members of a type expression."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(expr):
        depth += ch == "["
        depth -= ch == "]"
        if ch == "|" and depth == 0:
            parts.append(expr[start:i].strip())
            start = i + 1
    parts.append(expr[start:].strip())
    return parts


def docstring(schema: dict[str, Any], fallback: str) -> str:
    text = str(schema.get("description") or fallback).strip().split("\n\n")[0]
    text = " ".join(text.split()).replace("\\", "\\\\").replace('"""', "'''")
    if len(text) > 300:
        text = text[:297].rsplit(" ", 1)[0] + "..."
    return text if not text.endswith('"') else text + " "


class Types:
    """Renders request JSON Schemas as type expressions, collecting the TypedDicts they need."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
        self.classes: dict[str, str] = {}  # class name -> source
        self.by_ref: dict[str, str] = {}
        self.by_id: dict[int, str] = {}  # inline object schema -> its class
        self.taken: set[str] = set()
        self.hints: dict[int, str] = {}  # inline schema -> name from where the document has it
        for name, schema in self.schemas.items():
            self.name_inline(schema, pascal(name))

    def name_inline(self, schema: Any, hint: str) -> None:
        """Name each inline schema after its first place in the components."""
        if not isinstance(schema, dict) or id(schema) in self.hints:
            return
        self.hints[id(schema)] = hint
        for prop, sub in (schema.get("properties") or {}).items():
            self.name_inline(sub, hint + pascal(prop))
        self.name_inline(schema.get("items"), hint + "Item")
        self.name_inline(schema.get("additionalProperties"), hint + "Value")
        for key in ("oneOf", "anyOf", "allOf"):
            for i, branch in enumerate(schema.get(key) or ()):
                self.name_inline(
                    branch, hint + ("" if key == "allOf" else branch_suffix(branch, i))
                )

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def merged(self, schema: dict[str, Any]) -> dict[str, Any]:
        """``allOf`` parts (and refs) folded into one object schema."""
        schema = self.resolve(schema)
        if "allOf" not in schema:
            return schema
        props: dict[str, Any] = {}
        required: list[str] = []
        out = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            part = self.merged(part)
            props.update(part.get("properties", {}))
            required += [r for r in part.get("required", []) if r not in required]
            for key in ("description", "type"):
                out.setdefault(key, part.get(key))
        props.update(schema.get("properties", {}))
        required += [r for r in schema.get("required", []) if r not in required]
        out["properties"], out["required"] = props, required
        return out

    def unique(self, name: str) -> str:
        base, n = name, 2
        while name in self.taken or keyword.iskeyword(name):
            name, n = f"{base}{n}", n + 1
        self.taken.add(name)
        return name

    def render(self, schema: Any, hint: str) -> str:
        if not isinstance(schema, dict):
            return "Any"
        if "$ref" in schema:
            ref = schema["$ref"].rsplit("/", 1)[-1]
            target = self.schemas.get(ref, {})
            merged = self.merged(target)
            if ref not in self.by_ref and self.is_object(merged):
                self.by_ref[ref] = self.by_id[id(merged)] = self.unique(pascal(ref))
                self.emit_class(self.by_ref[ref], merged)
            return self.by_ref.get(ref) or self.render(target, pascal(ref))
        if "allOf" in schema:
            return self.render(self.merged(schema), hint)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return union(
                    self.render(branch, hint + branch_suffix(branch, i))
                    for i, branch in enumerate(schema[key])
                )
        if "const" in schema:
            return literal([schema["const"]])
        kind = schema.get("type")
        if isinstance(kind, list):
            return union(self.render({**schema, "type": k}, hint) for k in kind)
        if "enum" in schema:
            values = schema["enum"]
            return union([literal(values)] + (["None"] if None in values else []))
        if kind == "null":
            return "None"
        if kind == "array":
            item = self.render(schema.get("items", {}), hint + "Item")
            return f"Sequence[{item}]"
        if kind in JSON_TYPES:
            return JSON_TYPES[kind]
        if self.is_object(schema):
            if id(schema) not in self.by_id:
                self.by_id[id(schema)] = name = self.unique(self.hints.get(id(schema), hint))
                self.emit_class(name, schema)
            return self.by_id[id(schema)]
        if kind == "object" or "additionalProperties" in schema:
            extra = schema.get("additionalProperties")
            value = self.render(extra, hint + "Value") if isinstance(extra, dict) else "Any"
            return f"Mapping[str, {value}]"
        return "Any"

    @staticmethod
    def is_object(schema: dict[str, Any]) -> bool:
        return bool(schema.get("properties")) and schema.get("type") in (None, "object")

    def fields(self, name: str, schema: dict[str, Any]) -> Iterator[tuple[str, str, bool]]:
        required = set(schema.get("required", []))
        for prop, sub in schema.get("properties", {}).items():
            yield prop, self.render(sub, name + pascal(prop)), prop in required

    def emit_class(self, name: str, schema: dict[str, Any]) -> None:
        self.classes[name] = ""  # reserve the slot (recursive schemas)
        fields = list(self.fields(name, schema))
        doc = docstring(schema, name)
        if all(p.isidentifier() and not keyword.iskeyword(p) for p, _, _ in fields):
            lines = [f"class {name}(TypedDict, total=False):", f'    """{doc}"""', ""]
            for prop, type_, req in fields:
                lines.append(f"    {prop}: {'Required[' + type_ + ']' if req else type_}")
        else:  # a field name Python cannot spell: the functional form, quoted
            lines = [f"{name} = TypedDict(", f"    {name!r},", "    {"]
            for prop, type_, req in fields:
                lines.append(f"        {prop!r}: {'Required[' + type_ + ']' if req else type_!r},")
            lines += ["    },", "    total=False,", ")"]
        self.classes[name] = "\n".join(lines) + "\n"

    def source(self, doc: str, imports: str, tail: str = "") -> str:
        body = "\n\n".join(self.classes[n] for n in self.classes)
        return HEADER.format(doc=doc) + imports + "\n\n" + body + tail


def branch_suffix(branch: Any, index: int) -> str:
    """How a ``oneOf`` branch extends its parent's name: its title, else its position."""
    if isinstance(branch, dict) and branch.get("title"):
        return pascal(str(branch["title"]))
    return f"Option{index}" if isinstance(branch, dict) and "properties" in branch else ""


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for _path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if isinstance(op, dict) and method in ("get", "post", "put", "patch", "delete"):
                yield op["operationId"], op


def body_schema(op: dict[str, Any]) -> dict[str, Any] | None:
    for content in op.get("requestBody", {}).get("content", {}).values():
        if isinstance(content.get("schema"), dict):
            return content["schema"]  # type: ignore[no-any-return]
    return None


class Variant:
    def __init__(self, name: str, values: list[str], schema: dict[str, Any]) -> None:
        self.name, self.values, self.schema = name, values, schema


def variants(types: Types, body: dict[str, Any]) -> tuple[str, list[Variant]] | None:
    """The discriminator and the variants of a ``oneOf`` body, in document order."""
    body = types.resolve(body)
    disc = body.get("discriminator", {}).get("propertyName")
    if not disc or "oneOf" not in body:
        return None
    mapping: dict[str, str] = body["discriminator"].get("mapping", {})
    found = []
    for i, branch in enumerate(body["oneOf"]):
        ref = branch.get("$ref", "")
        schema = types.merged(branch)
        values = [v for v, target in mapping.items() if target == ref]
        if not values:
            prop = schema.get("properties", {}).get(disc, {})
            values = [*prop.get("enum", [])] or ([prop["const"]] if "const" in prop else [])
        name = pascal(ref.rsplit("/", 1)[-1]) if ref else f"Variant{i}"
        found.append(Variant(name, [v for v in values if isinstance(v, str)], schema))
    return disc, found


def param_lines(types: Types, owner: str, schema: dict[str, Any], explicit: set[str]) -> None:
    """``<owner>``: the optional body fields of ``schema``, for ``**params``."""
    rest = {k: v for k, v in schema.get("properties", {}).items() if k not in explicit}
    types.taken.add(owner)
    types.emit_class(
        owner,
        {"description": f"Keyword parameters of {owner[:-6]}.", "properties": rest, "required": []},
    )


def explicit_type(types: Types, schema: dict[str, Any], hint: str) -> str:
    """A required body field as a keyword parameter: arrays taken as any iterable."""
    resolved = types.resolve(schema)
    if resolved.get("type") == "array":
        return f"Iterable[{types.render(resolved.get('items', {}), hint + 'Item')}]"
    return types.render(schema, hint)


def call_protocols(types: Types, op_id: str, disc: str, found: list[Variant]) -> str:
    """The overloaded ``__call__`` protocols (sync and async) of one discriminated operation."""
    required_all = set.intersection(*(set(v.schema.get("required", [])) for v in found))
    stream = all(
        types.resolve(v.schema.get("properties", {}).get("stream", {})).get("type") == "boolean"
        for v in found
    )
    explicit = {disc, "stream"} | required_all
    overloads: list[tuple[str, list[str], str]] = []  # (discriminator type, explicit, params)
    for v in found:
        params = v.name + "Params"
        param_lines(types, params, v.schema, explicit)
        args = [
            f"{p}: {explicit_type(types, v.schema['properties'][p], v.name + pascal(p))}"
            for p in v.schema.get("properties", {})
            if p in required_all and p != disc
        ]
        overloads.append((literal(v.values), args, params))
    shared = set.intersection(*(set(v.schema.get("properties", {})) for v in found))
    fallback = pascal(op_id) + "FallbackParams"
    props: dict[str, Any] = {}
    for p in (p for p in found[0].schema.get("properties", {}) if p in shared - explicit):
        props[p] = {"oneOf": [v.schema["properties"][p] for v in found]}
    param_lines(types, fallback, {"properties": props}, set())
    fallback_args = [
        f"{p}: "
        + union(explicit_type(types, v.schema["properties"][p], v.name + pascal(p)) for v in found)
        for p in found[0].schema.get("properties", {})
        if p in required_all and p != disc
    ]
    overloads.append(("str", fallback_args, fallback))
    out = []
    for prefix, defn in (("", "def"), ("Async", "async def")):
        name = f"{prefix}{pascal(op_id)}"
        out += [
            f"class {name}(Protocol[ResponseT_co, StreamT_co, TimeoutT_contra]):",
            f'    """``{op_id}``: one overload per value of ``{disc}`` (its request variant),',
            '    a fallback for any other ``str``; ``stream=True`` gives the stream type."""',
            "",
        ]
        modes = (
            [
                ("stream: Literal[False] = False", (), "ResponseT_co"),
                ("stream: Literal[True]", STREAM_OPTIONS, "StreamT_co"),
                ("stream: bool", STREAM_OPTIONS, "ResponseT_co | StreamT_co"),
            ]
            if stream
            else [("", (), "ResponseT_co")]
        )
        for disc_type, args, params in overloads:
            for stream_arg, stream_opts, result in modes:
                sig = [
                    f"{disc}: {disc_type}",
                    *args,
                    *([stream_arg] if stream_arg else []),
                    *stream_opts,
                    *CALL_OPTIONS,
                    f"**params: Unpack[{params}]",
                ]
                out += ["    @overload", f"    {defn} __call__(", "        self,", "        *,"]
                out += [f"        {a}," for a in sig]
                out += [f"    ) -> {result}: ...", ""]
        out.append("")
    return "\n".join(out)


def build(spec: dict[str, Any]) -> dict[str, str]:
    """File name -> source of the request typing modules."""
    ext = load_extensions()
    spec = ext.apply_documented_extensions(json.loads(json.dumps(spec)))
    requests = Types(spec)
    aliases: list[str] = []
    calls: list[str] = []
    for op_id, op in operations(spec):
        body = body_schema(op)
        if body is not None:
            split = variants(requests, body)
            if split is not None:
                calls.append(call_protocols(requests, op_id, *split))
            else:
                merged = requests.merged(body)
                requests.render(body, pascal(op_id) + "Body")
                for prop, sub in merged.get("properties", {}).items():
                    hint = pascal(op_id) + pascal(prop)
                    type_ = explicit_type(requests, sub, hint)
                    aliases.append(f"{requests.unique(hint)}: TypeAlias = {type_}")
    std = "from collections.abc import Iterable, Mapping, Sequence\n"
    typing_ = "from typing import Any, Literal, Required, TypeAlias, TypedDict\n"
    names = sorted([*requests.classes, *(a.split(":", 1)[0] for a in aliases)])
    exported = "\n__all__ = [\n" + "".join(f"    {n!r},\n" for n in names) + "]\n"
    request_src = requests.source(
        "Request bodies of the API document as TypedDicts, and their fields as aliases.",
        "from __future__ import annotations\n\n" + std + typing_,
        (
            "\n\n# The body fields of each operation, for keyword parameters.\n"
            + "\n".join(aliases)
            + "\n"
            if aliases
            else "\n"
        )
        + exported,
    )
    imported = "".join(f"    {name},\n" for name in sorted(requests.classes))
    calls_src = (
        HEADER.format(doc="Overloaded call signatures of the operations with a discriminated body.")
        + "from __future__ import annotations\n\n"
        + "from collections.abc import Callable, Iterable, Mapping\n"
        + "from typing import Any, Literal, Protocol, TypeVar, Unpack, overload\n\n"
        + (f"from .typed_requests import (\n{imported})\n\n" if calls else "")
        + 'ResponseT_co = TypeVar("ResponseT_co", covariant=True)\n'
        + 'StreamT_co = TypeVar("StreamT_co", covariant=True)\n'
        + 'TimeoutT_contra = TypeVar("TimeoutT_contra", contravariant=True)\n\n\n'
        + "\n".join(calls)
    )
    return {
        "typed_requests.py": request_src,
        "typed_calls.py": calls_src,
    }


def main(argv: list[str]) -> int:
    spec = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    for name, source in build(spec).items():
        (Path(argv[1]) / name).write_text(source, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
