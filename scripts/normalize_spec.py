"""Rewrite a copy of the OpenAPI document into a form the generator handles well.

Every rewrite keeps the meaning on the wire: the same requests and responses are
valid before and after. The upstream ``openapi.json`` is never touched; this
script reads it and writes the normalised copy elsewhere.

Rewrites:

* ``operationId`` for operations that have none, derived from the summary
  ("Create Chat Completion" -> ``create_chat_completion``), so generated
  modules get stable, readable names instead of ``post_v1_chat_completions``.
* An inline object member of a component that is itself a ``oneOf``/``anyOf``
  moves to a component of its own (``<Component><Title or OptionN>``), referenced
  from the union: the generator builds such members twice and stops on the copy.
* A component whose class name (its ``title``, else its key) another component
  also takes loses its ``title``, so its unique key names the class.
* A nullable enum written as ``type: [T, "null"]`` + ``enum: [..., null]``
  becomes ``oneOf: [{type: T, enum: [...]}, {type: "null"}]``; the generator
  otherwise emits several duplicate enum classes for it.
* ``default`` annotations are dropped. They do not affect validation, but the
  generator copies them into model constructors and ``to_dict()`` would then
  send every default on every request. The server owns its defaults.

Before the rewrites, :func:`merge_extensions` adds the extension documents in
``scripts/spec_extensions/`` (operations Moonshot documents on its pages but not in
``openapi.json``, such as the official tools): an extension may only add paths,
operations and components. One that redefines anything the upstream document has
fails, naming it, so an upstream document that adds the operation takes over.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

EXTENSIONS_DIR = Path(__file__).resolve().parent / "spec_extensions"
# The parts of an extension document merged into the upstream one.
_EXTENSION_COMPONENTS = ("schemas", "parameters", "responses", "requestBodies")

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Keywords whose value is a mapping from names to schemas.
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
# Keywords whose value is a single schema.
_SCHEMA_ONE = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
)
# Keywords whose value is a list of schemas.
_SCHEMA_LIST = ("allOf", "anyOf", "oneOf", "prefixItems")


class ExtensionConflict(ValueError):
    """An extension document redefines something the upstream document has."""


def load_extensions(folder: Path = EXTENSIONS_DIR) -> dict[str, dict[str, Any]]:
    """The extension documents of ``folder`` by file name, in name order."""
    return {
        path.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(folder.glob("*.json"))
    }


def merge_extensions(doc: dict[str, Any], extensions: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Add the paths, operations and components of ``extensions`` to ``doc`` (in place).

    Raises :class:`ExtensionConflict` naming every operation or component an extension
    defines that ``doc`` (or an earlier extension) already has.
    """
    conflicts = []
    paths = doc.setdefault("paths", {})
    components = doc.setdefault("components", {})
    for source, extension in extensions.items():
        for path, item in extension.get("paths", {}).items():
            target = paths.setdefault(path, {})
            for key, value in item.items():
                if key in target:
                    what = f"{key.upper()} {path}" if key in HTTP_METHODS else f"{path} {key}"
                    conflicts.append(f"{source}: {what} is already in the document")
                else:
                    target[key] = value
        for kind in _EXTENSION_COMPONENTS:
            for name, value in extension.get("components", {}).get(kind, {}).items():
                known = components.setdefault(kind, {})
                if name in known:
                    where = f"components/{kind}/{name}"
                    conflicts.append(f"{source}: {where} is already in the document")
                else:
                    known[name] = value
    if conflicts:
        raise ExtensionConflict(
            "an extension document redefines what the upstream document has (remove it "
            "from the extension and let the document's definition take over): "
            + "; ".join(conflicts)
        )
    return doc


def snake_case(text: str) -> str:
    """'Get File Content' -> 'get_file_content'."""
    words = re.findall(r"[A-Za-z0-9]+", text)
    return "_".join(word.lower() for word in words)


def derive_operation_ids(doc: dict[str, Any]) -> None:
    """Give every operation without an ``operationId`` one derived from its summary."""
    taken = {
        op["operationId"]
        for item in doc.get("paths", {}).values()
        for method, op in item.items()
        if method in HTTP_METHODS and "operationId" in op
    }
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None or "operationId" in op:
                continue
            base = snake_case(op.get("summary", "")) or snake_case(f"{method} {path}")
            candidate = base
            if candidate in taken:
                candidate = f"{base}_{snake_case(method + ' ' + path)}"
            taken.add(candidate)
            op["operationId"] = candidate


def _class_key(text: str) -> str:
    """How the generator compares class names: letters and digits, case folded."""
    return re.sub(r"[^0-9a-z]", "", text.lower())


