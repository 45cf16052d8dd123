"""The models table of the docs' chat page, written from the API document at build time.

One column per chat request variant of ``openapi.json`` (its models, from the
discriminator mapping), one row per body field: whether the variant takes it, its type,
allowed values, range and default as the document gives them, and the default
``max_completion_tokens`` its prose names. The models page's fixed sampling values
(``moonshot._openapi.page_parameters``) follow, marked as the page's. No model name is
written here: a new document gives a new table.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import document_facts  # noqa: E402

SKIP = ("model", "messages")


def _value(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _kind(spec: dict[str, Any], schema: dict[str, Any]) -> str:
    schema = document_facts._resolve(spec, schema)
    for union in ("oneOf", "anyOf"):
        if union in schema:
            return " or ".join(dict.fromkeys(_kind(spec, s) for s in schema[union]))
    kind = schema.get("type", "object" if "properties" in schema else "any")
    if isinstance(kind, list):
        kind = " or ".join(str(k) for k in kind)
    if kind == "array" and isinstance(schema.get("items"), dict):
        kind = f"array of {_kind(spec, schema['items'])}"
    return str(kind)


def describe(spec: dict[str, Any], field: dict[str, Any]) -> str:
    """One cell: the field's type, allowed values, range and default as the document says."""
    field = document_facts._resolve(spec, field)
    parts = [_kind(spec, field)]
    if "enum" in field:
        parts.append("one of " + ", ".join(f"`{_value(v)}`" for v in field["enum"]))
    low, high = field.get("minimum"), field.get("maximum")
    if low is not None or high is not None:
        parts.append(f"{'' if low is None else low}..{'' if high is None else high}")
    for name, sub in field.get("properties", {}).items():
        sub = document_facts._resolve(spec, sub)
        if "enum" in sub:
            parts.append(f"`{name}`: " + " or ".join(f"`{_value(v)}`" for v in sub["enum"]))
    if "maxItems" in field:
        parts.append(f"at most {field['maxItems']} items")
    if "default" in field:
        parts.append(f"default `{json.dumps(field['default'])}`")
    if field.get("deprecated"):
        parts.append("deprecated")
    return ", ".join(parts).replace("|", "\\|")


def models_table(spec: dict[str, Any]) -> str:
    """The markdown table: fields down, the document's request variants across."""
    from moonshot._openapi import page_parameters

    variants = list(document_facts.chat_variants(spec))
    defaults, general = document_facts.default_max_completion_tokens(spec)
    fields = sorted({name for _, _, props in variants for name in props} - set(SKIP))
    heads = [", ".join(f"`{m}`" for m in models) or name for name, models, _ in variants]
    lines = [
        "| field | " + " | ".join(heads) + " |",
        "|---|" + "---|" * len(variants),
    ]
    for field in fields:
        cells = [
            describe(spec, props[field]) if field in props else "not taken"
            for _, _, props in variants
        ]
        lines.append(f"| `{field}` | " + " | ".join(cells) + " |")
    cells = []
    for _, models, _ in variants:
        found = {defaults[m] for m in models if m in defaults}
        cells.append(
            ", ".join(str(v) for v in sorted(found)) or (str(general) if general else "not stated")
        )
    lines.append(
        "| default `max_completion_tokens` (its description) | " + " | ".join(cells) + " |"
    )
    page_fields = sorted(
        {f for cells_ in page_parameters.FIXED_PARAMETERS.values() for f in cells_}
    )
    for field in page_fields:
        cells = []
        for _, models, _ in variants:
            fixed = [page_parameters.fixed_for(m) for m in models]
            said = {c[field].says for c in fixed if c and field in c}
            cells.append(" / ".join(sorted(said)) or "not stated")
        lines.append(f"| `{field}` (models page) | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    print(models_table(json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))))


if __name__ == "__main__":
    main()
