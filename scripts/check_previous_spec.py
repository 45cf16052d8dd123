"""Regenerate from an earlier API document in a temporary copy and run the suite there.

    python scripts/check_previous_spec.py [--rev 5e3a702] [-- pytest arguments]

Upstream publishes a new document every few weeks and the suite must not depend on the
one it was written against. This copies the repository's files (tracked and new, as
``git ls-files`` lists them) to a temporary folder, puts ``openapi.json`` from ``--rev``
there, runs ``scripts/generate.py`` (warnings fail it, as always) and the test suite,
with the copy's ``overlay``, ``generated`` and ``tests`` first on ``PYTHONPATH`` so the
regenerated package is the one imported. The repository itself is not touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REV = "5e3a702"  # the document as served around 2026-05-01


def _files(root: Path) -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"],
        cwd=root,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return [name for name in listed.split("\0") if name and (root / name).is_file()]


def _previous_document(root: Path, rev: str) -> bytes:
    shown = subprocess.run(
        ["git", "show", f"{rev}:openapi.json"], cwd=root, capture_output=True, check=False
    )
    if shown.returncode != 0:
        raise SystemExit(f"no openapi.json at {rev}: {shown.stderr.decode().strip()}")
    return shown.stdout


def _commit_all(folder: Path, message: str) -> None:
    """Make ``folder`` a repository of its own (the packaging test clones the project)."""
    git = ["git", "-c", "user.name=ci", "-c", "user.email=ci@example.invalid"]
    for step in (["init", "-q"], ["add", "-A"], ["commit", "-qm", message]):
        subprocess.run([*git, *step], cwd=folder, check=True, capture_output=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rev", default=DEFAULT_REV, help="the commit holding the document")
    parser.add_argument("pytest_args", nargs="*", help="passed to pytest (after --)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="moonshot-previous-spec-") as tmp:
        copy = Path(tmp) / "repo"
        for name in _files(ROOT):
            target = copy / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target)
        (copy / "openapi.json").write_bytes(_previous_document(ROOT, args.rev))
        print(f"regenerating from openapi.json at {args.rev} in {copy}", flush=True)
        generate = [sys.executable, str(copy / "scripts" / "generate.py"), "--root", str(copy)]
        if subprocess.run(generate, cwd=copy).returncode != 0:
            print("generation from the previous document failed", file=sys.stderr)
            return 1
        _commit_all(copy, f"openapi.json at {args.rev}, regenerated")
        if (ROOT / ".tools").is_dir():  # Prism, for the contract tests
            (copy / ".tools").symlink_to(ROOT / ".tools", target_is_directory=True)
        shared = ROOT.parent / "shared"  # the API's pages the conformance tests quote
        if shared.is_dir():  # found beside the repository, so beside the copy too
            (copy.parent / "shared").symlink_to(shared, target_is_directory=True)
        paths = [copy / "overlay", copy / "generated", copy / "tests"]
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([*map(str, paths), env.get("PYTHONPATH", "")])
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        probe = [sys.executable, "-c", "import moonshot_openapi; print(moonshot_openapi.__file__)"]
        where = subprocess.run(probe, cwd=copy, env=env, capture_output=True, text=True)
        if not where.stdout.startswith(str(copy)):
            print(f"the copy's package is not the one imported: {where.stdout}", file=sys.stderr)
            return 1
        tests = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args.pytest_args]
        return subprocess.run(tests, cwd=copy, env=env).returncode


if __name__ == "__main__":
    raise SystemExit(main())
