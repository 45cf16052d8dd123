"""The ``output=`` file: one JSON line per request, appended and flushed as results arrive.

Each line goes out in one unbuffered ``write``, so a run killed at any moment leaves
whole lines, and at worst one torn last line, which the next run cuts off before it
appends (that request is then sent again: its result was never kept). The next run
skips every ``custom_id`` the file already holds, so none is done twice and none lost.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

__all__ = ["ResultFile"]


def _cut_torn_tail(path: Path) -> None:
    """Drop a last line that has no newline (a write cut short by a kill)."""
    with open(path, "rb+") as handle:
        size = handle.seek(0, os.SEEK_END)
        if size == 0:
            return
        handle.seek(size - 1)
        if handle.read(1) == b"\n":
            return
        position = size
        while position > 0:
            step = min(65536, position)
            position -= step
            handle.seek(position)
            block = handle.read(step)
            newline = block.rfind(b"\n")
            if newline >= 0:
                handle.truncate(position + newline + 1)
                return
        handle.truncate(0)


def _done_ids(path: Path) -> set[str]:
    done: set[str] = set()
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            try:
                custom_id = json.loads(line).get("custom_id")
            except (ValueError, AttributeError):
                continue
            if isinstance(custom_id, str):
                done.add(custom_id)
    return done


class ResultFile:
    """An append-only JSONL file of results; ``done`` holds the custom_ids already in it."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        if self.path.exists():
            _cut_torn_tail(self.path)
            self.done = _done_ids(self.path)
        else:
            self.done = set()
        self._handle = open(self.path, "ab", buffering=0)  # noqa: SIM115 - closed by close()

    def append(self, line: dict[str, Any]) -> None:
        data = json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self._handle.write(data + b"\n")

    def close(self) -> None:
        self._handle.close()
