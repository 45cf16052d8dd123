"""``X-RateLimit-*`` headers, readable from results and from errors.

Moonshot's rate-limit page documents ``X-RateLimit-Limit`` (the cap),
``X-RateLimit-Remaining`` and ``X-RateLimit-Reset`` (when the limit resets). Errors carry
them as ``error.rate_limit``; a result the client parsed is looked up with
:func:`rate_limit_of`, since the generated models have no room for response headers.
"""

from __future__ import annotations

import email.utils
import time
import weakref
from dataclasses import dataclass
from typing import Any

import httpx

__all__ = ["RateLimitInfo", "rate_limit_of", "remember_rate_limit"]

_HEADERS = ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset")
# Above this a bare number in X-RateLimit-Reset is a Unix time, not a number of seconds.
_EPOCH_THRESHOLD = 1_000_000_000


def _number(raw: str | None) -> int | None:
    if raw is None:
        return None
    try:
        return int(float(raw))
    except ValueError:
        return None


@dataclass(frozen=True)
class RateLimitInfo:
    """The rate-limit state one response reported (None where a header was absent)."""

    limit: int | None
    remaining: int | None
    reset: str | None
    """The raw ``X-RateLimit-Reset`` value; :meth:`reset_seconds` reads it."""

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> RateLimitInfo | None:
        """The headers' values, or None when the response has none of them."""
        if not any(name in headers for name in _HEADERS):
            return None
        return cls(
            limit=_number(headers.get("x-ratelimit-limit")),
            remaining=_number(headers.get("x-ratelimit-remaining")),
            reset=headers.get("x-ratelimit-reset"),
        )

    def reset_seconds(self, *, now: float | None = None) -> float | None:
        """Seconds until the limit resets: from a number of seconds (``"12"``, ``"1.5s"``),
        a Unix time, or an HTTP date; None when absent or unreadable."""
        raw = (self.reset or "").strip().removesuffix("s")
        if not raw:
            return None
        current = time.time() if now is None else now
        try:
            value = float(raw)
        except ValueError:
            try:
                value = email.utils.parsedate_to_datetime(self.reset or "").timestamp()
            except (TypeError, ValueError, IndexError):
                return None
            return max(value - current, 0.0)
        return max(value - current, 0.0) if value > _EPOCH_THRESHOLD else max(value, 0.0)


# id(result) -> (weak reference to it, its rate-limit info); entries leave with the result.
_SEEN: dict[int, tuple[weakref.ref[Any], RateLimitInfo]] = {}


def remember_rate_limit(result: Any, response: httpx.Response) -> None:
    """Keep the response's rate-limit headers for :func:`rate_limit_of` ``(result)``."""
    info = RateLimitInfo.from_headers(response.headers)
    if info is None:
        return
    key = id(result)
    try:
        ref = weakref.ref(result, lambda _ref: _SEEN.pop(key, None))
    except TypeError:  # lists, str: nothing to hang the headers on
        return
    _SEEN[key] = (ref, info)


def rate_limit_of(result: Any) -> RateLimitInfo | None:
    """The ``X-RateLimit-*`` values sent with the response ``result`` was parsed from;
    for a stream (or anything with an httpx ``response``), those of its response."""
    found = _SEEN.get(id(result))
    if found is not None and found[0]() is result:
        return found[1]
    response = getattr(result, "response", None)
    if isinstance(response, httpx.Response):
        return RateLimitInfo.from_headers(response.headers)
    return None
