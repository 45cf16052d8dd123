"""The call in progress (a context variable) and the retry notes the transport gives it.

Light on purpose: the transport imports it; nothing here imports OpenTelemetry.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Protocol

__all__ = ["CURRENT", "Attempts", "note_retry"]


class Attempts(Protocol):
    """What a traced call does with a retry."""

    def retry(self, attempt: int, reason: str, wait: float) -> None: ...


# Set by a traced call around its sends (never when telemetry is off).
CURRENT: ContextVar[Attempts | None] = ContextVar("moonshot_telemetry_call", default=None)


def note_retry(attempt: int, reason: str, wait: float) -> None:
    """Tell the call being sent that try ``attempt`` failed with ``reason`` and the next
    one follows in ``wait`` seconds (nothing when no traced call is being sent)."""
    call = CURRENT.get()
    if call is not None:
        call.retry(attempt, reason, wait)