def untitle_colliding_components(doc: dict[str, Any]) -> None:
    """Drop the ``title`` of component schemas whose class name another component takes.

    The generator names a component's class after its ``title`` (else its key) and
    stops on two classes with one name. Without the title the key names it, and keys
    are unique; a title no other component shares is kept.
    """
    schemas = doc.get("components", {}).get("schemas", {})
    while True:
        owners: dict[str, list[str]] = {}
        for key, schema in schemas.items():
            title = schema.get("title") if isinstance(schema, dict) else None
            name = title if isinstance(title, str) and title else key
            owners.setdefault(_class_key(name), []).append(key)
        colliding = [
            key
            for keys in owners.values()
            if len(keys) > 1
            for key in keys
            if isinstance(schemas[key].get("title"), str)
        ]
        if not colliding:
            return
        for key in colliding:
            del schemas[key]["title"]


def _pascal(text: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in re.findall(r"[A-Za-z0-9]+", text))


def hoist_union_members(doc: dict[str, Any]) -> None:
    """Move inline object members of a component that is itself a union into components.

    The generator builds such members once while reading the union and again as
    models of their own, and stops on the second copy of any object nested in them
    ("Attempted to generate duplicate models"). A member moved to
    ``components/schemas/<Component><Title or OptionN>`` and referenced from the union
    is generated once. Its ``title`` goes with it: the new key carries the name.
    """
    schemas = doc.get("components", {}).get("schemas", {})
    for key in list(schemas):
        schema = schemas[key]
        if not isinstance(schema, dict):
            continue
        for keyword in ("oneOf", "anyOf"):
            members = schema.get(keyword)
            if not isinstance(members, list):
                continue
            for index, member in enumerate(members):
                if not isinstance(member, dict) or "$ref" in member:
                    continue
                if member.get("type") != "object" and "properties" not in member:
                    continue
                title = member.get("title")
                suffix = _pascal(title) if isinstance(title, str) and title else f"Option{index}"
                name = f"{key}{suffix}"
                while name in schemas:
                    name += "_"
                member.pop("title", None)
                schemas[name] = member
                members[index] = {"$ref": f"#/components/schemas/{name}"}


def _split_nullable_enum(schema: dict[str, Any]) -> None:
    types = schema.get("type")
    enum = schema.get("enum")
    if not isinstance(types, list) or "null" not in types or not isinstance(enum, list):
        return
    if None not in enum:
        return
    other_types = [t for t in types if t != "null"]
    values = [v for v in enum if v is not None]
    if not other_types or not values:
        return
    non_null: dict[str, Any] = {"type": other_types[0] if len(other_types) == 1 else other_types}
    non_null["enum"] = values
    del schema["type"]
    del schema["enum"]
    schema["oneOf"] = [non_null, {"type": "null"}]


def normalise_schema(schema: Any) -> None:
    """Apply the schema rewrites in place, recursively."""
    if not isinstance(schema, dict):
        return
    schema.pop("default", None)
    _split_nullable_enum(schema)
    for key in _SCHEMA_MAPS:
        sub = schema.get(key)
        if isinstance(sub, dict):
            for value in sub.values():
                normalise_schema(value)
    for key in _SCHEMA_ONE:
        normalise_schema(schema.get(key))
    for key in _SCHEMA_LIST:
        sub = schema.get(key)
        if isinstance(sub, list):
            for value in sub:
                normalise_schema(value)


def _normalise_content(content: Any) -> None:
    if isinstance(content, dict):
        for media in content.values():
            if isinstance(media, dict):
                normalise_schema(media.get("schema"))


def normalise(doc: dict[str, Any]) -> dict[str, Any]:
    """Return the document with every rewrite applied (the argument is modified too)."""
    derive_operation_ids(doc)
    hoist_union_members(doc)
    untitle_colliding_components(doc)
    for schema in doc.get("components", {}).get("schemas", {}).values():
        normalise_schema(schema)
    for item in doc.get("paths", {}).values():
        for param in item.get("parameters", []):
            normalise_schema(param.get("schema"))
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            for param in op.get("parameters", []):
                normalise_schema(param.get("schema"))
            _normalise_content(op.get("requestBody", {}).get("content"))
            for response in op.get("responses", {}).values():
                _normalise_content(response.get("content"))
    return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="the upstream openapi.json")
    parser.add_argument("target", type=Path, help="where to write the normalised copy")
    args = parser.parse_args(argv)
    if args.source.resolve() == args.target.resolve():
        print("refusing to overwrite the upstream document", file=sys.stderr)
        return 2
    doc = json.loads(args.source.read_text(encoding="utf-8"))
    normalise(doc)
    args.target.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
