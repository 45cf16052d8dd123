"""Turning samples into the results table: medians, min-max ranges, ratios and the targets."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bench.common import Sample

MB = 1 << 20
DASH = "\N{EN DASH}"


@dataclass(frozen=True)
class Metric:
    """A column: how to read one sample, how to print it, and which way is better."""

    title: str
    read: Callable[[Sample], float]
    fmt: str
    higher_is_better: bool


def rate(unit: str) -> Metric:
    return Metric(f"{unit}/s", lambda s: s.units / s.wall, "{:,.0f}", True)


def cpu_per(unit: str, scale: float = 1e6, label: str = "µs") -> Metric:
    return Metric(f"CPU {label}/{unit}", lambda s: s.cpu / s.units * scale, "{:,.1f}", False)


WALL_MS = Metric("wall ms", lambda s: s.wall * 1e3, "{:,.0f}", False)
CPU_MS = Metric("CPU ms", lambda s: s.cpu * 1e3, "{:,.0f}", False)
MB_PER_S = Metric("MB/s", lambda s: s.units / s.wall / MB, "{:,.0f}", True)
GROWTH = Metric("peak RSS growth MB", lambda s: s.extra["growth_bytes"] / MB, "{:,.1f}", False)
CONNECTIONS = Metric("TCP connections", lambda s: s.extra["connections"], "{:,.0f}", False)
SERVER = Metric("server CPU % of wall", lambda s: 100 * s.server_cpu / s.wall, "{:.0f}", False)


@dataclass(frozen=True)
class Table:
    """One scenario's table: its metrics and the rows that ratios are taken against."""

    scenario: str
    title: str
    metrics: tuple[Metric, ...]
    ratio_metrics: tuple[Metric, ...]
    baselines: tuple[str, ...]
    note: str = ""


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


class Results:
    """All samples of a run, grouped by scenario and client in the order first seen."""

    def __init__(self) -> None:
        self.samples: list[Sample] = []
        self.failures: dict[tuple[str, str], str] = {}

    def add(self, sample: Sample) -> None:
        self.samples.append(sample)

    def fail(self, scenario: str, client: str, error: BaseException) -> None:
        self.failures.setdefault((scenario, client), f"{type(error).__name__}: {error}"[:300])

    def clients(self, scenario: str) -> list[str]:
        seen: dict[str, None] = {}
        for s in self.samples:
            if s.scenario == scenario:
                seen.setdefault(s.client)
        for scen, client in self.failures:
            if scen == scenario:
                seen.setdefault(client)
        return list(seen)

    def values(self, scenario: str, client: str, metric: Metric) -> list[float]:
        return [
            metric.read(s) for s in self.samples if s.scenario == scenario and s.client == client
        ]

    def median(self, scenario: str, client: str, metric: Metric) -> float | None:
        values = self.values(scenario, client, metric)
        return median(values) if values else None


def _cell(values: list[float], fmt: str) -> str:
    if not values:
        return DASH
    text = fmt.format(median(values))
    if len(values) > 1:
        text += f" ({fmt.format(min(values))}{DASH}{fmt.format(max(values))})"
    return text


def _ratio(results: Results, table: Table, metric: Metric, client: str, baseline: str) -> str:
    mine = results.median(table.scenario, client, metric)
    base = results.median(table.scenario, baseline, metric)
    if mine is None or not base:
        return DASH
    return f"{mine / base:.2f}x"


def render_table(results: Results, table: Table) -> str:
    columns = [m.title for m in table.metrics]
    pairs = [(m, b) for m in table.ratio_metrics for b in table.baselines]
    columns += [f"{m.title} vs {b}" for m, b in pairs]
    lines = [f"### {table.title}", ""]
    if table.note:
        lines += [table.note, ""]
    lines.append("| client | " + " | ".join(columns) + " |")
    lines.append("|---" * (len(columns) + 1) + "|")
    for client in results.clients(table.scenario):
        failure = results.failures.get((table.scenario, client))
        if failure and not results.values(table.scenario, client, table.metrics[0]):
            lines.append(f"| {client} | failed: {failure} |" + " |" * (len(columns) - 1))
            continue
        cells = [_cell(results.values(table.scenario, client, m), m.fmt) for m in table.metrics]
        cells += [_ratio(results, table, m, client, b) for m, b in pairs]
        lines.append(f"| {client} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Target:
    """``client``'s median ``metric`` against ``reference`` (a client's median or a number)."""

    text: str
    scenario: str
    client: str
    metric: Metric
    reference: str | float
    factor: float  # the bound is factor x reference
    at_most: bool

    def check(self, results: Results) -> tuple[str, str]:
        mine = results.median(self.scenario, self.client, self.metric)
        if isinstance(self.reference, str):
            ref = results.median(self.scenario, self.reference, self.metric)
        else:
            ref = self.reference
        if mine is None or ref is None:
            return "no data", DASH
        if isinstance(self.reference, str):
            measured = f"{mine / ref:.2f}x {self.reference}" if ref else DASH
        else:
            measured = f"{self.metric.fmt.format(mine)} ({self.metric.title})"
        bound = self.factor * ref
        ok = mine <= bound if self.at_most else mine >= bound
        return measured, "met" if ok else "**missed**"


def render_targets(results: Results, targets: Sequence[Target]) -> str:
    lines = ["### Targets", "", "| target | measured (medians) | result |", "|---|---|---|"]
    for target in targets:
        measured, verdict = target.check(results)
        lines.append(f"| {target.text} | {measured} | {verdict} |")
    return "\n".join(lines) + "\n"
