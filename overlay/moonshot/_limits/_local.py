"""The in-process store: one budget for the threads and tasks of this process.

Every method holds a lock for a few operations and never waits, so the async clients
call it directly; the waiting is the gate's (``_gate``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from ._policy import Policy

__all__ = ["POLL_SECONDS", "AsyncLocalStore", "LocalStore"]

POLL_SECONDS = 0.005
"""How long a request waits before it looks again for a free concurrency slot."""


class LocalStore:
    """Concurrency slots, RPM and TPM spacing, and the server's pause and budget."""

    name: str = "in-process"

    def __init__(self, policy: Policy, clock: Callable[[], float] = time.monotonic) -> None:
        self._policy = policy
        self._request_gap = policy.request_gap
        self._token_gap = policy.token_gap
        self._clock = clock
        self._lock = threading.Lock()
        self._leases: set[str] = set()
        self._next_request = 0.0
        self._next_tokens = 0.0
        self._pause_until = 0.0
        self._budget_left = 0
        self._budget_until = 0.0

    @property
    def in_flight(self) -> int:
        """Slots taken now."""
        return len(self._leases)

    def take(self, lease: str, tokens: int) -> float:
        """Take a slot, an RPM unit and ``tokens``, all or none: 0.0 when taken, else the
        seconds to wait before asking again."""
        with self._lock:
            now = self._clock()
            wait = max(self._pause_until - now, 0.0)
            budgeted = now < self._budget_until
            if budgeted and self._budget_left <= 0:
                wait = max(wait, self._budget_until - now)
            if self._request_gap:
                wait = max(wait, self._next_request - now)
            if self._token_gap:
                wait = max(wait, self._next_tokens - now)
            concurrency = self._policy.concurrency
            if concurrency is not None and len(self._leases) >= concurrency:
                wait = max(wait, POLL_SECONDS)
            if wait > 0:
                return wait
            if concurrency is not None:
                self._leases.add(lease)
            if self._request_gap:
                self._next_request = max(now, self._next_request) + self._request_gap
            if self._token_gap and tokens > 0:
                self._next_tokens = max(now, self._next_tokens) + tokens * self._token_gap
            if budgeted:
                self._budget_left -= 1
            return 0.0

    def release(self, lease: str) -> None:
        """Give a slot back (a lease given back twice is given back once)."""
        with self._lock:
            self._leases.discard(lease)

    forget = release  # a response dropped unclosed: in one process, give it back now

    def correct(self, tokens: int) -> None:
        """Book ``tokens`` more (fewer when negative) than the request was charged."""
        if self._token_gap and tokens:
            with self._lock:
                self._next_tokens += tokens * self._token_gap

    def pause(self, seconds: float) -> None:
        """Send nothing for ``seconds`` (a 429's wait)."""
        with self._lock:
            self._pause_until = max(self._pause_until, self._clock() + seconds)

    def budget(self, remaining: int, reset: float) -> None:
        """The server allows ``remaining`` more requests for ``reset`` seconds."""
        with self._lock:
            self._budget_left = remaining
            self._budget_until = self._clock() + reset


class AsyncLocalStore:
    """The in-process store behind the async interface (it never blocks, so no thread)."""

    store: LocalStore
    name: str

    def __init__(self, store: LocalStore) -> None:
        self.store = store
        self.name = store.name

    async def take(self, lease: str, tokens: int) -> float:
        return self.store.take(lease, tokens)

    async def release(self, lease: str) -> None:
        self.store.release(lease)

    def forget(self, lease: str) -> None:
        self.store.release(lease)

    async def correct(self, tokens: int) -> None:
        self.store.correct(tokens)

    async def pause(self, seconds: float) -> None:
        self.store.pause(seconds)

    async def budget(self, remaining: int, reset: float) -> None:
        self.store.budget(remaining, reset)
