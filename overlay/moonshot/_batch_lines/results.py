"""Waiting for a batch to finish and reading its output and error files."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from .._errors import BatchWaitTimeout, ValidationError

if TYPE_CHECKING:
    from .._openapi.answers import BatchObject, ChatCompletionResponse

__all__ = [
    "TERMINAL_STATUSES",
    "BatchResult",
    "BatchWatch",
    "parse_result_line",
    "result_file_ids",
    "result_from_raw",
]

# The statuses a batch does not leave (BatchObject.status; the document does not mark them).
TERMINAL_STATUSES = frozenset({"completed", "failed", "expired", "cancelled"})


@dataclass(frozen=True)
class BatchResult:
    """One line of a batch's output or error file.

    ``custom_id`` ties it to its request; ``status_code`` and ``body`` are the chat
    response (``completion`` parses a successful one); ``error`` is the line's error
    object, or the response body's ``error`` when the status is not 2xx.
    """

    custom_id: str | None
    status_code: int | None
    body: Any
    error: Any
    raw: dict[str, Any] = field(repr=False)

    @property
    def ok(self) -> bool:
        return self.error is None and self.status_code is not None and self.status_code < 300

    @property
    def completion(self) -> ChatCompletionResponse | None:
        """The response body as a ChatCompletionResponse, for a successful line."""
        if not self.ok or not isinstance(self.body, dict):
            return None
        from .._openapi import generated
        from .._openapi.model_builders import build

        return cast("ChatCompletionResponse", build(generated.ChatCompletionResponse, self.body))


def parse_result_line(line: str) -> BatchResult:
    """A result object from one JSONL line; ValueError if it is not a JSON object."""
    raw = json.loads(line)
    if not isinstance(raw, dict):
        raise ValueError(f"expected a JSON object, got {type(raw).__name__}")
    return result_from_raw(raw)


def result_from_raw(raw: dict[str, Any]) -> BatchResult:
    """A result object from one decoded result line."""
    response = raw.get("response")
    if not isinstance(response, dict):
        response = {}
    status = response.get("status_code")
    body = response.get("body")
    error = raw.get("error")
    if error is None and isinstance(status, int) and status >= 300 and isinstance(body, dict):
        error = body.get("error", body)
    custom_id = raw.get("custom_id")
    return BatchResult(
        custom_id=str(custom_id) if custom_id is not None else None,
        status_code=status if isinstance(status, int) else None,
        body=body,
        error=error,
        raw=raw,
    )


def result_file_ids(batch: BatchObject) -> list[str]:
    """The output file id, then the error file id, of those the batch has."""
    ids = []
    for name in ("output_file_id", "error_file_id"):
        value = getattr(batch, name, None)
        if isinstance(value, str) and value:
            ids.append(value)
    return ids


def _status(batch: BatchObject) -> str:
    status = batch.status
    return str(getattr(status, "value", status))


def _counts(batch: BatchObject) -> Any:
    counts = batch.request_counts
    return counts.to_dict() if hasattr(counts, "to_dict") else counts


class BatchWatch:
    """The polling bookkeeping ``wait`` shares between the sync and async clients.

    ``on_update(batch)`` is called for the first state seen and whenever the status or
    the request counts change.
    """

    def __init__(
        self,
        poll_interval: float,
        timeout: float | None,
        on_update: Callable[[BatchObject], object] | None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not isinstance(poll_interval, int | float) or poll_interval < 0:
            raise ValidationError(
                f"poll_interval: expected seconds >= 0, got {poll_interval!r}",
                field="poll_interval",
            )
        if timeout is not None and (not isinstance(timeout, int | float) or timeout < 0):
            raise ValidationError(
                f"timeout: expected seconds >= 0 or None, got {timeout!r}", field="timeout"
            )
        self.poll_interval = float(poll_interval)
        self.timeout = timeout
        self._clock = clock
        self._deadline = None if timeout is None else clock() + timeout
        self._on_update = on_update
        self._last: tuple[str, Any] | None = None

    def done(self, batch: BatchObject) -> bool:
        """Record a polled state; True when it is terminal."""
        state = (_status(batch), _counts(batch))
        if state != self._last and self._on_update is not None:
            self._on_update(batch)
        self._last = state
        return state[0] in TERMINAL_STATUSES

    def pause(self, batch: BatchObject) -> float:
        """Seconds to sleep before the next poll; raises BatchWaitTimeout when out of time."""
        if self._deadline is None:
            return self.poll_interval
        remaining = self._deadline - self._clock()
        if remaining <= 0:
            raise BatchWaitTimeout(
                f"batch {batch.id} is still {_status(batch)!r} after {self.timeout} s "
                f"(waiting for one of {', '.join(sorted(TERMINAL_STATUSES))})",
                batch,
            )
        return min(self.poll_interval, remaining)
