"""The test suite on every supported Python (``make matrix`` / ``make matrix-quick``).

    nox -f scripts/noxfile.py --session tests

Interpreters come from pyenv (``~/.pyenv/versions/3.1x.*/bin``, put on PATH here), the
same on developer machines and CI. Each session installs the package into a fresh venv
(the ``dev`` extra; ``codegen`` and ``bench`` too for the full suite, as ``make check``)
and runs pytest from the repository root.

``MOONSHOT_MATRIX=quick`` (CI, ``make matrix-quick``): the full suite already runs on
the oldest version in ``make check``, so the others run a representative subset (client,
streaming, server, uploads, new operations, CLI: everything that touches asyncio,
http.server, typing and the stdlib parsers) without the slow and soak tests.
"""

from __future__ import annotations

import os
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parents[1]
PYTHONS = ["3.11", "3.12", "3.13"]
QUICK_PYTHONS = PYTHONS[1:]
QUICK_TESTS = [
    "tests/client",
    "tests/http_layer",
    "tests/openapi",
    "tests/streams",
    "tests/testing",
    "tests/uploads",
    "tests/agent",
    "tests/ops",
    "tests/cli",
]

# One worker per core (pytest-xdist, in the dev extra), a module's tests on one worker.
PARALLEL = ["-n", os.environ.get("PYTEST_WORKERS", "auto"), "--dist", "loadscope"]

nox.options.default_venv_backend = "venv"
nox.options.error_on_missing_interpreters = True
nox.options.reuse_existing_virtualenvs = True
nox.options.envdir = str(ROOT / "build" / "nox")


def _pyenv_on_path() -> None:
    versions = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    found = [str(p / "bin") for p in sorted(versions.glob("3.1[0-9].*"), reverse=True)]
    os.environ["PATH"] = os.pathsep.join([*found, os.environ.get("PATH", "")])


_pyenv_on_path()
QUICK = os.environ.get("MOONSHOT_MATRIX") == "quick"


@nox.session(python=QUICK_PYTHONS if QUICK else PYTHONS)
def tests(session: nox.Session) -> None:
    """pytest on one Python: the whole suite, or the quick subset."""
    session.chdir(ROOT)
    # The full suite also regenerates code and runs the benchmark harness: as make check.
    session.install("--quiet", "-e", ".[dev]" if QUICK else ".[dev,codegen,bench,docs]")
    session.run("python", "--version")
    if QUICK:
        session.run(
            "python", "-m", "pytest", "-q", *PARALLEL, "-m", "not slow and not soak", *QUICK_TESTS
        )
    else:
        session.run("python", "-m", "pytest", "-q", *PARALLEL, *session.posargs)
