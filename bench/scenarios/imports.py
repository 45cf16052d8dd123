"""Import time: a fresh interpreter that imports a client and makes it ready to call chat."""

from __future__ import annotations

import resource
import subprocess
import sys
import time

from bench.common import ROOT, Sample

SNIPPETS = {
    "moonshot": "import moonshot; c = moonshot.Moonshot(api_key='x'); c.chat.completions",
    "openai": (
        "import openai; c = openai.OpenAI(api_key='x', base_url='http://127.0.0.1:9/v1'); "
        "c.chat.completions"
    ),
    "raw httpx2": "import httpx2; c = httpx2.Client()",
    "python (no import)": "pass",
}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(client: str) -> Sample:
    """One whole-process run of ``python -c <snippet>``: wall and CPU seconds."""
    cpu0 = _children_cpu()
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", SNIPPETS[client]], cwd=ROOT, check=True)
    wall = time.perf_counter() - start
    return Sample("import", client, wall, _children_cpu() - cpu0, 1)
