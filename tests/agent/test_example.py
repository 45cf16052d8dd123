"""``examples/agent.py`` runs offline (the demo runs it the same way)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ._models import tool_and_structured_model

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_agent_example_runs_against_the_local_server() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOONSHOT_")}
    # The example's default model is the newest document's; the local server knows only
    # the models of the document in use, so the model comes from it (tools and parse).
    env["MOONSHOT_DEMO_MODEL"] = tool_and_structured_model()
    done = subprocess.run(
        [sys.executable, "agent.py"],
        cwd=EXAMPLES,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = " ".join(done.stdout.split())  # the example wraps long lines
    assert "model calls: get_weather" in out and "model calls: get_time" in out
    assert "answer after 2 steps" in out
    assert "Context Caching - Kimi API" in out
    assert "parsed: CityFacts(" in out
    assert "'format' is not supported by" in out
