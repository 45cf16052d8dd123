"""Fault injection: make the local server fail the way real networks and servers do.

Set through ``server.faults``; each rule applies to the next ``count`` matching requests
(``path`` limits it to URLs starting with that path; ``count=None`` means every one).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field

from ._errors import DOCUMENTED_ERRORS

__all__ = ["Faults", "PlannedFaults"]


@dataclass
class _Rule:
    kind: str
    remaining: int | None
    path: str | None
    status: int = 503
    message: str | None = None
    retry_after: float | None = None
    retry_after_ms: int | None = None
    seconds: float = 0.0
    chunks: int = 0
    error_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    def matches(self, path: str, streaming: bool) -> bool:
        if self.path is not None and not path.startswith(self.path):
            return False
        return streaming or self.kind != "drop"


@dataclass
class PlannedFaults:
    """What the server does to one request."""

    failure: _Rule | None = None
    delay: float = 0.0
    drop_after: int | None = None
    malformed: bool = False

    def failure_headers(self) -> dict[str, str]:
        headers: dict[str, str] = {}
        rule = self.failure
        if rule is not None and rule.retry_after is not None:
            headers["Retry-After"] = f"{rule.retry_after:g}"
        if rule is not None and rule.retry_after_ms is not None:
            headers["retry-after-ms"] = str(rule.retry_after_ms)
        if rule is not None:
            headers.update(rule.headers)
        return headers


class Faults:
    """The faults the server will inject; thread-safe."""

    def __init__(self) -> None:
        self._rules: list[_Rule] = []
        self._lock = threading.Lock()

    def _add(self, rule: _Rule) -> None:
        if rule.remaining is not None and rule.remaining < 1:
            raise ValueError("count must be at least 1 (or None for every request)")
        with self._lock:
            self._rules.append(rule)

    def fail_next(
        self,
        count: int | None = 1,
        *,
        status: int | None = None,
        error_type: str | None = None,
        retry_after: float | None = None,
        retry_after_ms: int | None = None,
        headers: Mapping[str, str] | None = None,
        message: str | None = None,
        path: str | None = None,
    ) -> None:
        """Answer the next ``count`` requests with ``status`` and an ErrorResponse body,
        with ``Retry-After`` (seconds) / ``retry-after-ms`` / any other ``headers`` given.

        ``error_type`` sets the body's ``error.type``; for a type Moonshot documents
        (``exceeded_current_quota_error``, ``engine_overloaded_error``,
        ``rate_limit_reached_error``, ``content_filter``...) the status and message
        default to the documented ones. Otherwise the status defaults to 503.
        """
        documented = DOCUMENTED_ERRORS.get(error_type or "")
        self._add(
            _Rule(
                "fail",
                count,
                path,
                status=status or (documented[0] if documented else 503),
                message=message or (documented[1] if documented else None),
                retry_after=retry_after,
                retry_after_ms=retry_after_ms,
                error_type=error_type,
                headers=dict(headers or {}),
            )
        )

    def delay(self, seconds: float, *, count: int | None = 1, path: str | None = None) -> None:
        """Wait ``seconds`` before answering the next ``count`` requests."""
        self._add(_Rule("delay", count, path, seconds=seconds))

    def drop_stream_after(
        self, chunks: int, *, count: int | None = 1, path: str | None = None
    ) -> None:
        """Cut the connection of the next ``count`` streamed answers after ``chunks`` events."""
        self._add(_Rule("drop", count, path, chunks=chunks))

    def malformed_next(self, count: int | None = 1, *, path: str | None = None) -> None:
        """Answer the next ``count`` successful requests with a body that is not valid JSON."""
        self._add(_Rule("malformed", count, path))

    def clear(self) -> None:
        """Remove every pending fault."""
        with self._lock:
            self._rules.clear()

    @property
    def pending(self) -> int:
        """How many rules still have requests to affect."""
        with self._lock:
            return len(self._rules)

    def plan(self, path: str, streaming: bool) -> PlannedFaults:
        """Take the faults for one request (used by the server)."""
        plan = PlannedFaults()
        with self._lock:
            taken: set[str] = set()
            for rule in self._rules:
                if rule.kind in taken or not rule.matches(path, streaming):
                    continue
                taken.add(rule.kind)
                if rule.kind == "fail":
                    plan.failure = rule
                elif rule.kind == "delay":
                    plan.delay = rule.seconds
                elif rule.kind == "drop":
                    plan.drop_after = rule.chunks
                else:
                    plan.malformed = True
                if rule.remaining is not None:
                    rule.remaining -= 1
            self._rules = [r for r in self._rules if r.remaining is None or r.remaining > 0]
        return plan
