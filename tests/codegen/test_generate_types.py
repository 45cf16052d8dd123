"""scripts/generate_types.py on a small document with the shapes a new upstream version may bring.

Names Python cannot spell, keywords, recursion, nullable enums, ``const``, ``allOf``,
maps, an undiscriminated ``oneOf``, and a discriminated body without ``stream``: the
output is deterministic and passes ``mypy --strict`` as a package.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _generator() -> ModuleType:
    path = ROOT / "scripts" / "generate_types.py"
    spec = importlib.util.spec_from_file_location("generate_types_unit", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


generate_types = _generator()


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {
        "/v1/widgets": {
            "post": {
                "operationId": "make_widget",
                "requestBody": {"content": {"application/json": {"schema": ref("Widget")}}},
                "responses": {
                    "200": {"content": {"application/json": {"schema": ref("WidgetOut")}}}
                },
            }
        },
        "/v1/run": {
            "post": {
                "operationId": "run_job",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "oneOf": [ref("FastJob"), ref("SlowJob")],
                                "discriminator": {
                                    "propertyName": "engine",
                                    "mapping": {"fast-1": ref("FastJob")["$ref"]},
                                },
                            }
                        }
                    }
                },
                "responses": {
                    "200": {"content": {"application/json": {"schema": ref("WidgetOut")}}}
                },
            }
        },
    },
    "components": {
        "schemas": {
            "Widget": {
                "type": "object",
                "required": ["$schema", "from"],
                "properties": {
                    "$schema": {"type": "string"},
                    "from": {"type": "string", "enum": ["a", "b"]},
                    "mode": {"oneOf": [{"type": "string", "enum": ["x"]}, {"type": "null"}]},
                    "kind": {"const": "widget"},
                    "tags": {"type": "object", "additionalProperties": {"type": "integer"}},
                    "child": ref("Node"),
                    "shape": {
                        "oneOf": [
                            {
                                "title": "circle",
                                "type": "object",
                                "properties": {"r": {"type": "number"}},
                            },
                            {"type": "object", "properties": {"w": {"type": "number"}}},
                        ]
                    },
                },
            },
            "Node": {
                "type": "object",
                "properties": {"next": ref("Node"), "class": {"type": "boolean"}},
            },
            "JobBase": {"type": "object", "properties": {"size": {"type": "integer"}}},
            "FastJob": {
                "allOf": [
                    ref("JobBase"),
                    {
                        "properties": {
                            "engine": {"type": "string", "enum": ["fast-1"]},
                            "turbo": {"type": "boolean"},
                        }
                    },
                ]
            },
            "SlowJob": {
                "allOf": [
                    ref("JobBase"),
                    {"properties": {"engine": {"type": "string", "enum": ["slow-1", "slow-2"]}}},
                ]
            },
            "WidgetOut": {
                "type": "object",
                "properties": {
                    "id": {"type": "string"},
                    "object": {"type": "string"},
                    "state": {"type": ["string", "null"], "enum": ["on", None]},
                },
            },
        }
    },
}


def test_output_is_deterministic_and_spells_what_python_cannot() -> None:
    first = generate_types.build(DOCUMENT)
    assert first == generate_types.build(DOCUMENT)
    requests = first["typed_requests.py"]
    assert "Widget = TypedDict(\n    'Widget'," in requests  # "$schema" / "from": functional form
    assert "'from': 'Required[Literal[\"a\", \"b\"]]'" in requests
    assert 'mode: Literal["x"] | None' not in requests  # inside the functional form, quoted
    assert "'mode': 'Literal[\"x\"] | None'" in requests
    assert "'next': 'Node'" in requests  # recursion through a $ref ("class": functional form)
    assert "class WidgetShapeCircle(TypedDict" in requests  # a oneOf branch named by its title
    assert "typed_responses.py" not in first  # the views come from the generated classes
    calls = first["typed_calls.py"]
    assert 'engine: Literal["fast-1"]' in calls  # from the mapping
    assert 'engine: Literal["slow-1", "slow-2"]' in calls  # from the variant's enum
    assert (
        "StreamT_co:" not in calls and "stream:" not in calls
    )  # no stream field, no stream overloads


def test_output_passes_mypy_strict(tmp_path: Path) -> None:
    package = tmp_path / "synthetic_types"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    for name, source in generate_types.build(DOCUMENT).items():
        (package / name).write_text(source, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--config-file",
            "/dev/null",
            "-p",
            "synthetic_types",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
