"""Fixtures of the reliability suite, and the summary of its figures at the end of a run."""

from __future__ import annotations

import pytest

from . import _figures

SENTINEL_KEY = "sk-SENTINEL-reliability-0123456789abcdef"


@pytest.fixture
def backoff_seconds() -> float | None:
    """The client's real backoff, unless a module asks for a short one."""
    return None


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    failed = terminalreporter.stats.get("failed", []) + terminalreporter.stats.get("error", [])
    failures = sum("tests/reliability/" in getattr(report, "nodeid", "") for report in failed)
    lines = _figures.summary(failures)
    if lines:
        terminalreporter.section("moonshot reliability figures")
        for line in lines:
            terminalreporter.write_line(line)
