"""What changed between two versions of the API document, as seen by a client.

    python scripts/spec_diff.py OLD.json NEW.json
    python scripts/spec_diff.py --against-git HEAD~1 openapi.json

Prints operations, request variants and discriminator values, fields, enum values,
required-ness and types that were added, removed or changed, one line each, and exits 1
when a change breaks existing callers: a removed operation, field, enum value, variant
or discriminator value; a field that became required in a request (or optional in a
response); a request type that narrowed or a response type that widened. ``--against-git
REV`` compares ``git show REV:FILE`` with FILE and skips (exit 0) when there is no such
previous version.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
MAX_DEPTH = 30


@dataclass
class Facts:
    """What a client relies on at one field path."""

    types: frozenset[str] = frozenset()
    enum: frozenset[str] | None = None
    required: bool = False
    variants: frozenset[str] = frozenset()
    discriminator: frozenset[str] = frozenset()


@dataclass
class Change:
    where: str
    text: str
    breaking: bool


@dataclass
class Report:
    changes: list[Change] = field(default_factory=list)

    def add(self, where: str, text: str, *, breaking: bool) -> None:
        self.changes.append(Change(where, text, breaking))

    @property
    def breaking(self) -> bool:
        return any(change.breaking for change in self.changes)


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    depth = 0
    while isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for token in node["$ref"].removeprefix("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node, depth = target, depth + 1
        if depth > MAX_DEPTH:
            raise ValueError(f"$ref loop at {node}")
    return node


def _merged(doc: dict[str, Any], schema: Any) -> dict[str, Any]:
    """``schema`` with its ``allOf`` parts folded in (properties and required united)."""
    schema = _resolve(doc, schema)
    if not isinstance(schema, dict):
        return {}
    out = {k: v for k, v in schema.items() if k != "allOf"}
    for part in schema.get("allOf", []):
        part = _merged(doc, part)
        out["properties"] = {**part.get("properties", {}), **out.get("properties", {})}
        out["required"] = sorted({*part.get("required", []), *out.get("required", [])})
        for key, value in part.items():
            out.setdefault(key, value)
    return out


def _types(schema: dict[str, Any]) -> frozenset[str]:
    kind = schema.get("type")
    if isinstance(kind, str):
        return frozenset({kind})
    if isinstance(kind, list):
        return frozenset(kind)
    if "enum" in schema:
        return frozenset(type(v).__name__ if v is not None else "null" for v in schema["enum"])
    return frozenset()


def flatten(
    doc: dict[str, Any], schema: Any, path: str = "", required: bool = True, depth: int = 0
) -> dict[str, Facts]:
    """Every field path under ``schema`` with its :class:`Facts`."""
    schema = _merged(doc, schema)
    facts = Facts(_types(schema), None, required)
    if isinstance(schema.get("enum"), list):
        facts.enum = frozenset(json.dumps(v) for v in schema["enum"])
    out = {path or "(body)": facts}
    if depth > MAX_DEPTH:
        return out
    branches = schema.get("oneOf") or schema.get("anyOf") or []
    mapping = (schema.get("discriminator") or {}).get("mapping") or {}
    if branches:
        names = []
        for index, branch in enumerate(branches):
            ref = branch.get("$ref", "") if isinstance(branch, dict) else ""
            name = ref.rsplit("/", 1)[-1] or _merged(doc, branch).get("title") or str(index)
            names.append(name)
            out.update(flatten(doc, branch, f"{path}<{name}>", True, depth + 1))
            facts.types |= out[f"{path}<{name}>"].types
        facts.variants = frozenset(names)
        facts.discriminator = frozenset(mapping)
    needed = set(schema.get("required", []))
    for name, sub in (schema.get("properties") or {}).items():
        out.update(flatten(doc, sub, f"{path}.{name}".lstrip("."), name in needed, depth + 1))
    if isinstance(schema.get("items"), dict):
        out.update(flatten(doc, schema["items"], f"{path}[]", True, depth + 1))
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict):
        out.update(flatten(doc, extra, f"{path}{{*}}", False, depth + 1))
    return out


def surfaces(doc: dict[str, Any]) -> dict[str, dict[str, dict[str, Facts]]]:
    """``METHOD /path`` -> {"request" / "response 200" ... -> field path -> Facts}."""
    out: dict[str, dict[str, dict[str, Facts]]] = {}
    for path, item in (doc.get("paths") or {}).items():
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            parts: dict[str, dict[str, Facts]] = {}
            request: dict[str, Facts] = {}
            for param in [*item.get("parameters", []), *op.get("parameters", [])]:
                param = _resolve(doc, param)
                where = f"{param['in']} parameter {param['name']}"
                request.update(flatten(doc, param.get("schema", {}), where, param.get("required")))
            body = _resolve(doc, op.get("requestBody") or {})
            for media, content in (body.get("content") or {}).items():
                request.update(flatten(doc, content.get("schema", {}), f"{media} body"))
            if request:
                parts["request"] = request
            for status, response in (op.get("responses") or {}).items():
                response = _resolve(doc, response)
                for media, content in (response.get("content") or {}).items():
                    schema = content.get("schema", {})
                    found = flatten(doc, schema, f"{media} body")
                    parts.setdefault(f"response {status}", {}).update(found)  # every media type
            out[f"{method.upper()} {path}"] = parts
    return out


def _narrowed(old: frozenset[str], new: frozenset[str]) -> bool:
    """``new`` accepts less than ``old`` (an integer is a number)."""
    widened_new = new | ({"integer"} if "number" in new else set())
    return not old <= widened_new


def _compare_field(report: Report, where: str, old: Facts, new: Facts, *, request: bool) -> None:
    def note(text: str, breaking: bool) -> None:
        report.add(where, text, breaking=breaking)

    if old.types and new.types and old.types != new.types:
        narrowed, widened = _narrowed(old.types, new.types), _narrowed(new.types, old.types)
        kind = "narrowed" if narrowed and not widened else "widened" if widened else "changed"
        if narrowed and widened:
            kind = "changed"
        text = f"type {kind}: {'|'.join(sorted(old.types))} -> {'|'.join(sorted(new.types))}"
        note(text, narrowed if request else widened)
    if old.enum is not None or new.enum is not None:
        before, after = old.enum or frozenset(), new.enum or frozenset()
        if old.enum is not None and new.enum is not None:
            for value in sorted(before - after):
                note(f"enum value removed: {value}", True)
            for value in sorted(after - before):
                note(f"enum value added: {value}", not request)
        elif new.enum is not None:
            note(f"now limited to enum values: {', '.join(sorted(after))}", request)
        else:
            note("enum limit removed", not request)
    if old.required != new.required:
        if new.required:
            note("now required", request)
        else:
            note("no longer required", not request)
    for value in sorted(old.variants - new.variants):
        note(f"request variant removed: {value}" if request else f"variant removed: {value}", True)
    for value in sorted(new.variants - old.variants):
        note(f"request variant added: {value}" if request else f"variant added: {value}", False)
    for value in sorted(old.discriminator - new.discriminator):
        note(f"discriminator value removed: {value}", True)
    for value in sorted(new.discriminator - old.discriminator):
        note(f"discriminator value added: {value}", not request)


def diff(old_doc: dict[str, Any], new_doc: dict[str, Any]) -> Report:
    """Every client-visible change from ``old_doc`` to ``new_doc``."""
    report = Report()
    old_ops, new_ops = surfaces(old_doc), surfaces(new_doc)
    for op in sorted(old_ops.keys() - new_ops.keys()):
        report.add(op, "operation removed", breaking=True)
    for op in sorted(new_ops.keys() - old_ops.keys()):
        report.add(op, "operation added", breaking=False)
    for op in sorted(old_ops.keys() & new_ops.keys()):
        old_parts, new_parts = old_ops[op], new_ops[op]
        for part in sorted(old_parts.keys() | new_parts.keys()):
            request = part == "request"
            before, after = old_parts.get(part, {}), new_parts.get(part, {})
            if not before or not after:
                gone = "removed" if before else "added"
                report.add(f"{op} {part}", gone, breaking=bool(before) and not request)
                continue
            # A whole branch (request variant) that came or went is one change, reported
            # on its union; the fields inside it are not listed one by one.
            gone = _branch_roots(before.keys() - after.keys())
            new = _branch_roots(after.keys() - before.keys())
            for path in sorted(before.keys() - after.keys()):
                if not _inside(path, gone):
                    report.add(f"{op} {part}", f"field removed: {path}", breaking=True)
            for path in sorted(after.keys() - before.keys()):
                if _inside(path, new):
                    continue
                needed = request and after[path].required and _parent_present(path, before)
                text = f"field added: {path}" + (" (required)" if after[path].required else "")
                report.add(f"{op} {part}", text, breaking=needed)
            for path in sorted(before.keys() & after.keys()):
                where = f"{op} {part} {path}"
                _compare_field(report, where, before[path], after[path], request=request)
    return report


def _branch_roots(paths: Iterable[str]) -> set[str]:
    """The paths among ``paths`` that are a union branch (``...<Name>``)."""
    return {path for path in paths if path.endswith(">")}


def _inside(path: str, roots: set[str]) -> bool:
    return any(path == root or path.startswith((f"{root}.", f"{root}[", f"{root}<", f"{root}{{"))
               for root in roots)  # fmt: skip


def _parent_present(path: str, before: dict[str, Facts]) -> bool:
    """A new required field breaks callers only where its parent already existed."""
    cut = max(path.rfind("."), path.rfind("["), path.rfind("<"))
    return cut <= 0 or path[:cut] in before


def render(report: Report) -> str:
    if not report.changes:
        return "no client-visible changes"
    ordered = sorted(report.changes, key=lambda c: not c.breaking)  # breaking first, stable
    lines = [f"{'BREAKING' if c.breaking else 'change  '}  {c.where}: {c.text}" for c in ordered]
    count = sum(c.breaking for c in report.changes)
    lines.append(f"{len(report.changes)} changes, {count} breaking")
    return "\n".join(lines)


def _previous(rev: str, path: Path) -> str | None:
    root = subprocess.run(
        ["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True, cwd=path.parent
    )
    if root.returncode != 0:
        return None
    relative = path.resolve().relative_to(Path(root.stdout.strip()).resolve())
    shown = subprocess.run(
        ["git", "show", f"{rev}:{relative.as_posix()}"],
        capture_output=True,
        text=True,
        cwd=path.parent,
    )
    return shown.stdout if shown.returncode == 0 else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", nargs="?", help="the previous document (omit with --against-git)")
    parser.add_argument("new", help="the new document")
    parser.add_argument("--against-git", metavar="REV", help="compare with REV:NEW from git")
    args = parser.parse_args(argv)
    new_path = Path(args.new)
    new_text = new_path.read_text(encoding="utf-8")
    if args.against_git:
        old_text = _previous(args.against_git, new_path)
        if old_text is None:
            print(f"spec-diff: no {args.against_git} version of {args.new}; skipped")
            return 0
        if old_text == new_text:
            print(f"spec-diff: {args.new} unchanged since {args.against_git}")
            return 0
    elif args.old:
        old_text = Path(args.old).read_text(encoding="utf-8")
    else:
        parser.error("give OLD and NEW, or --against-git REV NEW")
    report = diff(json.loads(old_text), json.loads(new_text))
    print(render(report))
    return 1 if report.breaking else 0


if __name__ == "__main__":
    sys.exit(main())
