"""The chat page's models table is the document's: every model and field, no other name."""

from __future__ import annotations

import importlib.util
import re
import sys

import spec_facts

from ._blocks import ROOT


def _table() -> str:
    spec = importlib.util.spec_from_file_location(
        "docs_models_table", ROOT / "scripts" / "docs_models_table.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["docs_models_table"] = module
    spec.loader.exec_module(module)
    return str(module.models_table(spec_facts.spec()))


def test_the_table_has_a_column_per_variant_naming_each_model_of_the_document() -> None:
    header = _table().splitlines()[0]
    named = set(re.findall(r"`([^`]+)`", header))
    assert named == set(spec_facts.models())


def test_the_table_has_a_row_per_field_with_each_variants_range() -> None:
    table = _table()
    for model in spec_facts.variant_models():
        for name, field in spec_facts.bounded_fields(model):
            row = next(line for line in table.splitlines() if line.startswith(f"| `{name}` |"))
            low, high = field.get("minimum", ""), field.get("maximum", "")
            assert f"{low}..{high}" in row, (model, name)


def test_the_chat_page_has_the_table_placeholder() -> None:
    assert "<!-- models-table -->" in (ROOT / "docs" / "chat.md").read_text(encoding="utf-8")
