"""scripts/document_facts.py: facts stated in the document's prose and headers, at build time.

The stop word byte limit, the default ``max_completion_tokens`` per model, the request
signature headers and the batch metadata limits are derived when ``make generate`` runs
and written into ``readers.py``; a document that states one in words the script cannot
read fails the build, naming the fact (edited copies of the document below), instead of
turning a check off at run time.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from moonshot._batch_lines.requests import metadata_limits
from moonshot._http import signatures
from moonshot._limits._tokens import FALLBACK_DEFAULT, default_max_completion_tokens
from moonshot._openapi import generated
from moonshot._openapi.chat_request import chat_catalog

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "generate_readers.py"
GENERATED = ROOT / "generated"
sys.path.insert(0, str(ROOT / "scripts"))

import document_facts  # noqa: E402
from generate import write_readers  # noqa: E402


def _spec() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    return loaded


def _fields(spec: dict[str, Any], field: str) -> list[dict[str, Any]]:
    """Every component's property ``field`` (to edit its description)."""
    return [
        schema["properties"][field]
        for schema in spec["components"]["schemas"].values()
        if isinstance(schema.get("properties", {}).get(field), dict)
    ]


def _run(spec: dict[str, Any], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    document = tmp_path / "openapi.json"
    document.write_text(json.dumps(spec), encoding="utf-8")
    out = tmp_path / "readers.py"
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(GENERATED), str(document), str(out)],
        capture_output=True,
        text=True,
    )


def test_the_committed_facts_are_the_documents() -> None:
    spec = _spec()
    facts = generated.readers()
    assert document_facts.stop_max_bytes(spec) == facts.STOP_MAX_BYTES
    assert document_facts.signature_headers(spec) == facts.SIGNATURE_HEADERS
    defaults, general = document_facts.default_max_completion_tokens(spec)
    assert defaults == facts.MAX_COMPLETION_TOKENS_DEFAULTS
    assert general == facts.MAX_COMPLETION_TOKENS_DEFAULT
    stop_prose = " ".join(str(f.get("description", "")) for f in _fields(spec, "stop"))
    if facts.STOP_MAX_BYTES is not None:
        assert f"{facts.STOP_MAX_BYTES} bytes" in stop_prose
    assert chat_catalog().stop_max_bytes == facts.STOP_MAX_BYTES
    assert document_facts.batch_metadata_limits(spec) == facts.BATCH_METADATA_LIMITS
    if facts.BATCH_METADATA_LIMITS is not None:
        pairs, key_chars = facts.BATCH_METADATA_LIMITS
        limits = metadata_limits()
        assert (limits.pairs, limits.key_chars) == (pairs, key_chars)
        prose = " ".join(str(f.get("description", "")) for f in _fields(spec, "metadata"))
        assert f"up to {pairs} key-value pairs" in prose


def test_the_signature_headers_are_the_chat_operations() -> None:
    op = _spec()["paths"][document_facts.CHAT_PATH]["post"]
    names = signatures._header_names()
    headers = [p["name"] for p in op.get("parameters", ()) if p.get("in") == "header"]
    if not headers:
        assert names is None
        return
    assert names is not None
    assert [names.nonce] == headers
    answer = op["responses"]["200"]["headers"]
    assert answer[names.timestamp]["schema"]["type"] == "integer"
    assert answer[names.signature]["schema"]["type"] == "string"
    assert signatures.nonce_headers("n-1") == {names.nonce: "n-1"}


def test_the_run_time_default_is_the_build_time_fact() -> None:
    facts = generated.readers()
    for model, value in facts.MAX_COMPLETION_TOKENS_DEFAULTS.items():
        assert default_max_completion_tokens(model) == value
    other = facts.MAX_COMPLETION_TOKENS_DEFAULT
    assert default_max_completion_tokens("not-a-listed-model") == (other or FALLBACK_DEFAULT)


@pytest.mark.parametrize(
    ("prose", "expected", "general"),
    [
        ("If not specified, defaults to a reasonable integer such as 1024.", {"m": 1024}, 1024),
        (
            "The default varies by model: for Kimi K3 it defaults to 131072.",
            {"kimi-k3": 131072},
            None,
        ),
        ("No number here.", {}, None),
    ],
)
def test_the_default_is_read_per_model_or_for_all(
    prose: str, expected: dict[str, int], general: int | None
) -> None:
    spec = {
        "paths": {
            document_facts.CHAT_PATH: {
                "post": {
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "oneOf": [{"$ref": "#/components/schemas/R"}],
                                    "discriminator": {
                                        "propertyName": "model",
                                        "mapping": {"m": "#/components/schemas/R"},
                                    },
                                }
                            }
                        }
                    }
                }
            }
        },
        "components": {
            "schemas": {
                "R": {"properties": {"max_completion_tokens": {"description": prose}}},
            }
        },
    }
    assert document_facts.default_max_completion_tokens(spec) == (expected, general)


def _reworded(spec: dict[str, Any], field: str, pattern: str, words: str) -> dict[str, Any]:
    edited = copy.deepcopy(spec)
    changed = 0
    for node in _fields(edited, field):
        text = str(node.get("description", ""))
        node["description"], n = re.subn(pattern, words, text)
        changed += n
    if not changed:
        pytest.skip(f"this document states no {field} fact matching {pattern!r}")
    return edited


@pytest.mark.parametrize(
    ("field", "pattern", "words", "fact"),
    [
        ("stop", r"\d+\s*bytes", "thirty-two bytes", "stop word byte limit"),
        (
            "max_completion_tokens",
            r"defaults to (?:a [\w ]+? such as )?\d+",
            "defaults to a value that depends on the model",
            "default max_completion_tokens of ",
        ),
        ("metadata", r"up to \d+ key-value", "up to sixteen key-value", "batch metadata limits"),
    ],
)
def test_make_generate_fails_on_prose_it_cannot_read(
    tmp_path: Path, field: str, pattern: str, words: str, fact: str
) -> None:
    edited = _reworded(_spec(), field, pattern, words)
    done = _run(edited, tmp_path)
    assert done.returncode == 2
    assert f"could not derive the fact {fact}" in done.stderr
    assert not (tmp_path / "readers.py").exists()
    with pytest.raises(SystemExit, match="could not be derived"):
        write_readers(GENERATED, tmp_path / "openapi.json", tmp_path / "readers.py", "ruff", {})


def test_a_signature_header_typed_otherwise_fails_naming_the_fact() -> None:
    spec = _spec()
    op = spec["paths"][document_facts.CHAT_PATH]["post"]
    if document_facts.signature_headers(spec) is None:
        pytest.skip("this document describes no request signatures")
    edited = copy.deepcopy(spec)
    answer = edited["paths"][document_facts.CHAT_PATH]["post"]["responses"]["200"]["headers"]
    for header in answer.values():
        header["schema"] = {"type": "string"}  # the timestamp no longer an integer
    with pytest.raises(document_facts.FactError, match="request signature headers"):
        document_facts.signature_headers(edited)
    without = copy.deepcopy(spec)
    without["paths"][document_facts.CHAT_PATH]["post"]["parameters"] = [
        p for p in op["parameters"] if p.get("in") != "header"
    ]
    assert document_facts.signature_headers(without) is None
