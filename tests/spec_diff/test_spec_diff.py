"""scripts/spec_diff.py on crafted pairs of documents derived from openapi.json."""

from __future__ import annotations

import copy
import importlib.util
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "spec_diff.py"
BASE: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
CHAT = "POST /v1/chat/completions"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("spec_diff_under_test", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


spec_diff = _load()


def changed(edit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    return changed_from(BASE, edit)


def changed_from(base: dict[str, Any], edit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    doc = copy.deepcopy(base)
    edit(doc)
    return doc


def lines(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[str], bool]:
    report = spec_diff.diff(old, new)
    return [f"{'!' if c.breaking else '+'} {c.where}: {c.text}" for c in report.changes], (
        report.breaking
    )


def schemas(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["components"]["schemas"]


def chat_mapping(doc: dict[str, Any]) -> dict[str, str]:
    body = doc["paths"]["/v1/chat/completions"]["post"]["requestBody"]
    return body["content"]["application/json"]["schema"]["discriminator"]["mapping"]


NEW_MODEL = "kimi-model-added-by-the-test"
# The first request variant of the chat body, and the model enum of its own part.
VARIANT = next(iter(chat_mapping(BASE).values())).rsplit("/", 1)[-1]


def _model_enum(doc: dict[str, Any], variant: str = VARIANT) -> list[str]:
    schema = schemas(doc)[variant]
    for part in [schema, *schema.get("allOf", [])]:
        model = part.get("properties", {}).get("model", {})
        if "enum" in model:
            enum: list[str] = model["enum"]
            return enum
    raise LookupError(f"{variant} has no model enum")


def _add_model(doc: dict[str, Any]) -> None:
    chat_mapping(doc)[NEW_MODEL] = f"#/components/schemas/{VARIANT}"
    _model_enum(doc).append(NEW_MODEL)


def _variant_parts(doc: dict[str, Any]) -> list[str]:
    """Components the chat variants build on (their allOf references)."""
    found = []
    for ref in set(chat_mapping(doc).values()):
        for part in schemas(doc)[ref.rsplit("/", 1)[-1]].get("allOf", []):
            if "$ref" in part and part["$ref"].rsplit("/", 1)[-1] not in found:
                found.append(part["$ref"].rsplit("/", 1)[-1])
    return found


# A field every variant takes from a component it builds on.
SHARED_FIELD = sorted(
    set.intersection(*(set(schemas(BASE)[c].get("properties", {})) for c in _variant_parts(BASE)))
    - {"model", "messages"}
)[0]


def test_identical_documents_have_no_changes() -> None:
    assert lines(BASE, copy.deepcopy(BASE)) == ([], False)
    assert spec_diff.render(spec_diff.diff(BASE, BASE)) == "no client-visible changes"


def test_added_model_is_not_breaking() -> None:
    found, breaking = lines(BASE, changed(_add_model))
    variant = f"{CHAT} request application/json body<{VARIANT}>.model"
    assert found == [
        f"+ {CHAT} request application/json body: discriminator value added: {NEW_MODEL}",
        f'+ {variant}: enum value added: "{NEW_MODEL}"',
    ]
    assert not breaking


def test_removed_model_is_breaking() -> None:
    found, breaking = lines(changed(_add_model), BASE)
    removed = f"! {CHAT} request application/json body: discriminator value removed: {NEW_MODEL}"
    assert removed in found
    assert breaking


def test_removed_request_field_is_breaking_in_every_variant() -> None:
    def drop(doc: dict[str, Any]) -> None:
        for name in _variant_parts(doc):
            schemas(doc)[name].get("properties", {}).pop(SHARED_FIELD, None)

    found, breaking = lines(BASE, changed(drop))
    assert len(found) == len(set(chat_mapping(BASE).values()))  # one per variant
    assert all(line.endswith(f".{SHARED_FIELD}") and "field removed" in line for line in found)
    assert breaking


def test_removed_response_field_is_breaking() -> None:
    doc = changed(lambda d: schemas(d)["FileObject"]["properties"].pop("status_details"))
    found, breaking = lines(BASE, doc)
    where = "GET /v1/files/{file_id} response 200"
    assert f"! {where}: field removed: application/json body.status_details" in found
    assert breaking


def test_narrowed_enum_is_breaking_and_widened_one_is_not() -> None:
    def drop_video(doc: dict[str, Any]) -> None:
        upload = doc["paths"]["/v1/files"]["post"]["requestBody"]["content"]
        upload["multipart/form-data"]["schema"]["properties"]["purpose"]["enum"].remove("video")

    found, breaking = lines(BASE, changed(drop_video))
    where = "POST /v1/files request multipart/form-data body.purpose"
    assert found == [f'! {where}: enum value removed: "video"']
    assert breaking
    found, breaking = lines(changed(drop_video), BASE)
    assert found == [f'+ {where}: enum value added: "video"'] and not breaking


def test_newly_required_request_field_is_breaking() -> None:
    def require_encoding(doc: dict[str, Any]) -> None:
        request = schemas(doc)["EstimateTokenRequest"]
        request["properties"]["encoding"] = {"type": "string"}
        request["required"].append("encoding")

    doc = changed(require_encoding)
    found, breaking = lines(BASE, doc)
    assert found == [
        "! POST /v1/tokenizers/estimate-token-count request: "
        "field added: application/json body.encoding (required)"
    ]
    assert breaking
    doc = changed(lambda d: schemas(d)["BatchCreateRequest"]["required"].append("metadata"))
    found, breaking = lines(BASE, doc)
    assert found == ["! POST /v1/batches request application/json body.metadata: now required"]


def test_optional_new_field_is_not_breaking() -> None:
    doc = changed(
        lambda d: schemas(d)["BatchCreateRequest"]["properties"].update(
            {"priority": {"type": "integer"}}
        )
    )
    assert lines(BASE, doc) == (
        ["+ POST /v1/batches request: field added: application/json body.priority"],
        False,
    )


def _number_fields(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """(component, property) for component properties of type number in request bodies."""
    found = []
    for name in _variant_parts(doc) + sorted(schemas(doc)):
        for prop, schema in schemas(doc)[name].get("properties", {}).items():
            if schema.get("type") == "number":
                found.append((name, prop))
    return found


def test_narrowed_request_type_and_widened_response_type_break() -> None:
    candidates = [(c, p) for c, p in _number_fields(BASE) if c in _variant_parts(BASE)]
    if not candidates:  # no number field in a chat base: make one, then narrow it
        candidates = [(_variant_parts(BASE)[0], "added_number")]
    component, prop = candidates[0]
    base = changed(
        lambda d: schemas(d)[component]["properties"].setdefault(prop, {"type": "number"})
    )

    def narrow(doc: dict[str, Any]) -> None:
        schemas(doc)[component]["properties"][prop]["type"] = "integer"

    found, breaking = lines(base, changed_from(base, narrow))
    assert found and all(f".{prop}: type narrowed: number -> integer" in f for f in found)
    assert all(f.startswith("! ") for f in found)
    assert breaking
    found, breaking = lines(changed_from(base, narrow), base)
    assert found[0].startswith("+ ") and "type widened: integer -> number" in found[0]

    def nullable(doc: dict[str, Any]) -> None:
        schemas(doc)["FileObject"]["properties"]["bytes"]["type"] = ["integer", "null"]

    found, breaking = lines(BASE, changed(nullable))
    where = "GET /v1/files/{file_id} response 200 application/json body.bytes"
    assert f"! {where}: type widened: integer -> integer|null" in found
    assert breaking


def test_operations_added_and_removed() -> None:
    doc = changed(lambda d: d["paths"].pop("/v1/users/me/balance"))
    assert lines(BASE, doc) == (["! GET /v1/users/me/balance: operation removed"], True)
    assert lines(doc, BASE) == (["+ GET /v1/users/me/balance: operation added"], False)


def test_request_variant_removed() -> None:
    dropped = list(chat_mapping(BASE).values())[-1].rsplit("/", 1)[-1]
    models = [m for m, ref in chat_mapping(BASE).items() if ref.endswith(f"/{dropped}")]

    def drop(doc: dict[str, Any]) -> None:
        body = doc["paths"]["/v1/chat/completions"]["post"]["requestBody"]
        schema = body["content"]["application/json"]["schema"]
        schema["oneOf"] = [b for b in schema["oneOf"] if not b["$ref"].endswith(f"/{dropped}")]
        for model in models:
            del schema["discriminator"]["mapping"][model]

    found, breaking = lines(BASE, changed(drop))
    root = f"! {CHAT} request application/json body"
    assert f"{root}: request variant removed: {dropped}" in found
    assert f"{root}: discriminator value removed: {models[-1]}" in found
    assert breaking


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], cwd=cwd, capture_output=True, text=True, timeout=60
    )


def test_command_line_exit_codes(tmp_path: Path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(BASE))
    new.write_text(json.dumps(changed(_add_model)))
    added = _run(str(old), str(new))
    assert added.returncode == 0
    assert added.stdout.splitlines()[-1] == "2 changes, 0 breaking"
    removed = _run(str(new), str(old))
    assert removed.returncode == 1
    assert removed.stdout.startswith("BREAKING  POST /v1/chat/completions request")


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.mark.parametrize("commits", [0, 1])
def test_against_git_skips_without_a_previous_version(tmp_path: Path, commits: int) -> None:
    _git(tmp_path, "init", "-q")
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(BASE))
    for _ in range(commits):
        _git(tmp_path, "add", "openapi.json")
        _git(tmp_path, "commit", "-qm", "spec")
    run = _run("--against-git", "HEAD~1", str(spec), cwd=tmp_path)
    assert run.returncode == 0
    assert "skipped" in run.stdout


def test_against_git_reports_the_last_commit(tmp_path: Path) -> None:
    _git(tmp_path, "init", "-q")
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(changed(_add_model)))
    _git(tmp_path, "add", "openapi.json")
    _git(tmp_path, "commit", "-qm", "with a new model")
    spec.write_text(json.dumps(BASE))
    _git(tmp_path, "commit", "-qam", "without")
    run = _run("--against-git", "HEAD~1", str(spec), cwd=tmp_path)
    assert run.returncode == 1, run.stdout + run.stderr
    assert f"discriminator value removed: {NEW_MODEL}" in run.stdout
    same = _run("--against-git", "HEAD", str(spec), cwd=tmp_path)
    assert (same.returncode, "unchanged" in same.stdout) == (0, True)


def test_a_new_variant_is_one_change_not_one_per_field() -> None:
    def add_variant(doc: dict[str, Any]) -> None:
        copied = copy.deepcopy(schemas(doc)[VARIANT])
        schemas(doc)["AddedByTheTestChatRequest"] = copied
        _model_enum(doc, "AddedByTheTestChatRequest")[:] = [NEW_MODEL]
        body = doc["paths"]["/v1/chat/completions"]["post"]["requestBody"]
        schema = body["content"]["application/json"]["schema"]
        schema["oneOf"].append({"$ref": "#/components/schemas/AddedByTheTestChatRequest"})
        chat_mapping(doc)[NEW_MODEL] = "#/components/schemas/AddedByTheTestChatRequest"

    found, breaking = lines(BASE, changed(add_variant))
    root = f"+ {CHAT} request application/json body"
    assert found == [
        f"{root}: request variant added: AddedByTheTestChatRequest",
        f"{root}: discriminator value added: {NEW_MODEL}",
    ]
    assert not breaking
    found, breaking = lines(changed(add_variant), BASE)
    assert len(found) == 2 and breaking


def test_every_media_type_of_a_response_is_compared() -> None:
    def second_media(doc: dict[str, Any]) -> None:
        response = doc["paths"]["/v1/users/me/balance"]["get"]["responses"]["200"]
        response["content"]["text/plain"] = {"schema": {"type": "string"}}

    found, _ = lines(BASE, changed(second_media))
    assert found == [
        "+ GET /v1/users/me/balance response 200: field added: text/plain body (required)"
    ]


def test_breaking_changes_are_rendered_first() -> None:
    def mixed(doc: dict[str, Any]) -> None:
        doc["paths"].pop("/v1/users/me/balance")
        schemas(doc)["BatchCreateRequest"]["properties"]["priority"] = {"type": "integer"}

    text = spec_diff.render(spec_diff.diff(BASE, changed(mixed))).splitlines()
    assert text[0].startswith("BREAKING") and text[1].startswith("change")
