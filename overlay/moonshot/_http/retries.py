"""When to retry a request and how long to wait first."""

from __future__ import annotations

import email.utils
import random
import time
from dataclasses import dataclass

import httpx2

from .. import _defaults
from .._errors import RateLimitInfo
from .error_types import NEVER_RETRIED_TYPES, error_type_of

__all__ = ["RetryPolicy", "retry_after_seconds"]

RETRYABLE_STATUSES = frozenset({408, 409, 429})
# Moonshot's gateway names the wait in any of these (seconds, or an HTTP date).
WAIT_HEADERS = ("retry-after", "x-retry-after", "msh-cooldown-seconds")


def retry_after_seconds(headers: httpx2.Headers, *, now: float | None = None) -> float | None:
    """The wait the server asked for: ``retry-after-ms``, else the longest of
    ``Retry-After``, ``X-Retry-After`` and ``Msh-Cooldown-Seconds`` (seconds or date)."""
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        try:
            return max(float(raw_ms) / 1000.0, 0.0)
        except ValueError:
            pass
    waits = [_seconds(headers.get(name), now) for name in WAIT_HEADERS]
    named = [wait for wait in waits if wait is not None]
    return max(named) if named else None


def _seconds(raw: str | None, now: float | None) -> float | None:
    """A wait header's value in seconds: a number, or an HTTP date."""
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


def _until_reset(headers: httpx2.Headers) -> float | None:
    """With no wait header, a 429 whose ``X-RateLimit-Remaining`` is 0 waits for the reset."""
    info = RateLimitInfo.from_headers(headers)
    if info is None or info.remaining != 0:
        return None
    return info.reset_seconds()


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
        """Seconds to wait before the next try, or None when the next try must not happen.

        The error ``type`` of a read body decides before the status: an exhausted balance
        (``exceeded_current_quota_error``) is never retried, whatever its status.
        """
        if retries_done >= self.max_retries:
            return None
        if response is not None:
            if error_type_of(response) in NEVER_RETRIED_TYPES:
                return None
            asked = retry_after_seconds(response.headers)
            if asked is None and response.status_code == 429:
                asked = _until_reset(response.headers)
            if asked is not None:
                return asked if asked <= self.max_retry_after else None
        return self.backoff(retries_done)
