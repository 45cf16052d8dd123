"""The deviations file the conformance run reads, and how the run judges findings.

Every entry must name operations the document has, checks Schemathesis has, and a
source (a page under shared/spec/docs, or a JSON pointer into openapi.json) that
contains its quote word for word: a deviation is a decision backed by documentation.
"""

from __future__ import annotations

import base64
import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT.parent / "shared" / "spec" / "docs"
CHECKS = {
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
    "positive_data_acceptance",
    "missing_required_header",
    "unsupported_method",
    "allow_header_conformance",
    "use_after_free",
    "ensure_resource_availability",
    "ignored_auth",
    "object_level_authorization",
}


def _load_runner() -> ModuleType:
    path = ROOT / "scripts" / "conformance.py"
    spec = importlib.util.spec_from_file_location("conformance", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["conformance"] = module
    spec.loader.exec_module(module)
    return module


runner = _load_runner()
DEVIATIONS = runner.load_deviations()


def _document() -> dict[str, Any]:
    return json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))


def _normal(text: str) -> str:
    return " ".join(text.replace("\\_", "_").split())


def _source_text(source: str) -> str:
    if source.startswith("openapi.json#"):
        node: Any = _document()
        for part in source.split("#", 1)[1].strip("/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return str(node)
    if not DOCS.is_dir() and os.environ.get("CI") != "true":
        # The API's pages sit beside the repository (../shared), as in CI, where a missing
        # folder fails instead; a clone on its own has only openapi.json to quote from.
        pytest.skip(f"the API's pages are not beside this clone ({DOCS})")
    path = DOCS / source
    assert path.is_file(), f"{source} is not a page under {DOCS}"
    return path.read_text(encoding="utf-8")


def test_the_file_has_entries() -> None:
    assert DEVIATIONS, "deviations.toml lists no deviation"


@pytest.mark.parametrize("deviation", DEVIATIONS, ids=lambda d: d.id)
def test_deviation_names_real_operations_and_checks(deviation: Any) -> None:
    paths = _document()["paths"]
    for operation in deviation.operations:
        method, _, path = operation.partition(" ")
        assert method.lower() in paths.get(path, {}), f"{operation} is not in openapi.json"
    assert set(deviation.checks) <= CHECKS, set(deviation.checks) - CHECKS


@pytest.mark.parametrize("deviation", DEVIATIONS, ids=lambda d: d.id)
def test_deviation_quote_is_in_its_source(deviation: Any) -> None:
    assert _normal(deviation.quote) in _normal(_source_text(deviation.source)), (
        f"{deviation.id}: the quote is not in {deviation.source}"
    )


def _event(operation: str, check: str, status: int, body: Any, content_type: str) -> str:
    content = json.dumps(body).encode() if not isinstance(body, bytes) else body
    finished = {
        "phase": "fuzzing",
        "recorder": {
            "label": operation,
            "checks": {
                "c1": [
                    {"name": "not_a_server_error", "status": "success"},
                    {
                        "name": check,
                        "status": "failure",
                        "failure_info": {
                            "failure": {"operation": operation, "code": "ST999", "title": "t"}
                        },
                    },
                ]
            },
            "interactions": {
                "c1": {
                    "response": {
                        "status_code": status,
                        "headers": {"Content-Type": [content_type]},
                        "content": {"$base64": base64.b64encode(content).decode()},
                    }
                }
            },
        },
    }
    return json.dumps({"ScenarioFinished": finished})


def _deviations(tmp_path: Path, text: str) -> list[Any]:
    path = tmp_path / "deviations.toml"
    path.write_text(text, encoding="utf-8")
    return list(runner.load_deviations(path))


ENTRY = """
[[deviation]]
id = "empty-upload"
operations = ["POST /v1/files"]
checks = ["positive_data_acceptance"]
status = 400
message = "is empty"
why = "w"
source = "s"
quote = "q"
"""


def test_a_finding_is_covered_only_by_an_entry_that_matches_the_answer(tmp_path: Path) -> None:
    deviations = _deviations(tmp_path, ENTRY)
    events = tmp_path / "events.ndjson"
    lines = [
        _event("POST /v1/files", "positive_data_acceptance", 400,
               {"error": {"message": "file 'file' is empty"}}, "application/json"),
        _event("POST /v1/files", "positive_data_acceptance", 400,
               {"error": {"message": "purpose is wrong"}}, "application/json"),
        _event("GET /v1/files", "positive_data_acceptance", 400,
               {"error": {"message": "file 'file' is empty"}}, "application/json"),
        _event("POST /v1/files", "status_code_conformance", 400,
               {"error": {"message": "file 'file' is empty"}}, "application/json"),
    ]  # fmt: skip
    events.write_text("\n".join(lines) + "\n", encoding="utf-8")
    verdict = runner.judge(events, {"test_cases": {"generated": 4}}, deviations)
    assert verdict.findings == 4
    assert sum(deviations[0].seen.values()) == 1
    assert [(f.operation, f.check, f.message) for f in verdict.unexpected] == [
        ("POST /v1/files", "positive_data_acceptance", "purpose is wrong"),
        ("GET /v1/files", "positive_data_acceptance", "file 'file' is empty"),
        ("POST /v1/files", "status_code_conformance", "file 'file' is empty"),
    ]
    assert not verdict.ok
    assert "RESULT: FAIL" in runner.summary(verdict, size="quick", seed=1, seconds=1.0)


def test_a_run_whose_findings_are_all_covered_passes(tmp_path: Path) -> None:
    deviations = _deviations(tmp_path, ENTRY)
    events = tmp_path / "events.ndjson"
    events.write_text(
        _event("POST /v1/files", "positive_data_acceptance", 400,
               {"error": {"message": "file 'file' is empty"}}, "application/json") + "\n",
        encoding="utf-8",
    )  # fmt: skip
    verdict = runner.judge(events, {"test_cases": {"generated": 1}}, deviations)
    assert verdict.ok
    text = runner.summary(verdict, size="quick", seed=1, seconds=1.0)
    assert "`empty-upload`: 1 failed checks" in text and "RESULT: PASS" in text


def test_a_malformed_entry_is_refused_by_name(tmp_path: Path) -> None:
    broken = ENTRY.replace('"empty-upload"', '"broken"').replace('quote = "q"', "")
    with pytest.raises(ValueError, match=r"deviation broken: missing .*quote"):
        _deviations(tmp_path, broken)
    with pytest.raises(ValueError, match="used twice: empty-upload"):
        _deviations(tmp_path, ENTRY + ENTRY)
