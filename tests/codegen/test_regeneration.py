"""A new model family, a new endpoint, a new enum value and a removed field in openapi.json
flow into the client by regenerating (each made from what the document has, not named).

Works on a copy of the build inputs in a temporary folder; the generated package
there is imported in a child interpreter so it cannot mix with the real one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "moonshot_openapi"
INPUTS = ("openapi.json", "codegen-config.yaml", "pyproject.toml", "scripts", "generated")
CHAT = "/v1/chat/completions"

pytestmark = pytest.mark.slow


NEW_MODEL = "kimi-k9-regeneration-test"
NEW_ENUM_VALUE = "regeneration_test_value"


def _chat_body(spec: dict[str, Any]) -> dict[str, Any]:
    body: dict[str, Any] = spec["paths"][CHAT]["post"]["requestBody"]["content"][
        "application/json"
    ]["schema"]
    return body


def _first_variant(spec: dict[str, Any]) -> dict[str, Any]:
    ref = _chat_body(spec)["oneOf"][0]["$ref"]
    variant: dict[str, Any] = spec["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    return variant


def _enum_target(spec: dict[str, Any]) -> tuple[str, str]:
    """(component, property): a string enum of a component outside the chat variants."""
    variants = {o["$ref"].rsplit("/", 1)[-1] for o in _chat_body(spec)["oneOf"]}
    for name, schema in spec["components"]["schemas"].items():
        for prop, sub in schema.get("properties", {}).items():
            if name not in variants and sub.get("type") == "string" and sub.get("enum"):
                return name, prop
    raise LookupError("no string enum in the document")


def _removable_field(spec: dict[str, Any]) -> tuple[str, str]:
    """(component, property): an optional property of a plain response component."""
    for name, schema in spec["components"]["schemas"].items():
        props = schema.get("properties", {})
        optional = [p for p in props if p not in schema.get("required", [])]
        if name.endswith("Response") and len(props) > 1 and optional:
            return name, optional[-1]
    raise LookupError("no removable field in the document")


def add_a_model_an_endpoint_an_enum_value_and_drop_a_field(spec: dict[str, Any]) -> None:
    """A new model family, a new endpoint, a new enum value and a removed field."""
    base = next(p for p in _first_variant(spec).get("allOf", []) if "$ref" in p)
    spec["components"]["schemas"]["KimiK9ChatRequest"] = {
        "title": "kimi-k9",
        "allOf": [
            base,
            {
                "type": "object",
                "properties": {
                    "model": {
                        "type": "string",
                        "description": "Model ID",
                        "enum": [NEW_MODEL],
                        "default": NEW_MODEL,
                    }
                },
                "required": ["model"],
            },
        ],
    }
    body = _chat_body(spec)
    body["oneOf"].append({"$ref": "#/components/schemas/KimiK9ChatRequest"})
    body["discriminator"]["mapping"][NEW_MODEL] = "#/components/schemas/KimiK9ChatRequest"
    component, prop = _enum_target(spec)
    spec["components"]["schemas"][component]["properties"][prop]["enum"].append(NEW_ENUM_VALUE)
    component, prop = _removable_field(spec)
    del spec["components"]["schemas"][component]["properties"][prop]
    spec["paths"]["/v1/files/{file_id}/preview"] = {
        "get": {
            "summary": "Preview File",
            "description": "Returns a short text preview of an uploaded file.",
            "tags": ["Files"],
            "parameters": [
                {"name": "file_id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {
                    "description": "Preview text",
                    "content": {"text/plain": {"schema": {"type": "string"}}},
                },
                "404": {
                    "description": "File not found",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/ErrorResponse"}
                        }
                    },
                },
            },
        }
    }


PROBE = """
import json, typing
import moonshot_openapi
from moonshot_openapi.api.chat import create_chat_completion as chat
from moonshot_openapi.api.files import preview_file
from moonshot_openapi.models import KimiK9, KimiK9Model

body = typing.get_type_hints(chat._get_kwargs)["body"]
request = KimiK9.from_dict({"model": KimiK9Model(MODEL).value,
                            "messages": [{"role": "user", "content": "hi"}]})
