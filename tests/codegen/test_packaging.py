"""The distribution builds and installs from a clean checkout into a fresh virtual environment.

It clones the repository's HEAD, so it tests what is committed, not the working tree.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

PROBE = """
import json, pathlib
import moonshot, moonshot_openapi
from moonshot_openapi.api.chat import create_chat_completion
import moonshot_openapi.models
print(json.dumps({
    name: str(pathlib.Path(module.__file__).parent)
    for name, module in (("moonshot", moonshot), ("moonshot_openapi", moonshot_openapi))
}))
"""


def run(*cmd: str | Path, cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    result = subprocess.run(
        [str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, f"{cmd}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Path]]:
    work = tmp_path_factory.mktemp("packaging")
    source = work / "src"
    run("git", "clone", "--quiet", ROOT, source, cwd=work)
    venv = work / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=work)
    python = venv / "bin" / "python"
    run(python, "-m", "pip", "install", "--quiet", source, cwd=work)  # not editable
    probe = run(python, "-c", PROBE, cwd=work)
    locations = {name: Path(path) for name, path in json.loads(probe.stdout).items()}
    return venv, locations


def test_both_packages_import_from_the_new_environment(
    installed: tuple[Path, dict[str, Path]],
) -> None:
    venv, locations = installed
    assert set(locations) == {"moonshot", "moonshot_openapi"}
    for path in locations.values():
        assert path.is_relative_to(venv), f"{path} is not inside {venv}"
        assert "site-packages" in path.parts


def test_both_packages_ship_py_typed(installed: tuple[Path, dict[str, Path]]) -> None:
    _, locations = installed
    for path in locations.values():
        assert (path / "py.typed").is_file(), f"{path} has no py.typed"


def test_generated_package_ships_the_api_document(installed: tuple[Path, dict[str, Path]]) -> None:
    _, locations = installed
    shipped = locations["moonshot_openapi"] / "openapi.json"
    committed = subprocess.run(
        ["git", "show", "HEAD:openapi.json"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    assert shipped.read_bytes() == committed
