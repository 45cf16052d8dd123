"""The drift check (`scripts/generate.py --check`) and the determinism of generation.

Each test works on a copy of the build inputs in a temporary folder, so the
real generated/ and openapi.json are never touched.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "moonshot_openapi"
INPUTS = ("openapi.json", "codegen-config.yaml", "pyproject.toml", "scripts", "generated")

pytestmark = pytest.mark.slow

_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".ruff_cache")


def copy_build_inputs(dest: Path) -> Path:
    dest.mkdir(parents=True)
    for name in INPUTS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=_IGNORE)
        else:
            shutil.copyfile(source, dest / name)  # content only: the upstream file is read-only
    return dest


def run_generate(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(root / "scripts" / "generate.py"), *args, "--root", str(root)],
        capture_output=True,
        text=True,
        timeout=300,
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (bytecode caches aside), by relative path."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    return copy_build_inputs(tmp_path / "repo")


def test_check_passes_on_a_pristine_copy(workdir: Path) -> None:
    spec_before = (workdir / "openapi.json").read_bytes()
    result = run_generate(workdir, "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout
    # The check never rewrites its inputs.
    assert (workdir / "openapi.json").read_bytes() == spec_before
    assert snapshot(workdir / "generated") == snapshot(ROOT / "generated")


def test_check_fails_after_a_hand_edit_in_generated(workdir: Path) -> None:
    edited = workdir / "generated" / PACKAGE / "api" / "files" / "list_files.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# edited by hand\n", encoding="utf-8")
    result = run_generate(workdir, "--check")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "changed:  api/files/list_files.py" in result.stdout
    assert "# edited by hand" in result.stdout  # the diff excerpt shows the offending line
    assert "make generate" in result.stdout


def test_check_fails_when_a_generated_file_is_deleted_or_added(workdir: Path) -> None:
    package = workdir / "generated" / PACKAGE
    (package / "models" / "file_object.py").unlink()
    (package / "models" / "stray.py").write_text("x = 1\n", encoding="utf-8")
    result = run_generate(workdir, "--check")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "missing:  models/file_object.py" in result.stdout
    assert "extra:    models/stray.py" in result.stdout


def test_check_fails_when_openapi_json_changes_without_regenerating(workdir: Path) -> None:
    spec_path = workdir / "openapi.json"
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    spec["components"]["schemas"]["FileObject"]["properties"]["preview_url"] = {
        "type": "string",
        "description": "Where a preview can be fetched",
    }
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    result = run_generate(workdir, "--check")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "changed:  models/file_object.py" in result.stdout
    assert "preview_url" in result.stdout
    # The shipped copy of the document is compared too.
    assert "changed:  openapi.json" in result.stdout


def test_generation_is_deterministic_and_matches_the_committed_tree(workdir: Path) -> None:
    generated = workdir / "generated"
    shutil.rmtree(generated)  # nothing left over from the copy can mask a difference

    first = run_generate(workdir)
    assert first.returncode == 0, first.stdout + first.stderr
    tree_one = snapshot(generated)

    second = run_generate(workdir)
    assert second.returncode == 0, second.stdout + second.stderr
    tree_two = snapshot(generated)

    assert tree_one, "generation wrote nothing"
    assert sorted(tree_one) == sorted(tree_two)
    assert [name for name in tree_one if tree_one[name] != tree_two[name]] == []

    committed = snapshot(ROOT / "generated")
    assert sorted(tree_one) == sorted(committed)
    assert [name for name in tree_one if tree_one[name] != committed[name]] == []
    # The package ships the upstream document byte for byte.
    assert tree_one[f"{PACKAGE}/openapi.json"] == (ROOT / "openapi.json").read_bytes()


def test_a_generator_warning_fails_generation_and_leaves_generated_alone(workdir: Path) -> None:
    spec = json.loads((workdir / "openapi.json").read_text(encoding="utf-8"))
    path, item = next(iter(spec["paths"].items()))
    method = next(m for m in item if m in ("get", "post"))
    # A reference the generator cannot follow: it skips the endpoint with a warning.
    item[method]["responses"]["200"]["content"] = {
        "application/json": {"schema": {"$ref": "#/components/schemas/NoSuchSchema"}}
    }
    (workdir / "openapi.json").write_text(json.dumps(spec), encoding="utf-8")
    before = snapshot(workdir / "generated")
    result = run_generate(workdir)
    assert result.returncode != 0
    assert "warn" in (result.stdout + result.stderr).lower()
    assert path in result.stdout + result.stderr or "not be generated" in result.stderr
    assert snapshot(workdir / "generated") == before


def test_warning_lines_are_found_in_generator_output() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from generate import generator_warnings
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    output = "Generating x\nWARNING parsing POST /v1/x within x. Endpoint will not be generated.\n"
    assert generator_warnings(output) == [output.splitlines()[1]]
    assert generator_warnings("Generating x\nwrote it\n") == []
    unable = "Unable to process schema Foo:"
    assert generator_warnings(unable + "\n") == [unable]
