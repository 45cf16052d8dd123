"""The docs' charts, drawn from measured data (never by hand), as SVG text.

* ``bench_chart``: the side-by-side benchmark (``bench/harness.py``'s JSON: one sample per
  scenario, client and round); each panel shows a scenario's median rate per client.
* ``pacing_chart``: a ``create_many`` run over time (``bench/live/pacing.py``'s JSON):
  requests in flight, and answers per second (over the last second) against the limit.

``python scripts/docs_charts.py bench.json pacing.json OUTDIR`` writes ``bench.svg`` and
``pacing.svg``; the docs build calls the two functions on ``docs/data/*.json``.
"""

from __future__ import annotations

import io
import json
import statistics
import sys
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt

# Fixed ids and no date, so the same data draws the same bytes.
matplotlib.rcParams["svg.hashsalt"] = "moonshot-docs"
matplotlib.rcParams["font.size"] = 9

# Scenario -> (panel title, unit, scale): a sample's figure is units per wall second times
# scale (uploads count bytes), except for "import", shown as milliseconds per import.
PANELS: dict[str, tuple[str, str, float]] = {
    "chat-sync": ("Chat, sequential (sync)", "requests/s", 1.0),
    "chat-async": ("Chat, 50 concurrent (async)", "requests/s", 1.0),
    "stream": ("One SSE stream", "chunks/s", 1.0),
    "upload": ("Upload from a path", "MB/s", 1e-6),
    "import": ("Import, fresh process", "ms", 1.0),
    "http2": ("100 concurrent SSE streams", "chunks/s", 1.0),
}


def _svg(figure: Any) -> str:
    out = io.StringIO()
    figure.savefig(out, format="svg", metadata={"Date": None}, bbox_inches="tight")
    plt.close(figure)
    return out.getvalue()


def figure_of(sample: dict[str, Any]) -> float:
    """What a sample shows: its rate in the panel's unit (import: milliseconds)."""
    if sample["scenario"] == "import":
        return float(sample["wall"] * 1000 / sample["units"])
    scale = PANELS.get(sample["scenario"], ("", "", 1.0))[2]
    return float(sample["units"] / sample["wall"] * scale)


def medians(data: dict[str, Any]) -> dict[str, dict[str, float]]:
    """Scenario -> client -> median figure over the rounds."""
    rates: dict[str, dict[str, list[float]]] = {}
    for sample in data["samples"]:
        if sample["wall"] > 0:
            scenario = rates.setdefault(sample["scenario"], {})
            scenario.setdefault(sample["client"], []).append(figure_of(sample))
    return {s: {c: statistics.median(v) for c, v in cs.items()} for s, cs in rates.items()}


def bench_chart(data: dict[str, Any]) -> str:
    found = medians(data)
    shown = [s for s in PANELS if s in found]
    figure, axes = plt.subplots(len(shown), 1, figsize=(7, 1.55 * len(shown) + 0.4))
    for axis, scenario in zip(axes if len(shown) > 1 else [axes], shown, strict=True):
        title, unit, _ = PANELS[scenario]
        lower = scenario == "import"
        clients = sorted(found[scenario], key=found[scenario].__getitem__, reverse=lower)
        values = [found[scenario][c] for c in clients]
        colours = ["#2563eb" if c.startswith("moonshot") else "#9ca3af" for c in clients]
        axis.barh(clients, values, color=colours)
        better = "lower" if lower else "higher"
        axis.set_title(f"{title} ({unit}, {better} is better)", loc="left")
        for y, value in enumerate(values):
            axis.text(value, y, f" {value:,.0f}", va="center")
        axis.set_xlim(0, max(values) * 1.25)
        axis.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    return _svg(figure)


def pacing_chart(data: dict[str, Any]) -> str:
    snapshots = data["snapshots"]
    times = [s["t"] for s in snapshots]
    limit = data["rpm_limit"] / 60
    # Answers per second: results in the last second, at each snapshot.
    rate = []
    start = 0
    for i, t in enumerate(times):
        while times[start] < t - 1.0:
            start += 1
        rate.append(snapshots[i]["done"] - snapshots[start]["done"] if t >= 1.0 else None)
    figure, (flight, speed) = plt.subplots(2, 1, figsize=(7, 4), sharex=True)
    flight.step(times, [s["in_flight"] for s in snapshots], where="post", color="#2563eb")
    flight.axhline(data["max_concurrency"], color="#dc2626", linestyle="--", linewidth=1)
    flight.set_ylabel("in flight")
    flight.set_title(
        f"create_many: {data['requests']} requests, limit {data['rpm_limit']} RPM "
        f"({limit:g}/s), answers after {data['latency_seconds']} s",
        loc="left",
    )
    speed.plot(times, rate, color="#2563eb", label="answers in the last second")
    speed.axhline(limit, color="#dc2626", linestyle="--", linewidth=1, label="the limit")
    speed.set_ylabel("per second")
    speed.set_xlabel("seconds since the start")
    speed.legend(loc="lower right", frameon=False)
    for axis in (flight, speed):
        axis.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    return _svg(figure)


def main() -> None:
    bench, pacing, outdir = (Path(a) for a in sys.argv[1:4])
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / "bench.svg").write_text(bench_chart(json.loads(bench.read_text())))
    (outdir / "pacing.svg").write_text(pacing_chart(json.loads(pacing.read_text())))


if __name__ == "__main__":
    main()
