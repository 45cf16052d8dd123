"""The decisions of a ``create_many`` run, shared by the sync and async runners.

The runners only send and wait; this class says what to do next (send a request, hand
out a result, wait), reads every answer (success, rate limit, overload, quota, other
errors) and keeps the output file and the progress counts. Time comes from an injected
clock, so tests drive it without sleeping.
"""

from __future__ import annotations

import heapq
import itertools
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx2

from .._batch_lines.results import BatchResult, result_from_raw
from .._defaults import DEFAULT_MAX_CONCURRENCY, DEFAULT_MAX_RETRIES
from .._errors import (
    AccountLimitsStoreError,
    APIConnectionError,
    APIStatusError,
    MoonshotError,
    OverloadedError,
    QuotaExceededError,
    RateLimitInfo,
    ValidationError,
)
from .._http.retries import RetryPolicy, retry_after_seconds
from .._limits._tokens import estimate_request_tokens
from ._inputs import CheckedRequest, RejectedRequest, checked_requests, rejection_error
from ._output import ResultFile
from ._pacing import Pacer
from ._progress import ProgressTracker

__all__ = ["Answer", "Attempt", "Reply", "RunOptions", "Schedule", "Send", "Wait"]

# A server-named wait longer than this (a tokens-per-day limit, say) stops the run.
MAX_SERVER_WAIT = 900.0
# Tries of one request that met rate limits before it is given up as failed.
MAX_RATE_LIMITED_TRIES = 30


@dataclass(frozen=True)
class Answer:
    """A 2xx answer: status, headers and the decoded JSON body."""

    status_code: int
    headers: httpx2.Headers
    body: Any


Reply = Answer | MoonshotError


@dataclass(order=True)
class Attempt:
    """One request on its way: sent, or waiting for its next try."""

    not_before: float
    order: int
    request: CheckedRequest = field(compare=False)
    tokens: int = field(compare=False)
    tries: int = field(default=0, compare=False)
    rate_limited: int = field(default=0, compare=False)
    send_number: int = field(default=0, compare=False)
    in_flight_then: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Send:
    attempt: Attempt


@dataclass(frozen=True)
class Wait:
    """Wait for a reply, at most ``seconds`` (None: until one comes)."""

    seconds: float | None


@dataclass(frozen=True)
class RunOptions:
    max_concurrency: int = DEFAULT_MAX_CONCURRENCY
    rpm: float | None = None
    tpm: float | None = None
    output: Any = None
    on_progress: Callable[..., object] | None = None
    max_retries: int = DEFAULT_MAX_RETRIES
    total: int | None = None

    def check(self) -> None:
        """ValidationError naming the field, before anything is read or sent."""
        count = self.max_concurrency
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise ValidationError(
                f"max_concurrency: expected an integer >= 1, got {count!r}", field="max_concurrency"
            )
        for name in ("rpm", "tpm"):
            value = getattr(self, name)
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int | float) or value <= 0
            ):
                raise ValidationError(
                    f"{name}: expected a number > 0 or None, got {value!r}", field=name
                )
        retries = self.max_retries
        if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
            raise ValidationError(
                f"max_retries: expected an integer >= 0, got {retries!r}", field="max_retries"
            )
        if self.on_progress is not None and not callable(self.on_progress):
            raise ValidationError("on_progress: expected a callable or None", field="on_progress")


def _total_of(requests: Iterable[Any], given: int | None) -> int | None:
    if given is not None:
        return given
    try:
        return len(requests)  # type: ignore[arg-type]
    except TypeError:
        return None


def _result_line(custom_id: str, response: Mapping[str, Any] | None, error: Any) -> dict[str, Any]:
    request_id = (response or {}).get("request_id")
    return {
        "id": f"live-{request_id}" if request_id else None,
        "custom_id": custom_id,
        "response": dict(response) if response is not None else None,
        "error": error,
    }


def _error_line(custom_id: str, error: MoonshotError) -> dict[str, Any]:
    if isinstance(error, APIStatusError):
        body = error.body
        described = {"type": error.type, "message": error.message, "code": error.code}
        response = {"status_code": error.status_code, "request_id": error.request_id, "body": body}
        return _result_line(custom_id, response, None if isinstance(body, dict) else described)
    kind = "connection_error" if isinstance(error, APIConnectionError) else "client_error"
    return _result_line(custom_id, None, {"type": kind, "message": str(error)})