print(json.dumps({
    "package": moonshot_openapi.__file__,
    "union": sorted(t.__name__ for t in typing.get_args(body)),
    "chat_kwargs": chat._get_kwargs(body=request),
    "preview_kwargs": preview_file._get_kwargs("file-1"),
    "preview_has": [n for n in ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
                    if callable(getattr(preview_file, n, None))],
}))
"""


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("regen") / "repo"
    root.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in INPUTS:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, root / name, ignore=ignore)
        else:
            shutil.copyfile(ROOT / name, root / name)
    spec = json.loads((root / "openapi.json").read_text(encoding="utf-8"))
    add_a_model_an_endpoint_an_enum_value_and_drop_a_field(spec)
    (root / "openapi.json").write_text(json.dumps(spec, indent=2) + "\n", encoding="utf-8")
    script = str(root / "scripts" / "generate.py")
    for args in ([], ["--check"]):  # generate, then the drift check agrees with the result
        result = subprocess.run(
            [sys.executable, script, *args, "--root", str(root)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stdout + result.stderr
    return root / "generated" / PACKAGE


@pytest.fixture(scope="module")
def probe(regenerated: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(regenerated.parent)}
    result = subprocess.run(
        [sys.executable, "-c", PROBE.replace("MODEL", repr(NEW_MODEL))],
        capture_output=True,
        text=True,
        env=env,
        cwd=regenerated.parent,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    found: dict[str, Any] = json.loads(result.stdout)
    return found


def test_new_variant_and_endpoint_modules_appear(regenerated: Path) -> None:
    # The generator names a schema after its title: "kimi-k9" -> KimiK9 in kimi_k9.py
    # (codegen-config.yaml renames the document's own variants to *ChatRequest).
    assert (regenerated / "models" / "kimi_k9.py").is_file()
    assert (regenerated / "models" / "kimi_k9_model.py").is_file()
    assert "class KimiK9:" in (regenerated / "models" / "kimi_k9.py").read_text(encoding="utf-8")
    assert (regenerated / "api" / "files" / "preview_file.py").is_file()
    exported = (regenerated / "models" / "__init__.py").read_text(encoding="utf-8")
    assert '"KimiK9",' in exported


def _generated_text(root: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.py")))


def test_new_enum_value_and_removed_field_reach_the_code(regenerated: Path) -> None:
    before = _generated_text(ROOT / "generated" / PACKAGE)
    after = _generated_text(regenerated)
    assert f'"{NEW_ENUM_VALUE}"' not in before and f'"{NEW_ENUM_VALUE}"' in after
    spec = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    _, prop = _removable_field(spec)
    assert before.count(f'd.pop("{prop}"') > after.count(f'd.pop("{prop}"')


def test_existing_modules_are_untouched(regenerated: Path) -> None:
    from chat_request_classes import request_class_of
    from moonshot._openapi.chat_request import chat_catalog

    first = request_class_of(chat_catalog().variants[0].models)
    assert first is not None
    module = first.__module__.split(".")[-1]
    for name in (f"models/{module}.py", "api/files/get_file_content.py"):
        assert (regenerated / name).read_bytes() == (
            ROOT / "generated" / PACKAGE / name
        ).read_bytes()


def test_probe_imports_the_regenerated_package(probe: dict[str, Any], regenerated: Path) -> None:
    assert Path(probe["package"]).resolve() == (regenerated / "__init__.py").resolve()


def test_chat_body_union_includes_the_new_variant(probe: dict[str, Any]) -> None:
    import typing

    from moonshot_openapi.api.chat import create_chat_completion

    body = typing.get_type_hints(create_chat_completion._get_kwargs)["body"]
    assert probe["union"] == sorted([*(t.__name__ for t in typing.get_args(body)), "KimiK9"])
    kwargs = probe["chat_kwargs"]
    assert kwargs["method"] == "post"
    assert kwargs["url"] == CHAT
    # Only what the caller set goes on the wire (the spec's default is dropped).
    assert kwargs["json"] == {"model": NEW_MODEL, "messages": [{"role": "user", "content": "hi"}]}


def test_new_endpoint_builds_its_request(probe: dict[str, Any]) -> None:
    assert probe["preview_kwargs"] == {"method": "get", "url": "/v1/files/file-1/preview"}
    assert probe["preview_has"] == ["sync", "sync_detailed", "asyncio", "asyncio_detailed"]
