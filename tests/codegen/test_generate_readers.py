"""scripts/generate_readers.py: the build-time facts, and a failure that names the fact.

The committed ``readers.py`` is checked against a fresh generation by the drift tests
(``make check-generated``); here, a document from which a fact cannot be derived (an
edited copy) must fail the script, naming the fact, and ``write_readers`` (what
``make generate`` runs) must turn that into a failed build.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "generate_readers.py"
GENERATED = ROOT / "generated"
sys.path.insert(0, str(ROOT / "scripts"))

from generate import write_readers  # noqa: E402


def _document_with_an_underivable_stream(tmp_path: Path) -> Path:
    """The document plus a streamed answer whose events are classes nothing generated."""
    spec = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    edited = copy.deepcopy(spec)
    edited["components"]["schemas"]["GhostStreamEvent"] = {
        "oneOf": [
            {"title": f"ghost_{tag}", "type": "object", "properties": {"type": {"enum": [tag]}}}
            for tag in ("one", "two")
        ]
    }
    first_path = next(iter(edited["paths"].values()))
    operation = next(op for op in first_path.values() if isinstance(op, dict))
    answer = next(r for s, r in operation["responses"].items() if s.startswith("2"))
    answer.setdefault("content", {})["text/event-stream"] = {
        "schema": {"$ref": "#/components/schemas/GhostStreamEvent"}
    }
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(edited), encoding="utf-8")
    return path


def test_the_script_writes_the_facts_of_the_document(tmp_path: Path) -> None:
    out = tmp_path / "readers.py"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(GENERATED), str(ROOT / "openapi.json"), str(out)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    for name in ("BUILDERS", "FIELDS", "PARSED", "STREAM_EVENTS"):
        assert f"\n{name}: " in text


def test_a_fact_that_cannot_be_derived_fails_naming_it(tmp_path: Path) -> None:
    document = _document_with_an_underivable_stream(tmp_path)
    out = tmp_path / "readers.py"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(GENERATED), str(document), str(out)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "could not derive the fact class of a schema under GhostStreamEvent" in done.stderr
    assert not out.exists()
    with pytest.raises(SystemExit, match="could not be derived"):
        write_readers(GENERATED, document, out, "ruff", {})


def test_the_documents_discriminators_are_read_and_checked() -> None:
    """Each response ``oneOf`` with a discriminator mapping is read from the document; a
    mapping that contradicts its members' own ``type`` enums fails, naming it."""
    import generate_readers
    import moonshot_openapi.models as models

    spec = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    found = generate_readers.document_discriminators(spec, models)
    tagged = {
        name: schema
        for name, schema in spec["components"]["schemas"].items()
        if schema.get("discriminator", {}).get("mapping") and schema.get("oneOf")
    }
    if not tagged:
        pytest.skip("this document has no oneOf component with a discriminator mapping")
    assert len(found) == len(tagged)
    name, schema = sorted(tagged.items())[0]
    mapping = schema["discriminator"]["mapping"]
    values = sorted(mapping)
    if len(values) < 2:
        pytest.skip(f"{name} maps one value")
    edited = copy.deepcopy(spec)
    swapped = edited["components"]["schemas"][name]["discriminator"]["mapping"]
    swapped[values[0]], swapped[values[1]] = mapping[values[1]], mapping[values[0]]
    with pytest.raises(generate_readers.FactError, match=f"discriminator of {name}"):
        generate_readers.document_discriminators(edited, models)
