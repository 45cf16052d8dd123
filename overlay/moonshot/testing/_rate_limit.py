"""An optional per-key request limit for the local server, with the documented headers.

Moonshot reports ``X-RateLimit-Limit``, ``X-RateLimit-Remaining`` and
``X-RateLimit-Reset`` on its responses and answers 429 ``rate_limit_reached_error`` past
the limit. Here the limit is ``limit`` requests per ``window`` seconds for each API key
(a fixed window that starts with the key's first request); ``Reset`` and, on a 429,
``Retry-After`` are the whole seconds left in the window.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

__all__ = ["KeyRateLimiter", "RateDecision"]


@dataclass(frozen=True)
class RateDecision:
    allowed: bool
    headers: dict[str, str]


class KeyRateLimiter:
    """``limit`` requests per ``window`` seconds per key; thread-safe."""

    def __init__(self, limit: int, window: float = 60.0) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("rate_limit must be at least 1 and rate_limit_window positive")
        self.limit = limit
        self.window = window
        self._windows: dict[str, tuple[float, int]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> RateDecision:
        """Count one request for ``key``; the headers to send and whether to answer it."""
        now = time.monotonic()
        with self._lock:
            started, used = self._windows.get(key, (now, 0))
            if now - started >= self.window:
                started, used = now, 0
            allowed = used < self.limit
            if allowed:
                used += 1
            self._windows[key] = (started, used)
        left = max(math.ceil(started + self.window - now), 0)
        headers = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.limit - used),
            "X-RateLimit-Reset": str(left),
        }
        if not allowed:
            headers["Retry-After"] = str(left)
        return RateDecision(allowed, headers)
