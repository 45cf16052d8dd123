"""examples/official_tools.py runs offline against LocalMoonshot and prints what it shows."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import moonshot
import pytest
import spec_facts as facts

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_the_official_tools_example_runs(
    client: moonshot.Moonshot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.syspath_prepend(str(EXAMPLES))
    module = importlib.import_module("official_tools")
    monkeypatch.setattr(module, "MODEL", facts.first_model())  # the document's, not today's
    try:
        module.run(client)
    finally:
        sys.modules.pop("official_tools", None)
    out = capsys.readouterr().out
    for text in ("declared: date", "fiber succeeded: S2ltaQ==", "----MOONSHOT ENCRYPTED", "09:00"):
        assert text in out
