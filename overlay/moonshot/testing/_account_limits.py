"""Optional concurrency and token limits for the local server, per API key.

Moonshot limits an account by concurrency, RPM, TPM and TPD (``help-center/rate-limits.md``);
the RPM limit lives in ``_rate_limit``. This module adds the other two a runner has to
respect within a run:

* ``max_concurrency``: requests of one key being answered at the same time; one more is
  answered 429 ``rate_limit_reached_error`` "Organization-level concurrency limit
  reached" at once (no wait header: a slot frees when an answer goes out);
* ``tokens``: tokens per ``window`` seconds, counted as the gateway documents it before
  generation: the prompt (the server's token heuristic) plus ``max_completion_tokens``,
  or the model's default from the API document when the request has none. Past it the
  answer is 429 "Organization-level TPM limit reached" with ``Retry-After`` (the
  seconds until enough tokens leave the sliding window of the last ``window`` seconds).
"""

from __future__ import annotations

import collections
import threading
import time
from collections.abc import Mapping
from typing import Any

from ._tokens import count_messages

__all__ = ["AccountLimits", "LimitExceeded"]


class LimitExceeded(Exception):
    """One request is over a limit: the message and headers of the 429 to send."""

    def __init__(self, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.headers = headers or {}


def request_tokens(body: Mapping[str, Any]) -> int:
    """What the gateway counts for a chat request: prompt + the completion allowance."""
    from .._limits._tokens import completion_allowance

    prompt = count_messages(body.get("messages") or (), body.get("tools"))
    return prompt + completion_allowance(body)


class AccountLimits:
    """Concurrency and tokens-per-window limits per key; thread-safe."""

    def __init__(
        self, *, max_concurrency: int | None, tokens: int | None, window: float = 60.0
    ) -> None:
        if max_concurrency is not None and max_concurrency < 1:
            raise ValueError("max_concurrency must be at least 1")
        if tokens is not None and tokens < 1:
            raise ValueError("token_limit must be at least 1")
        self.max_concurrency = max_concurrency
        self.tokens = tokens
        self.window = window
        self._in_flight: dict[str, int] = {}
        self._token_log: dict[str, collections.deque[tuple[float, int]]] = {}
        self._lock = threading.Lock()

    def enter(self, key: str) -> bool:
        """Take a concurrency slot for ``key``; raises LimitExceeded when none is free.
        True when a slot was taken (give it back with :meth:`leave`)."""
        if self.max_concurrency is None:
            return False
        with self._lock:
            busy = self._in_flight.get(key, 0)
            if busy >= self.max_concurrency:
                raise LimitExceeded(
                    "Organization-level concurrency limit reached: "
                    f"{self.max_concurrency} requests at a time"
                )
            self._in_flight[key] = busy + 1
        return True

    def leave(self, key: str) -> None:
        with self._lock:
            self._in_flight[key] = max(self._in_flight.get(key, 1) - 1, 0)

    def spend_tokens(self, key: str, body: Any) -> None:
        """Count a chat request's tokens; raises LimitExceeded past the window's limit."""
        if self.tokens is None or not isinstance(body, Mapping):
            return
        cost = request_tokens(body)
        now = time.monotonic()
        with self._lock:
            spent = self._token_log.setdefault(key, collections.deque())
            while spent and spent[0][0] <= now - self.window:
                spent.popleft()
            used = sum(tokens for _, tokens in spent)
            allowed = used + cost <= self.tokens
            if allowed:
                spent.append((now, cost))
                return
            # the wait until enough of the window's tokens have aged out
            freed, wait = 0, self.window
            for when, tokens in spent:
                freed += tokens
                if used - freed + cost <= self.tokens:
                    wait = when + self.window - now
                    break
        raise LimitExceeded(
            f"Organization-level TPM limit reached: current:{used}, limit:{self.tokens}, "
            f"this request:{cost}",
            {"Retry-After": f"{max(wait, 0.001):.3f}"},
        )
