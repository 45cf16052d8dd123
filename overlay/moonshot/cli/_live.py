"""``moonshot batch run requests.jsonl --live``: the requests sent now with ``create_many``.

The file is read one line at a time; results go to ``--output`` (appended, so a rerun
resumes) and one line per result to stdout; progress (done / failed / rate-limited /
ETA) redraws on stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import Moonshot
from ..many_requests import Progress, read_jsonl
from ._batch import print_result
from ._progress import ProgressBar

__all__ = ["run_live"]


def _count_lines(path: Path) -> int:
    with open(path, "rb") as lines:
        return sum(1 for line in lines if line.strip())


def _eta(seconds: float | None) -> str:
    if seconds is None:
        return "ETA ?"
    minutes, secs = divmod(int(seconds + 0.5), 60)
    return f"ETA {minutes}:{secs:02d}"


def _detail(progress: Progress) -> str:
    total = "?" if progress.total is None else progress.total - progress.skipped
    return (
        f"{progress.done}/{total} done, {progress.failed} failed, "
        f"{progress.rate_limited} rate-limited, {progress.in_flight} in flight "
        f"(max {progress.concurrency}), {_eta(progress.eta)}"
    )


def run_live(client: Moonshot, args: argparse.Namespace) -> int:
    path = Path(args.requests)
    total = _count_lines(path)
    bar = ProgressBar("live")

    def show(progress: Progress) -> None:
        denominator = (progress.total or 0) - progress.skipped
        bar.update(progress.done, max(denominator, 1), _detail(progress))

    failed = 0
    try:
        results = client.chat.completions.create_many(
            read_jsonl(path),
            max_concurrency=args.max_concurrency,
            rpm=args.rpm,
            tpm=args.tpm,
            output=args.output,
            on_progress=show,
            total=total,
        )
        for result in results:
            failed += not print_result(result)
    finally:
        bar.finish()
    if failed:
        sys.stderr.write(f"{failed} request(s) failed\n")
    return 1 if failed else 0
