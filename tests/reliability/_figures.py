"""The figures the reliability suite reports (README "Reliability"), gathered as tests pass."""

from __future__ import annotations

from typing import Any

faults_survived: set[str] = set()
bad_inputs: set[str] = set()
load: dict[str, Any] = {}
bounds: dict[str, str] = {}  # peak memory and stop times against the bounds' faults
counts: dict[str, int] = {}


def count(name: str) -> None:
    counts[name] = counts.get(name, 0) + 1


def survived(name: str) -> None:
    """Record a fault scenario that ended in a success or the right typed error."""
    faults_survived.add(name)


def summary(failures: int) -> list[str]:
    """The figures; ``failures`` (failed reliability tests) decides what may be claimed."""
    lines = []
    if faults_survived:
        kinds = {name.split(": ", 1)[-1] for name in faults_survived}
        lines.append(
            f"faults survived: {len(kinds)} kinds, {len(faults_survived)} runs (sync, async)"
        )
    if bad_inputs:
        lines.append(f"bad inputs rejected before sending, naming the field: {len(bad_inputs)}")
    for name, number in counts.items():
        lines.append(f"{name}: {number}")
    for name, value in load.items():
        lines.append(f"{name}: {value}")
    for name, value in bounds.items():
        lines.append(f"{name}: {value}")
    if failures:
        lines.append(f"FAILED reliability tests: {failures}")
    elif faults_survived or load:
        # Every fault scenario ends with a request through its client's one pooled connection.
        checks = [f"{len(faults_survived)} pool-of-one follow-ups"] if faults_survived else []
        checks += ["fd and RSS counts under load"] if load else []
        lines.append(f"leaks found: 0 ({', '.join(checks)})")
    return lines
