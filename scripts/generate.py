"""Generate generated/moonshot_openapi from openapi.json, or check that it is up to date.

    python scripts/generate.py            # regenerate generated/moonshot_openapi
    python scripts/generate.py --check    # regenerate into a temporary folder and compare

The upstream document is normalised on a temporary copy (scripts/normalize_spec.py),
then openapi-python-client runs with codegen-config.yaml. Its templates are written for
``httpx``; the package is then moved to httpx2 (same API, import name ``httpx2``) by
:func:`use_httpx2`, a whole-word rename of the module name in every generated ``.py``
file followed by the same ruff format the post-hooks ran, so nothing generated imports
``httpx``. The typing modules (scripts/generate_types.py) and the build-time facts
(scripts/generate_readers.py) are written next, and the document is copied beside them.
The generator's post-hooks need ruff on PATH: this script puts the interpreter's own bin
folder first and refuses to run when the generator or ruff differ from the versions
pinned in pyproject.toml, because a different version writes different code.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_types import build as build_types
from normalize_spec import ExtensionConflict, load_extensions, merge_extensions, normalise

PACKAGE = "moonshot_openapi"
READERS = "readers.py"  # build-time facts: builders, per-status classes, prose and headers
VIEWS = "typed_responses.py"  # written with them: the read-only views of the same classes
SPEC_COPY = "openapi.json"  # the upstream document, shipped for the overlay's checks
EXTENSIONS = "spec_extensions"  # scripts/spec_extensions/*.json, shipped beside it
PINNED_TOOLS = ("openapi-python-client", "ruff")
# `httpx` as a whole word, not already `httpx2` (`get_httpx_client`, `httpx_args` stay).
HTTPX_NAME = re.compile(r"\bhttpx\b(?!2)")


def pinned_versions(root: Path) -> dict[str, str]:
    """The exact versions pyproject.toml pins for the code generator and its formatter."""
    text = (root / "pyproject.toml").read_text(encoding="utf-8")
    pins = {}
    for tool in PINNED_TOOLS:
        match = re.search(rf'"{re.escape(tool)}==([^"]+)"', text)
        if match is None:
            raise SystemExit(f"pyproject.toml does not pin {tool} with '=='")
        pins[tool] = match.group(1)
    return pins


def check_toolchain(root: Path, bin_dir: Path) -> None:
    for tool, wanted in pinned_versions(root).items():
        try:
            have = metadata.version(tool)
        except metadata.PackageNotFoundError:
            raise SystemExit(f"{tool}=={wanted} is not installed; run `make venv`") from None
        if have != wanted:
            raise SystemExit(f"{tool} {have} is installed but pyproject.toml pins {wanted}")
    ruff = shutil.which("ruff", path=str(bin_dir))
    if ruff is None:
        raise SystemExit(f"ruff is not in {bin_dir}; the generator would skip formatting")


def use_httpx2(package: Path, ruff: str, env: dict[str, str]) -> None:
    """Point the generated ``package`` at httpx2: ``import httpx2``, ``httpx2.Client``...

    The generator's templates name ``httpx``; httpx2 keeps its API, so renaming the module
    is the whole change. Deterministic: the same input gives the same bytes, and ruff
    formats the renamed files as the generator's post-hook did (lines grow by one).
    """
    for path in sorted(package.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        renamed = HTTPX_NAME.sub("httpx2", text)
        if renamed != text:
            path.write_text(renamed, encoding="utf-8")
    subprocess.run(
        [ruff, "format", ".", "--isolated", "--no-cache"],
        cwd=package,
        env=env,
        check=True,
        capture_output=True,
    )


_WARNING = re.compile(r"warning|will not be generated|unable to (parse|process)", re.IGNORECASE)


def generator_warnings(output: str) -> list[str]:
    """The lines of the generator's output that report a warning or a skipped piece.

    ``--fail-on-warning`` already turns the generator's own warnings into a non-zero
    exit; this also catches any it prints without counting them.
    """
    return [line for line in output.splitlines() if _WARNING.search(line)]


def write_readers(parent: Path, spec: Path, target: Path, ruff: str, env: dict[str, str]) -> None:
    """The build-time facts (scripts/generate_readers.py) of the package under ``parent``,
    and the views of the classes they read (``typed_responses.py``, written beside them).

    Run in a subprocess whose path starts with ``parent``, so it reads the fresh
    package, not the installed one; a fact it cannot derive fails the build, named.
    """
    script = Path(__file__).resolve().parent / "generate_readers.py"
    result = subprocess.run(
        [sys.executable, str(script), str(parent), str(spec), str(target)],
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"{script.name} failed: a fact of the document could not be derived")
    subprocess.run(
        [ruff, "format", target.name, VIEWS, "--isolated", "--no-cache"],
        cwd=target.parent,
        env=env,
        check=True,
        capture_output=True,
    )


def generate_into(root: Path, target: Path) -> None:
    """Write a freshly generated package to ``target`` (which must not exist)."""
    bin_dir = Path(sys.executable).parent
    check_toolchain(root, bin_dir)
    with tempfile.TemporaryDirectory(prefix="moonshot-gen-") as tmp:
        work = Path(tmp)
        extensions = load_extensions(root / "scripts" / EXTENSIONS)
        upstream = json.loads((root / "openapi.json").read_text(encoding="utf-8"))
        try:
            spec = normalise(merge_extensions(upstream, extensions))
        except ExtensionConflict as conflict:  # the upstream document took it over: say so
            raise SystemExit(f"make generate: {conflict}") from None
        normalised = work / "openapi.normalised.json"
        normalised.write_text(
            json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        out = work / PACKAGE
        env = dict(os.environ)
        env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
        env.pop("RUFF_CACHE_DIR", None)
        cmd = [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path",
            str(normalised),
            "--config",
            str(root / "codegen-config.yaml"),
            "--meta",
            "none",
            "--output-path",
            str(out),
            "--fail-on-warning",
        ]
        result = subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True)
        warnings = generator_warnings(result.stdout + result.stderr)
        if result.returncode != 0 or warnings:
            sys.stderr.write(result.stdout + result.stderr)
            if warnings:
                raise SystemExit(
                    f"openapi-python-client warned ({len(warnings)} line(s)); a warning is a "
                    "failure here: a skipped schema or endpoint is a hole in the client"
                )
            raise SystemExit("openapi-python-client failed")
        use_httpx2(out, str(bin_dir / "ruff"), env)
        for cache in out.rglob(".ruff_cache"):
            shutil.rmtree(cache)
        (out / "py.typed").write_text("", encoding="utf-8")
        for name, source in build_types(spec).items():  # request TypedDicts, call overloads
            (out / name).write_text(source, encoding="utf-8")
        write_readers(work, normalised, out / READERS, str(bin_dir / "ruff"), env)
        shutil.copyfile(root / "openapi.json", out / SPEC_COPY)
        (out / EXTENSIONS).mkdir()
        for name in extensions:
            shutil.copyfile(root / "scripts" / EXTENSIONS / name, out / EXTENSIONS / name)
        shutil.copytree(out, target)


def _tree(path: Path) -> dict[str, Path]:
    return {
        str(p.relative_to(path)): p
        for p in sorted(path.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def compare(expected: Path, actual: Path) -> list[str]:
    """Lines describing how ``actual`` differs from ``expected``; empty when identical."""
    want, have = _tree(expected), _tree(actual)
    report = []
    for name in sorted(set(want) - set(have)):
        report.append(f"missing:  {name}")
    for name in sorted(set(have) - set(want)):
        report.append(f"extra:    {name}")
    for name in sorted(set(want) & set(have)):
        if filecmp.cmp(want[name], have[name], shallow=False):
            continue
        report.append(f"changed:  {name}")
        diff = difflib.unified_diff(
            want[name].read_text(encoding="utf-8", errors="replace").splitlines(),
            have[name].read_text(encoding="utf-8", errors="replace").splitlines(),
            fromfile=f"regenerated/{name}",
            tofile=f"generated/{PACKAGE}/{name}",
            lineterm="",
            n=1,
        )
        report.extend(f"    {line}" for line in list(diff)[:20])
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="generate or check generated/moonshot_openapi")
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument(
        "--root", type=Path, default=Path(__file__).resolve().parent.parent, help="repository root"
    )
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    dest = root / "generated" / PACKAGE
    with tempfile.TemporaryDirectory(prefix="moonshot-out-") as tmp:
        fresh = Path(tmp) / PACKAGE
        generate_into(root, fresh)
        if args.check:
            report = compare(fresh, dest) if dest.exists() else [f"missing:  generated/{PACKAGE}"]
            if report:
                print(f"generated/{PACKAGE} differs from openapi.json + codegen-config.yaml:")
                print("\n".join(report))
                print("Run `make generate` (never edit generated/ by hand).")
                return 1
            print(f"generated/{PACKAGE} is up to date")
            return 0
        if dest.exists():
            shutil.rmtree(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, dest)
        print(f"wrote generated/{PACKAGE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
