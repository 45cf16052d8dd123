"""Progress of a ``create_many`` run: counts, the current concurrency and an ETA."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Progress", "ProgressTracker"]


@dataclass(frozen=True)
class Progress:
    """A snapshot passed to ``on_progress`` after every result and every 429."""

    done: int
    """Results this run produced (successes and failures)."""
    failed: int
    """Of those, the ones that are not a successful completion (rejected lines included)."""
    rate_limited: int
    """429 ``rate_limit_reached_error`` answers met so far (each was retried)."""
    skipped: int
    """Requests already in the ``output=`` file from an earlier run, not sent again."""
    in_flight: int
    concurrency: int
    """The concurrency the runner allows itself now (lowered after 429s, climbing back)."""
    total: int | None
    """How many requests there are, when the input has a length (or the CLI counted)."""
    elapsed: float
    """Seconds since the run started."""

    @property
    def eta(self) -> float | None:
        """Seconds left at the rate so far; None while unknown."""
        if self.total is None or self.done == 0 or self.elapsed <= 0:
            return None
        left = self.total - self.skipped - self.done
        return max(left, 0) * self.elapsed / self.done


class ProgressTracker:
    """Counts for :class:`Progress`, reported through the caller's callback."""

    def __init__(
        self,
        total: int | None,
        callback: Callable[[Progress], object] | None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = total
        self.done = 0
        self.failed = 0
        self.rate_limited = 0
        self.skipped = 0
        self._callback = callback
        self._clock = clock
        self._started = clock()

    def snapshot(self, in_flight: int, concurrency: int) -> Progress:
        return Progress(
            done=self.done,
            failed=self.failed,
            rate_limited=self.rate_limited,
            skipped=self.skipped,
            in_flight=in_flight,
            concurrency=concurrency,
            total=self.total,
            elapsed=self._clock() - self._started,
        )

    def report(self, in_flight: int, concurrency: int) -> None:
        if self._callback is not None:
            self._callback(self.snapshot(in_flight, concurrency))