class Schedule:
    """What to do next in a run, and the bookkeeping of every answer."""

    def __init__(
        self,
        requests: Iterable[Any],
        options: RunOptions,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        options.check()
        self._clock = clock
        self._options = options
        self.output = ResultFile(options.output) if options.output is not None else None
        skip = self.output.done if self.output is not None else frozenset()
        self._source = checked_requests(requests, skip)
        self._exhausted = False
        self._waiting: list[Attempt] = []  # heap: retries by not_before
        self._held: Attempt | None = None  # taken from the input, not sent yet
        self._order = itertools.count()
        self._backoff = RetryPolicy(max_retries=options.max_retries)
        self.pacer = Pacer(options.max_concurrency, options.rpm, options.tpm, clock)
        self.progress = ProgressTracker(
            _total_of(requests, options.total), options.on_progress, clock
        )
        self.in_flight = 0
        self.stopped: MoonshotError | None = None
        self._why = ""

    # -- what next ----------------------------------------------------------------------

    def next_step(self) -> Send | BatchResult | Wait | None:
        """A request to send now, a result to hand out, a wait, or None when all is done."""
        if self.stopped is not None:
            return Wait(None) if self.in_flight else None
        if self.in_flight >= self.pacer.slots:
            return Wait(None)
        picked = self._pick()
        if isinstance(picked, BatchResult | Wait) or picked is None:
            return picked
        delay = self.pacer.delay()
        if delay > 0:
            if self._held is None:
                self._held = picked
            else:  # a due retry: back in line, the held request stays held
                heapq.heappush(self._waiting, picked)
            return Wait(delay)
        self.in_flight += 1
        picked.send_number = self.pacer.sent(picked.tokens)
        picked.in_flight_then = self.in_flight
        return Send(picked)

    def _pick(self) -> Attempt | BatchResult | Wait | None:
        now = self._clock()
        if self._waiting and self._waiting[0].not_before <= now:
            return heapq.heappop(self._waiting)  # a retry that is due goes first
        if self._held is not None:
            held, self._held = self._held, None
            return held
        while not self._exhausted:
            item = next(self._source, StopIteration)
            if item is StopIteration:
                self._exhausted = True
            elif item is None:
                self.progress.skipped += 1
            elif isinstance(item, RejectedRequest):
                error = rejection_error(item)
                return self._emit(_result_line(item.custom_id, None, error), failed=True)
            elif isinstance(item, CheckedRequest):
                tokens = estimate_request_tokens(item.body)
                return Attempt(0.0, next(self._order), item, tokens)
        if self._waiting:
            return Wait(max(self._waiting[0].not_before - now, 0.0))
        return Wait(None) if self.in_flight else None

    # -- answers ------------------------------------------------------------------------

    def settle(self, attempt: Attempt, reply: Reply) -> BatchResult | None:
        """Read one answer; the result to hand out, or None (retried later, or stopped)."""
        self.in_flight -= 1
        custom_id = attempt.request.custom_id
        if isinstance(reply, Answer):
            self.pacer.succeeded()
            self._read_limits(attempt, reply.headers)
            response = {
                "status_code": reply.status_code,
                "request_id": reply.headers.get("x-request-id"),
                "body": reply.body,
            }
            return self._emit(_result_line(custom_id, response, None), failed=False)
        if isinstance(reply, APIStatusError):
            self._read_limits(attempt, reply.response.headers)
            if isinstance(reply, QuotaExceededError):
                self._stop(reply, "the account's quota is exhausted (top up)")
                return None
            if reply.status_code == 429:
                return self._throttled(attempt, reply)
            if RetryPolicy.retryable_status(reply.status_code):
                return self._retry_or_fail(attempt, reply, self._backoff.backoff(attempt.tries))
        if isinstance(reply, AccountLimitsStoreError):
            self._stop(reply, "the account limits store failed")
            return None
        if isinstance(reply, APIConnectionError):
            return self._retry_or_fail(attempt, reply, self._backoff.backoff(attempt.tries))
        return self._emit(_error_line(custom_id, reply), failed=True)

    def _read_limits(self, attempt: Attempt, headers: httpx2.Headers) -> None:
        info = RateLimitInfo.from_headers(headers)
        if info is not None and info.remaining is not None:
            self.pacer.budget(attempt.send_number, info.remaining, info.reset_seconds())

    def _throttled(self, attempt: Attempt, error: APIStatusError) -> BatchResult | None:
        """A 429 rate limit or overload: wait as asked, fewer at a time, try again."""
        self.progress.rate_limited += 1
        self.pacer.throttled(attempt.send_number, attempt.in_flight_then)
        asked = retry_after_seconds(error.response.headers)
        if asked is not None and asked > MAX_SERVER_WAIT:
            self._stop(error, f"the server asks to wait {asked:.0f} s")
            return None
        if asked is not None:
            self.pacer.hold(asked)
        attempt.rate_limited += 1
        self.progress.report(self.in_flight, self.pacer.slots)
        if isinstance(error, OverloadedError):
            delay = asked if asked is not None else self._backoff.backoff(attempt.tries)
            return self._retry_or_fail(attempt, error, delay)
        if attempt.rate_limited >= MAX_RATE_LIMITED_TRIES:
            return self._emit(_error_line(attempt.request.custom_id, error), failed=True)
        delay = asked if asked is not None else self._backoff.backoff(attempt.rate_limited - 1)
        self._again(attempt, delay)
        return None

    def _retry_or_fail(
        self, attempt: Attempt, error: MoonshotError, delay: float
    ) -> BatchResult | None:
        if attempt.tries >= self._options.max_retries:
            return self._emit(_error_line(attempt.request.custom_id, error), failed=True)
        attempt.tries += 1
        self._again(attempt, delay)
        return None

    def _again(self, attempt: Attempt, delay: float) -> None:
        attempt.not_before = self._clock() + delay
        heapq.heappush(self._waiting, attempt)

    def _stop(self, error: MoonshotError, why: str) -> None:
        """Send nothing more; the runner raises ``error`` once the requests in flight end."""
        if self.stopped is None:
            self.stopped = error
            self._why = why

    def stop_error(self) -> MoonshotError | None:
        """The error that stopped the run, with a note on what was kept."""
        error = self.stopped
        if error is not None:
            where = f" in {self.output.path}" if self.output is not None else ""
            error.add_note(
                f"create_many stopped: {self._why}. {self.progress.done} result(s) kept{where}; "
                "requests not answered were not written, so a rerun with the same output= "
                "resumes with them."
            )
        return error

    def _emit(self, line: dict[str, Any], *, failed: bool) -> BatchResult:
        if self.output is not None:
            self.output.append(line)
        self.progress.done += 1
        self.progress.failed += failed
        self.progress.report(self.in_flight, self.pacer.slots)
        return result_from_raw(line)

    def close(self) -> None:
        if self.output is not None:
            self.output.close()
