"""When to retry a request and how long to wait first."""

from __future__ import annotations

import email.utils
import random
import time
from dataclasses import dataclass

import httpx2

from .. import _defaults

__all__ = ["RetryPolicy", "retry_after_seconds"]

RETRYABLE_STATUSES = frozenset({408, 409, 429})


def retry_after_seconds(headers: httpx2.Headers, *, now: float | None = None) -> float | None:
    """The wait the server asked for: ``retry-after-ms``, else ``Retry-After`` (seconds or date)."""
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        try:
            return max(float(raw_ms) / 1000.0, 0.0)
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if raw is None:
        return None
    try:
        return max(float(raw), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    current = time.time() if now is None else now
    return max(when.timestamp() - current, 0.0)


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff from ``initial_delay`` doubling to ``max_delay``, with jitter.

    A server-requested wait (``Retry-After`` / ``retry-after-ms``) is honoured up to
    ``max_retry_after``; a longer one is not waited for: the error is raised at once.
    """

    max_retries: int = _defaults.DEFAULT_MAX_RETRIES
    initial_delay: float = _defaults.DEFAULT_INITIAL_BACKOFF
    max_delay: float = _defaults.DEFAULT_MAX_BACKOFF
    max_retry_after: float = _defaults.DEFAULT_MAX_RETRY_AFTER

    @staticmethod
    def retryable_status(status_code: int) -> bool:
        return status_code in RETRYABLE_STATUSES or status_code >= 500

    def backoff(self, retries_done: int) -> float:
        """Delay before retry number ``retries_done + 1`` when the server named none."""
        base = min(self.initial_delay * (2.0**retries_done), self.max_delay)
        return base * (1 - 0.25 * random.random())

    def delay_for(self, retries_done: int, response: httpx2.Response | None) -> float | None:
        """Seconds to wait before the next try, or None when the next try must not happen."""
        if retries_done >= self.max_retries:
            return None
        if response is not None:
            asked = retry_after_seconds(response.headers)
            if asked is not None:
                return asked if asked <= self.max_retry_after else None
        return self.backoff(retries_done)
