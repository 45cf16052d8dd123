"""Import time: a fresh interpreter that imports a client and makes it ready to call chat.

Every client is measured as installed: pip byte-compiles a wheel's modules at install
(openai's and httpx2's in site-packages have their ``__pycache__``), so moonshot's
packages are byte-compiled first too (:func:`compile_bytecode`). An editable checkout
run with ``PYTHONDONTWRITEBYTECODE=1`` never writes them and would compile moonshot
from source in every process; that case is measured beside it as its own row
(``moonshot, from source``: a copy of the packages without bytecode, nothing written).
"""

from __future__ import annotations

import compileall
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, Sample

_CHAT = "import moonshot; c = moonshot.Moonshot(api_key='x'); c.chat.completions"
FROM_SOURCE = "moonshot, from source"
SNIPPETS = {
    "moonshot": _CHAT,
    FROM_SOURCE: _CHAT,
    "openai": (
        "import openai; c = openai.OpenAI(api_key='x', base_url='http://127.0.0.1:9/v1'); "
        "c.chat.completions"
    ),
    "raw httpx2": "import httpx2; c = httpx2.Client()",
    "python (no import)": "pass",
}
# The moonshot packages: the client and the generated code it imports.
PACKAGES = (ROOT / "overlay" / "moonshot", ROOT / "generated" / "moonshot_openapi")
_source_copy: Path | None = None


def compile_bytecode() -> None:
    """Byte-compile moonshot's packages, as installing a wheel does (idempotent)."""
    for package in PACKAGES:
        compileall.compile_dir(package, quiet=1)


def _source_only() -> Path:
    """A copy of moonshot's packages without any ``__pycache__`` (made once per run)."""
    global _source_copy
    if _source_copy is None:
        _source_copy = Path(tempfile.mkdtemp(prefix="moonshot-source-"))
        for package in PACKAGES:
            shutil.copytree(
                package, _source_copy / package.name, ignore=shutil.ignore_patterns("__pycache__")
            )
    return _source_copy


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def environment(client: str) -> dict[str, str] | None:
    """The process environment of ``client``'s runs (None: this one's)."""
    if client != FROM_SOURCE:
        return None
    # The copy comes first on the path; nothing is written, so every run compiles.
    return {**os.environ, "PYTHONPATH": str(_source_only()), "PYTHONDONTWRITEBYTECODE": "1"}


def measure(client: str) -> Sample:
    """One whole-process run of ``python -c <snippet>``: wall and CPU seconds."""
    env = environment(client)
    cpu0 = _children_cpu()
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", SNIPPETS[client]], cwd=ROOT, check=True, env=env)
    wall = time.perf_counter() - start
    return Sample("import", client, wall, _children_cpu() - cpu0, 1)


def cleanup() -> None:
    """Remove the source-only copy."""
    global _source_copy
    if _source_copy is not None:
        shutil.rmtree(_source_copy, ignore_errors=True)
        _source_copy = None
