"""When the next request may leave: concurrency (AIMD), RPM, TPM and the server's word.

Pure bookkeeping on an injected clock, shared by the sync and async runners, so tests
drive it with a fake clock.

* RPM and TPM: requests (and their estimated tokens) are spaced evenly at ``headroom``
  of the given rates (a generic cell rate: each one books ``60 / rpm`` seconds, and
  ``tokens * 60 / tpm``), which keeps under a fixed or a sliding window alike.
* ``X-RateLimit-Remaining`` is a budget: the server counted it when the request that
  carried it arrived, so it allows that many sends after that request's own, and then
  none until ``X-RateLimit-Reset`` (the newest request's answer wins). A 429
  that names a wait (``Retry-After``, ``X-Retry-After``, ``Msh-Cooldown-Seconds``) holds
  them for that wait: the limits are the account's, so every request waits.
* Concurrency: a window between 1 and ``max_concurrency``. A success adds ``1 / window``
  (one more request per window of successes); a ``rate_limit_reached_error`` halves it,
  once per round (throttles of requests sent before the last decrease do not count
  again). The number in flight at the throttle is remembered as the ceiling the server
  allows; above it the window climbs ten times slower, so probing for a raised limit
  costs few 429s.
"""

from __future__ import annotations

import time
from collections.abc import Callable

__all__ = ["HEADROOM", "Pacer"]

HEADROOM = 0.97
"""The share of the given ``rpm`` / ``tpm`` the runner paces at: clock skew and network
jitter against the server's window must not turn the last request of a window into a 429."""
_DECREASE = 0.5
_PROBE_SLOWDOWN = 10.0


class Pacer:
    """Decides when the next request may be sent."""

    def __init__(
        self,
        max_concurrency: int,
        rpm: float | None = None,
        tpm: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_concurrency = max_concurrency
        self.window = float(max_concurrency)
        self.ceiling: float | None = None
        self._request_gap = 60.0 / (rpm * HEADROOM) if rpm else 0.0
        self._token_gap = 60.0 / (tpm * HEADROOM) if tpm else 0.0
        self._clock = clock
        self._next_request = 0.0
        self._next_tokens = 0.0
        self._hold_until = 0.0
        self._sent = 0
        self._decreased_at = 0  # the send number of the last decrease
        # From X-RateLimit-*: sends allowed up to this send number until the reset.
        self._budget_to = 0
        self._budget_from = 0  # the send number whose answer set the budget
        self._budget_until = 0.0

    @property
    def slots(self) -> int:
        """How many requests may be in flight now."""
        return max(1, int(self.window))

    def delay(self) -> float:
        """Seconds until a request may leave (0.0: now), not counting free slots."""
        now = self._clock()
        ready = max(self._hold_until, self._next_request, self._next_tokens)
        if now < self._budget_until and self._sent >= self._budget_to:
            ready = max(ready, self._budget_until)  # the server's budget is spent
        return max(ready - now, 0.0)

    def budget(self, send_number: int, remaining: int, reset: float | None) -> None:
        """The answer to send ``send_number`` said ``remaining`` requests are left for
        ``reset`` seconds (None: unknown, taken as no wait past a spent budget)."""
        if send_number < self._budget_from or reset is None:
            return  # an older answer than the one the budget came from
        self._budget_from = send_number
        self._budget_to = send_number + remaining
        self._budget_until = self._clock() + reset

    def sent(self, tokens: int) -> int:
        """Book one request of ``tokens`` leaving now; returns its send number."""
        now = self._clock()
        if self._request_gap:
            self._next_request = max(now, self._next_request) + self._request_gap
        if self._token_gap:
            self._next_tokens = max(now, self._next_tokens) + tokens * self._token_gap
        self._sent += 1
        return self._sent

    def hold(self, seconds: float) -> None:
        """Send nothing for ``seconds`` (a server-named wait, a window's reset)."""
        self._hold_until = max(self._hold_until, self._clock() + seconds)

    def succeeded(self) -> None:
        step = 1.0 / self.window
        if self.ceiling is not None and self.window >= self.ceiling:
            step /= _PROBE_SLOWDOWN
        self.window = min(self.window + step, float(self.max_concurrency))
        if self.ceiling is not None and self.window >= self.ceiling + 1:
            self.ceiling = None  # the server took more than it did before: forget it

    def throttled(self, send_number: int, in_flight_then: int) -> bool:
        """A request (sent as ``send_number`` with ``in_flight_then`` in flight) was rate
        limited; returns True when that lowered the window (once per round)."""
        hint = float(max(in_flight_then - 1, 1))
        if send_number <= self._decreased_at:  # the same round: only a better estimate
            self.ceiling = hint if self.ceiling is None else min(self.ceiling, hint)
            self.window = max(1.0, min(self.window, self.ceiling))
            return False
        self._decreased_at = self._sent
        self.ceiling = hint
        self.window = max(1.0, min(self.window * _DECREASE, self.ceiling))
        return True
