"""Plain-text progress bars on stderr (no dependency, no terminal codes beyond ``\\r``)."""

from __future__ import annotations

import sys
from typing import TextIO

__all__ = ["ProgressBar", "human_bytes"]


def human_bytes(size: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"


class ProgressBar:
    """``label [#########-----------]  45%  detail``, redrawn in place on one line."""

    def __init__(self, label: str, width: int = 30, stream: TextIO | None = None) -> None:
        self.label = label
        self.width = width
        self.stream = stream or sys.stderr
        self._last = ""

    def update(self, done: float, total: float, detail: str = "") -> None:
        fraction = 1.0 if total <= 0 else max(0.0, min(done / total, 1.0))
        filled = round(fraction * self.width)
        line = (
            f"{self.label} [{'#' * filled}{'-' * (self.width - filled)}] "
            f"{fraction * 100:3.0f}%  {detail}".rstrip()
        )
        if line != self._last:
            self.stream.write("\r" + line + " " * max(0, len(self._last) - len(line)))
            self.stream.flush()
            self._last = line

    def finish(self) -> None:
        if self._last:
            self.stream.write("\n")
            self.stream.flush()
            self._last = ""
