"""``moonshot batch run requests.jsonl [--wait]``: submit a batch, follow it, print results."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .. import Moonshot
from ._progress import ProgressBar

__all__ = ["run_batch"]


def _read_requests(path: Path) -> list[Any]:
    requests = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            requests.append(json.loads(line))
        except ValueError as exc:
            raise ValueError(f"{path}:{number}: not a JSON line ({exc.args[0]})") from None
    return requests


def _wait(client: Moonshot, batch_id: str, poll: float) -> Any:
    bar = ProgressBar(f"batch {batch_id}")

    def show(batch: Any) -> None:
        counts = batch.request_counts
        done = counts.completed + counts.failed
        bar.update(done, counts.total or 1, f"{done}/{counts.total} {batch.status.value}")

    try:
        return client.batches.wait(batch_id, poll_interval=poll, on_update=show)
    finally:
        bar.finish()


def _first_text(completion: Any) -> str:
    choices = completion.choices if isinstance(completion.choices, list) else []
    content = choices[0].message.content if choices else None
    return content if isinstance(content, str) else ""


def print_result(result: Any) -> bool:
    """One line per result on stdout: its text, or FAILED and the error; True if it is ok."""
    completion = result.completion
    if completion is not None:
        print(f"{result.custom_id}: {_first_text(completion)}")
        return True
    print(f"{result.custom_id}: FAILED {json.dumps(result.error)}")
    return False


def _print_results(client: Moonshot, batch: Any, output: Path | None) -> int:
    sink = output.open("w", encoding="utf-8") if output else None
    failed = 0
    try:
        for result in client.batches.results(batch):
            if sink is not None:
                sink.write(json.dumps(result.raw, ensure_ascii=False) + "\n")
            failed += not print_result(result)
    finally:
        if sink is not None:
            sink.close()
    return failed


def run_batch(client: Moonshot, args: argparse.Namespace) -> int:
    requests = _read_requests(Path(args.requests))
    batch = client.batches.create_from_requests(requests, completion_window=args.completion_window)
    sys.stderr.write(f"created {batch.id} with {len(requests)} requests\n")
    if not args.wait:
        print(batch.id)
        return 0
    batch = _wait(client, batch.id, args.poll)
    status = batch.status.value
    if status != "completed":
        sys.stderr.write(f"batch {batch.id} ended {status}\n")
        return 1
    failed = _print_results(client, batch, Path(args.output) if args.output else None)
    return 1 if failed else 0
