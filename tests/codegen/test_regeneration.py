"""A new model variant and a new endpoint in openapi.json flow into the client by regenerating.

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


def add_kimi_k3_and_preview(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["KimiK3ChatRequest"] = {
        "title": "kimi-k3",
        "allOf": [
            {"$ref": "#/components/schemas/ChatRequestBase"},
            {
                "type": "object",
                "properties": {
                    "model": {
                        "type": "string",
                        "description": "Model ID",
                        "enum": ["kimi-k3"],
                        "default": "kimi-k3",
                    }
                },
                "required": ["model"],
            },
        ],
    }
    body = spec["paths"][CHAT]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body["oneOf"].append({"$ref": "#/components/schemas/KimiK3ChatRequest"})
    body["discriminator"]["mapping"]["kimi-k3"] = "#/components/schemas/KimiK3ChatRequest"
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
from moonshot_openapi.models import KimiK3, KimiK3Model, Message, MessageRole

body = typing.get_type_hints(chat._get_kwargs)["body"]
request = KimiK3(model=KimiK3Model.KIMI_K3, messages=[Message(role=MessageRole.USER, content="hi")])
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
    add_kimi_k3_and_preview(spec)
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
        [sys.executable, "-c", PROBE],
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
    # The generator names a schema after its title: "kimi-k3" -> KimiK3 in kimi_k3.py
    # (codegen-config.yaml renames the existing variants to *ChatRequest).
    assert (regenerated / "models" / "kimi_k3.py").is_file()
    assert (regenerated / "models" / "kimi_k3_model.py").is_file()
    assert "class KimiK3:" in (regenerated / "models" / "kimi_k3.py").read_text(encoding="utf-8")
    assert (regenerated / "api" / "files" / "preview_file.py").is_file()
    exported = (regenerated / "models" / "__init__.py").read_text(encoding="utf-8")
    assert '"KimiK3",' in exported


def test_existing_modules_are_untouched(regenerated: Path) -> None:
    for name in ("models/kimi_k26_chat_request.py", "api/files/get_file_content.py"):
        assert (regenerated / name).read_bytes() == (
            ROOT / "generated" / PACKAGE / name
        ).read_bytes()


def test_probe_imports_the_regenerated_package(probe: dict[str, Any], regenerated: Path) -> None:
    assert Path(probe["package"]).resolve() == (regenerated / "__init__.py").resolve()


def test_chat_body_union_includes_the_new_variant(probe: dict[str, Any]) -> None:
    assert probe["union"] == [
        "KimiK25ChatRequest",
        "KimiK26ChatRequest",
        "KimiK2ChatRequest",
        "KimiK2ThinkingChatRequest",
        "KimiK3",
        "MoonshotV1ChatRequest",
    ]
    kwargs = probe["chat_kwargs"]
    assert kwargs["method"] == "post"
    assert kwargs["url"] == CHAT
    # Only what the caller set goes on the wire (the spec's default is dropped).
    assert kwargs["json"] == {"model": "kimi-k3", "messages": [{"role": "user", "content": "hi"}]}


def test_new_endpoint_builds_its_request(probe: dict[str, Any]) -> None:
    assert probe["preview_kwargs"] == {"method": "get", "url": "/v1/files/file-1/preview"}
    assert probe["preview_has"] == ["sync", "sync_detailed", "asyncio", "asyncio_detailed"]
