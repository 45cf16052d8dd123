"""The figures the reliability suite reports (README "Reliability"), gathered as tests pass."""

from __future__ import annotations

from typing import Any

faults_survived: set[str] = set()
bad_inputs: set[str] = set()
load: dict[str, Any] = {}
leaks: list[str] = []
counts: dict[str, int] = {}


def count(name: str) -> None:
    counts[name] = counts.get(name, 0) + 1


def survived(name: str) -> None:
    """Record a fault scenario that ended in a success or the right typed error."""
    faults_survived.add(name)


def summary() -> list[str]:
    lines = []
    if faults_survived:
        lines.append(f"faults survived: {len(faults_survived)} scenarios")
    if bad_inputs:
        lines.append(f"bad inputs rejected before sending, naming the field: {len(bad_inputs)}")
    for name, number in counts.items():
        lines.append(f"{name}: {number}")
    for name, value in load.items():
        lines.append(f"{name}: {value}")
    if faults_survived or load:
        lines.append(f"leaks found: {len(leaks)}" + (f" ({'; '.join(leaks)})" if leaks else ""))
    return lines
