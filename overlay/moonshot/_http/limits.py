"""Size and time bounds on what a server can make the client hold or wait for.

Every response body is counted after decompression against a cap chosen per operation
(the :class:`Limit` constants below), which the client (``max_response_bytes=``) and
the call override.
One SSE line or event, and one line of a batch result file, is capped by
``max_line_bytes``. ``deadline=`` bounds a whole call (retries and body included) and
``idle_timeout=`` the silence between two events of a stream.

Why the defaults (``_defaults.py``) are this size (docs/errors.md): a 1M-token completion is at most
about 9 MB per choice (1.5 CJK characters per token, 6 bytes each as ``\\uXXXX``), 45 MB
for ``n=5``, so 64 MiB; a stream is held as the completion it assembles (content,
reasoning and tool arguments, counted in characters), so the same 64 MiB, while its
events only pass through; extracted text of a 100 MB upload can double when
JSON-escaped, so 256 MiB for ``files.content``; one line or event carries at most one
whole completion, 64 MiB;
everything else (lists, models, balance, batches) answers in kilobytes, 32 MiB.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx2

from .._defaults import (
    DEFAULT_MAX_CHAT_BYTES,
    DEFAULT_MAX_FILE_CONTENT_BYTES,
    DEFAULT_MAX_LINE_BYTES,
    DEFAULT_MAX_RESPONSE_BYTES,
)
from .._errors import (
    APITimeoutError,
    ResponseTooLargeError,
    StreamTooLargeError,
    ValidationError,
)

__all__ = [
    "BATCH_RESULTS",
    "CHAT",
    "CHAT_STREAM",
    "DEADLINE_EXTENSION",
    "DEADLINE_SECONDS_EXTENSION",
    "DEADLINE_SLACK",
    "DEFAULT_MAX_LINE_BYTES",
    "DOWNLOAD",
    "FILE_CONTENT",
    "RESPONSE",
    "Bounds",
    "CallBounds",
    "Cap",
    "Limit",
    "LineTooLongError",
    "call_bounds",
    "chat_bounds",
    "check_bounds",
    "client_bounds",
    "result_caps",
    "within",
]

# The monotonic time a request's retries must not sleep past (read by the retry transport).
DEADLINE_EXTENSION = "moonshot.deadline_at"
# The deadline= in seconds behind it (for the error message).
DEADLINE_SECONDS_EXTENSION = "moonshot.deadline"
# A timeout this close to the deadline (or later) was cut short by it.
DEADLINE_SLACK = 0.02


@dataclass(frozen=True)
class Limit:
    """What one kind of operation may receive by default (None: no cap)."""

    what: str
    default: int | None
    unit: str = "bytes"


RESPONSE = Limit("the response", DEFAULT_MAX_RESPONSE_BYTES)
CHAT = Limit("the chat completion", DEFAULT_MAX_CHAT_BYTES)
# A stream is held as the completion it assembles (its events pass through): same cap.
CHAT_STREAM = Limit("the completion assembled from the stream", CHAT.default, "characters")
FILE_CONTENT = Limit("the file content", DEFAULT_MAX_FILE_CONTENT_BYTES)
DOWNLOAD = Limit("the download", None)  # written to disk, never held
BATCH_RESULTS = Limit("the batch result file", None)  # read line by line


@dataclass(frozen=True)
class Bounds:
    """The client's settings; ``max_response_bytes=None`` keeps each operation's default."""

    max_response_bytes: int | None = None
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES
    deadline: float | None = None
    idle_timeout: float | None = None


@dataclass(frozen=True)
class CallBounds:
    """One call's settings (None: the client's) and the kind of operation it is."""

    limit: Limit = RESPONSE
    max_response_bytes: int | None = None
    deadline: float | None = None
    idle_timeout: float | None = None


@dataclass(frozen=True)
class Cap:
    """A byte cap in force, and where it came from (for the error message)."""

    bytes: int | None
    setting: str  # the option that sets it
    source: str  # "this call", "the client" or "the default for ..."
    what: str
    unit: str = "bytes"  # what is counted: decoded bytes, or characters of assembled text

    def hint(self) -> str:
        where = "" if self.setting == "max_line_bytes" else " (or to the call, where it takes one)"
        return f"pass a larger {self.setting}= to the client{where} to accept more"


# (id(call), id(bounds)) -> (call, bounds, cap): looked up by identity, since hashing the
# two dataclasses cost more than the rest of a call's bookkeeping. The entries hold
# their keys alive, so an id is never reused while its entry is here.
_CAPS: dict[tuple[int, int], tuple[CallBounds | None, Bounds, Cap]] = {}
_CAPS_KEPT = 256


def response_cap(call: CallBounds | None, bounds: Bounds) -> Cap:
    """The body cap for a call: the call's, else the client's, else the operation's default."""
    key = (id(call), id(bounds))
    found = _CAPS.get(key)
    if found is not None and found[0] is call and found[1] is bounds:
        return found[2]
    cap = _response_cap(call, bounds)
    if len(_CAPS) >= _CAPS_KEPT:
        _CAPS.clear()
    _CAPS[key] = (call, bounds, cap)
    return cap


def _response_cap(call: CallBounds | None, bounds: Bounds) -> Cap:
    call = call or CallBounds()
    what, unit, setting = call.limit.what, call.limit.unit, "max_response_bytes"
    if call.max_response_bytes is not None:
        return Cap(call.max_response_bytes, setting, "this call", what, unit)
    if bounds.max_response_bytes is not None and call.limit.default is not None:
        # (what streams to disk or line by line keeps no cap unless the call sets one)
        return Cap(bounds.max_response_bytes, setting, "the client", what, unit)
    return Cap(call.limit.default, setting, f"the default for {what}", what, unit)


