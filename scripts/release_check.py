"""Release check: the distributions build, pass twine, install and work on every Python.

    python scripts/release_check.py [--python 3.12 ...] [--keep DIR]

1. ``python -m build`` makes the sdist and the wheel (from the working tree);
2. ``twine check --strict`` on both;
3. for each supported Python (pyenv, as in scripts/noxfile.py): a clean venv, the wheel
   installed into it (dependencies from the index, nothing else), and examples/demo.py
   run from a folder outside the repository against the embedded LocalMoonshot; the
   check also asserts that ``moonshot`` was imported from that venv;
4. the sdist unpacked and ``scripts/generate.py --check`` run on it: the generator
   (the pinned ``codegen`` tools of this venv) rebuilds its ``generated/`` byte for byte.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHONS = ["3.11", "3.12", "3.13"]


def interpreter(version: str) -> Path:
    """The pyenv interpreter for ``version`` (newest patch release installed)."""
    versions = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    found = sorted(versions.glob(f"{version}.*/bin/python{version}"))
    if not found:
        raise SystemExit(f"no Python {version} under {versions} (pyenv install {version})")
    return found[-1]


def run(*command: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None) -> str:
    printable = " ".join(str(c) for c in command)
    print(f"$ {printable}", flush=True)
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    result = subprocess.run(
        [str(c) for c in command],
        cwd=cwd,
        env={**clean, **(env or {})},
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        print(result.stdout[-4000:], result.stderr[-4000:], sep="\n")
        raise SystemExit(f"FAILED ({result.returncode}): {printable}")
    return result.stdout


def build(out: Path) -> tuple[Path, Path]:
    run(sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", out, ROOT)
    sdists, wheels = sorted(out.glob("*.tar.gz")), sorted(out.glob("*.whl"))
    if len(sdists) != 1 or len(wheels) != 1:
        raise SystemExit(f"expected one sdist and one wheel in {out}, found {sdists + wheels}")
    run(sys.executable, "-m", "twine", "check", "--strict", sdists[0], wheels[0])
    print(f"built and checked: {sdists[0].name}, {wheels[0].name}")
    return sdists[0], wheels[0]


def demo_on(version: str, wheel: Path, work: Path) -> float:
    """Install ``wheel`` into a clean venv of ``version``; run the demo outside the repo."""
    venv = work / f"venv-{version}"
    run(interpreter(version), "-m", "venv", venv)
    python = venv / "bin" / "python"
    run(python, "-m", "pip", "install", "--quiet", wheel)
    where = run(python, "-c", "import moonshot, moonshot_openapi; print(moonshot.__file__)")
    if not Path(where.strip()).is_relative_to(venv):
        raise SystemExit(f"Python {version}: moonshot imported from {where.strip()}, not {venv}")
    examples = work / f"examples-{version}"
    shutil.copytree(ROOT / "examples", examples)
    started = time.monotonic()
    output = run(python, examples / "demo.py", cwd=work, env={"MOONSHOT_API_KEY": ""})
    seconds = time.monotonic() - started
    if "Demo finished" not in output:
        raise SystemExit(f"Python {version}: the demo did not finish:\n{output[-2000:]}")
    version_line = run(python, "--version").strip()
    print(f"{version_line}: wheel installed in a clean venv, demo passed ({seconds:.1f} s)")
    return seconds


def sdist_regenerates(sdist: Path, work: Path) -> None:
    with tarfile.open(sdist) as archive:
        archive.extractall(work / "sdist", filter="data")
    (tree,) = (work / "sdist").iterdir()
    if not (tree / "generated").is_dir():
        raise SystemExit(f"{sdist.name} has no generated/ folder")
    output = run(sys.executable, tree / "scripts" / "generate.py", "--check", "--root", tree)
    print(f"sdist: {output.strip()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", action="append", choices=PYTHONS, help="default: all")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args(argv)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="moonshot-release-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        sdist, wheel = build(work / "dist")
        timings = {v: demo_on(v, wheel, work) for v in args.python or PYTHONS}
        sdist_regenerates(sdist, work)
    demos = ", ".join(f"{v} {s:.1f} s" for v, s in timings.items())
    print(f"release check passed in {time.monotonic() - started:.0f} s (demos: {demos})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
