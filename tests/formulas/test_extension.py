"""The extension document: what it adds, what it rests on, and the rule that it may only add.

scripts/normalize_spec.py merges ``scripts/spec_extensions/*.json`` into the temporary
copy generation reads; an extension that redefines anything the upstream document has
fails ``make generate`` naming it, so an upstream document that gains these operations
takes over.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import spec_facts as facts
from moonshot._openapi.document import extension_documents, load_spec

from . import _facts

ROOT = _facts.ROOT


def _normaliser() -> Any:
    spec = importlib.util.spec_from_file_location(
        "normalize_spec_formulas", ROOT / "scripts" / "normalize_spec.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sources(node: Any) -> list[dict[str, str]]:
    if isinstance(node, dict):
        found = [node["x-source"]] if isinstance(node.get("x-source"), dict) else []
        return found + [s for value in node.values() for s in _sources(value)]
    if isinstance(node, list):
        return [s for value in node for s in _sources(value)]
    return []


def test_the_shipped_extension_is_the_repository_one() -> None:
    assert extension_documents() == {_facts.EXTENSION.name: _facts.extension()}


def test_the_extension_adds_only_what_the_document_lacks() -> None:
    upstream = facts.spec()
    for method, path in _facts.operations():
        assert path not in upstream["paths"]
        assert method.lower() in load_spec()["paths"][path]
    for name in _facts.extension()["components"]["schemas"]:
        assert name not in upstream["components"]["schemas"]
        assert name in load_spec()["components"]["schemas"]


def test_every_operation_and_schema_names_its_source() -> None:
    document = _facts.extension()
    parts = [
        *(item[m] for item in document["paths"].values() for m in item),
        *document["components"]["schemas"].values(),
        *(p for item in document["paths"].values() for m in item for p in item[m]["parameters"]),
    ]
    assert parts and all(part.get("x-source", {}).get("page") == _facts.PAGE for part in parts)


def test_the_sources_point_at_lines_of_the_page() -> None:
    lines = _facts.page_text().splitlines()
    for source in _sources(_facts.extension()):
        for number in re.findall(r"\d+", source["lines"]):
            assert 1 <= int(number) <= len(lines), source
    uri_line = lines[34 - 1]  # x-formulas: the URIs the page lists
    assert all(f"`{f['uri']}`" in uri_line for f in _facts.official())
    assert len(_facts.official()) == uri_line.count("moonshot/")


def test_a_redefinition_is_refused_naming_it() -> None:
    normaliser = _normaliser()
    method, path = _facts.operations()[0]
    doc = copy.deepcopy(facts.spec())
    doc["paths"][path] = {method.lower(): {"responses": {}}}
    doc["components"]["schemas"]["FormulaFiber"] = {"type": "object"}
    with pytest.raises(normaliser.ExtensionConflict) as raised:
        normaliser.merge_extensions(doc, {"formulas.json": _facts.extension()})
    message = str(raised.value)
    assert f"{method} {path} is already in the document" in message
    assert "components/schemas/FormulaFiber is already in the document" in message


def test_make_generate_fails_on_an_upstream_document_that_has_the_operation(
    tmp_path: Path,
) -> None:
    """On an edited copy: the upstream document gains the fibers operation."""
    for name in ("openapi.json", "codegen-config.yaml", "pyproject.toml", "scripts"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, tmp_path / name)
    spec = json.loads((tmp_path / "openapi.json").read_text(encoding="utf-8"))
    method, path = _facts.operations()[-1]
    spec["paths"][path] = _facts.extension()["paths"][path]
    (tmp_path / "openapi.json").write_text(json.dumps(spec), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(tmp_path / "scripts" / "generate.py"), "--root", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert f"formulas.json: {method} {path} is already in the document" in done.stderr
    assert "Traceback" not in done.stderr  # one clear line, not a stack
    assert not (tmp_path / "generated").exists()