def line_cap(bounds: Bounds, what: str) -> Cap:
    """The cap on one line (or SSE event) of ``what``."""
    source = "the default" if bounds.max_line_bytes == DEFAULT_MAX_LINE_BYTES else "the client"
    return Cap(bounds.max_line_bytes, "max_line_bytes", source, f"one line of {what}")


def result_caps(bounds: Bounds) -> tuple[Cap, Cap]:
    """The caps on a batch result file (none by default: it is read line by line) and
    on one of its lines."""
    return response_cap(CallBounds(BATCH_RESULTS), bounds), line_cap(bounds, "a result file")


def deadline_at(
    call: CallBounds | None, bounds: Bounds, clock: Callable[[], float] = time.monotonic
) -> float | None:
    """The monotonic time the call must end by, or None (the clock is read only for one)."""
    seconds = call.deadline if call is not None and call.deadline is not None else bounds.deadline
    return None if seconds is None else clock() + seconds


def within(timeout: httpx2.Timeout, seconds: float) -> httpx2.Timeout:
    """``timeout`` with no phase longer than ``seconds`` (what a deadline leaves)."""
    seconds = max(seconds, 0.001)
    phases = timeout.as_dict().items()
    return httpx2.Timeout(**{k: seconds if v is None else min(v, seconds) for k, v in phases})


def idle_timeout(call: CallBounds | None, bounds: Bounds) -> float | None:
    if call is not None and call.idle_timeout is not None:
        return call.idle_timeout
    return bounds.idle_timeout


def _check_bytes(name: str, value: object, *, optional: bool = True) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValidationError(
            f"{name}: expected a number of bytes > 0{' or None' if optional else ''}, "
            f"got {value!r}",
            field=name,
        )


def _check_seconds(name: str, value: object) -> None:
    if value is None:
        return
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value <= 0
    ):
        raise ValidationError(f"{name}: expected seconds > 0 or None, got {value!r}", field=name)


def check_bounds(**values: Any) -> None:
    """Reject bad ``max_response_bytes`` / ``max_line_bytes`` / ``deadline`` /
    ``idle_timeout`` values (the keyword names them) before anything is sent."""
    for name, value in values.items():
        if name in ("deadline", "idle_timeout"):
            _check_seconds(name, value)
        else:
            _check_bytes(name, value, optional=name != "max_line_bytes")


def client_bounds(
    *,
    max_response_bytes: int | None,
    max_line_bytes: int,
    deadline: float | None,
    idle_timeout: float | None,
) -> Bounds:
    """A client's bounds, checked (ValidationError naming the bad option)."""
    check_bounds(
        max_response_bytes=max_response_bytes,
        max_line_bytes=max_line_bytes,
        deadline=deadline,
        idle_timeout=idle_timeout,
    )
    return Bounds(max_response_bytes, max_line_bytes, deadline, idle_timeout)


def call_bounds(
    limit: Limit,
    max_response_bytes: int | None,
    deadline: float | None,
    idle_timeout: float | None = None,
) -> CallBounds:
    """One call's bounds, checked before anything is sent."""
    check_bounds(
        max_response_bytes=max_response_bytes, deadline=deadline, idle_timeout=idle_timeout
    )
    return CallBounds(limit, max_response_bytes, deadline, idle_timeout)


def chat_bounds(
    stream: bool,
    max_response_bytes: int | None,
    deadline: float | None,
    idle_timeout: float | None,
) -> CallBounds:
    """A chat completion's bounds; ``idle_timeout`` is for streams only."""
    if idle_timeout is not None and not stream:
        raise ValidationError(
            "idle_timeout: only streams have a time between events; pass stream=True",
            field="idle_timeout",
        )
    limit = CHAT_STREAM if stream else CHAT
    if max_response_bytes is None and deadline is None and idle_timeout is None:
        return _STREAM_DEFAULTS if stream else _CHAT_DEFAULTS  # the usual call, made once
    return call_bounds(limit, max_response_bytes, deadline, idle_timeout)


_CHAT_DEFAULTS = CallBounds(CHAT)
_STREAM_DEFAULTS = CallBounds(CHAT_STREAM)


class LineTooLongError(ValueError):
    """A line or event grew past its cap (raised by the decoders, turned into
    :class:`ResponseTooLargeError` by whoever knows the response)."""

    def __init__(self, received: int) -> None:
        super().__init__(f"a line of more than {received} bytes")
        self.received = received


def too_large(
    cap: Cap, received: int, response: httpx2.Response | None, *, stream: bool = False
) -> ResponseTooLargeError:
    """The error for ``received`` bytes against ``cap`` (``stream``: with ``.partial``)."""
    assert cap.bytes is not None
    message = (
        f"{cap.what} is larger than {cap.setting}={cap.bytes} ({cap.source}): "
        f"{received} {cap.unit} arrived (counted after decompression) before the client "
        f"stopped reading and closed the response; {cap.hint()}"
    )
    cls = StreamTooLargeError if stream else ResponseTooLargeError  # partial: set by the stream
    return cls(
        message, response=response, setting=cap.setting, max_bytes=cap.bytes, received=received
    )


def deadline_passed(seconds: float | None, request: httpx2.Request | None) -> APITimeoutError:
    """The error for a call that ran out of its ``deadline``."""
    return APITimeoutError(
        f"the call took longer than its deadline={seconds} s; the client closed the response",
        request=request,
    )
