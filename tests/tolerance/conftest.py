"""Prints the mutation tests' counts at the end of the session."""

from __future__ import annotations

import pytest

from ._mutations import COUNTS


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not COUNTS:
        return
    terminalreporter.section("tolerant reader: mutated answers")
    for name in ("foreign exception", "library error (tolerant)"):
        COUNTS.setdefault(name, 0)  # the properties: both stay 0
    for name in sorted(COUNTS):
        terminalreporter.write_line(f"{name}: {COUNTS[name]}")
