"""The exceptions this package raises, all in this module.

::

    MoonshotError                      every error of this package
    ├── ValidationError (ValueError)   bad input, found before anything was sent (.field, .errors)
    │   └── OutputValidationError      parse(): the output does not fit the type (.raw, .completion)
    ├── LengthFinishReasonError        parse(): output cut by the token limit (.completion)
    ├── MaxStepsExceededError          run_tools(): still calling tools after max_steps (.messages)
    ├── UploadError                    an upload's source could not be sent as given
    ├── ExtractionError                some files of extract_messages failed (.results, .failures)
    ├── BatchWaitTimeout (TimeoutError)  batches.wait gave up (.batch, the last state seen)
    ├── AccountLimitsStoreError        AccountLimits' store unreachable; nothing sent (.store)
    └── APIError                       talking to the API failed
        ├── APIStatusError             a 4xx/5xx answer (.status_code, .type, .code, .request_id)
        │   ├── BadRequestError 400
        │   │   └── ContentFilterError        error type content_filter
        │   ├── AuthenticationError 401, PermissionDeniedError 403, NotFoundError 404,
        │   ├── RequestTimeoutError 408, ConflictError 409, UnprocessableEntityError 422,
        │   ├── InternalServerError 5xx
        │   └── RateLimitError 429             rate_limit_reached_error (retried, waits as told)
        │       ├── QuotaExceededError         exceeded_current_quota_error (never retried)
        │       └── OverloadedError            engine_overloaded_error (retried with backoff)
        ├── APIResponseValidationError a 2xx answer that does not parse
        ├── ResponseTooLargeError      a body, line or event past its size cap (.setting, .received)
        │   └── StreamTooLargeError    ... in a stream (also a StreamInterruptedError, .partial)
        ├── APIStreamError             an error event inside a 200 stream (.partial)
        └── APIConnectionError         no answer (connect, reset, ...)
            ├── APITimeoutError
            └── StreamInterruptedError a stream broke mid-way (.partial)
                └── StreamTimeoutError past its deadline or idle_timeout (also an APITimeoutError)

Every APIStatusError carries ``.rate_limit``, the ``X-RateLimit-*`` headers read as a
:class:`RateLimitInfo` (defined here, since errors carry it).
"""

from __future__ import annotations

import email.utils
import json
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx2

if TYPE_CHECKING:  # the generated view itself: _errors imports no package of moonshot
    from moonshot_openapi.typed_responses import BatchObject

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamError",
    "APITimeoutError",
    "AccountLimitsStoreError",
    "AuthenticationError",
    "BadRequestError",
    "BatchWaitTimeout",
    "ConflictError",
    "ExtractionError",
    "InternalServerError",
    "LengthFinishReasonError",
    "MaxStepsExceededError",
    "MoonshotError",
    "NotFoundError",
    "OutputValidationError",
    "OverloadedError",
    "PermissionDeniedError",
    "QuotaExceededError",
    "RateLimitError",
    "RateLimitInfo",
    "ResponseTooLargeError",
    "StreamInterruptedError",
    "StreamTimeoutError",
    "StreamTooLargeError",
    "UnprocessableEntityError",
    "UploadError",
    "ValidationError",
]

REQUEST_ID_HEADERS = ("x-request-id", "msh-request-id", "x-msh-request-id")


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
    def from_headers(cls, headers: httpx2.Headers) -> RateLimitInfo | None:
        """The headers' values, or None when the response has none of them."""
        # One pass over the names (each ``name in headers`` is a pass of its own): this
        # runs on every parsed response, most of which carry none of them.
        if headers.keys().isdisjoint(_HEADERS):
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


def _described(first: str, **details: object) -> str:
    """``first``, then ``name=value`` for each detail that is set."""
    return " ".join([first, *(f"{name}={value}" for name, value in details.items() if value)])


class MoonshotError(Exception):
    """Base class of every error this package raises."""


class ValidationError(MoonshotError, ValueError):
    """A request was rejected on this machine, before anything was sent.

    ``field`` is the dotted path of the offending value (``messages[0].role``) when there
    is one; ``errors`` lists every problem found, the message joins them.
    """

    def __init__(self, message: str, *, field: str | None = None, errors: list[str] | None = None):
        super().__init__(message)
        self.field = field
        self.errors: list[str] = errors if errors is not None else [message]

    @classmethod
    def from_problems(cls, what: str, problems: list[str]) -> ValidationError:
        """One error for a list of '<field>: <problem>' lines; the first names ``field``."""
        return cls(
            f"{what}: " + "; ".join(problems),
            field=problems[0].split(":", 1)[0],
            errors=problems,
        )


class APIError(MoonshotError):
    """An error while talking to the API."""

    def __init__(self, message: str, *, request: httpx2.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIStatusError(APIError):
    """The API answered with an error status (4xx / 5xx)."""

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx2.Response,
        body: Any = None,
        type: str | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code: int = response.status_code
        self.body = body
        self.type = type
        self.code = code
        self.request_id: str | None = request_id_of(response)

    @property
    def rate_limit(self) -> RateLimitInfo | None:
        """The response's ``X-RateLimit-Limit`` / ``-Remaining`` / ``-Reset``, if sent."""
        return RateLimitInfo.from_headers(self.response.headers)

    def __str__(self) -> str:
        return _described(
            f"{self.status_code}: {self.message}",
            type=self.type,
            code=self.code,
            request_id=self.request_id,
        )


class APIResponseValidationError(APIError):
    """A successful response whose body could not be read as the documented shape."""

    def __init__(self, message: str, *, response: httpx2.Response) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code: int = response.status_code


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class RequestTimeoutError(APIStatusError):
    """HTTP 408: the server gave up waiting for the request (retried like 429 and 5xx)."""


class ConflictError(APIStatusError):
    """409."""


class UnprocessableEntityError(APIStatusError):
    """422."""


class RateLimitError(APIStatusError):
    """429: rate limited (``rate_limit_reached_error``: concurrency, RPM, TPM or TPD).

    Retried after the wait the server names (``Retry-After``, ``X-Retry-After``,
    ``Msh-Cooldown-Seconds``), never when that wait is longer than the client's limit.
    """


class QuotaExceededError(RateLimitError):
    """429 ``exceeded_current_quota_error``: the balance or token quota is exhausted.

    Waiting does not help, so it is never retried: top up the account.
    """


class OverloadedError(RateLimitError):
    """429 ``engine_overloaded_error``: Moonshot's servers are busy; retried with backoff."""


class ContentFilterError(BadRequestError):
    """400 ``content_filter``: the input or the output was rejected by safety review."""


class InternalServerError(APIStatusError):
    """5xx."""


class APIConnectionError(APIError):
    """The request did not get a complete answer: connection refused, reset, broken stream."""

    def __init__(
        self, message: str = "Connection error.", *, request: httpx2.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""

    def __init__(
        self, message: str = "Request timed out.", *, request: httpx2.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class APIStreamError(APIError):
    """The API reported an error inside a stream that had started with status 200.

    Raised for a ``data: {"error": {...}}`` event or an ``event: error``. ``type``,
    ``code`` and ``body`` come from the payload; ``partial`` is the completion assembled
    from the chunks received before it (a ``ChatCompletionResponse``).
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx2.Request | None = None,
        body: Any = None,
        type: str | None = None,
        code: str | None = None,
        partial: Any = None,
    ) -> None:
        super().__init__(message, request=request)
        self.body = body
        self.type = type
        self.code = code
        self.partial = partial

    def __str__(self) -> str:
        return _described(self.message, type=self.type, code=self.code)


class StreamInterruptedError(APIConnectionError):
    """A stream broke before it was complete: the connection dropped, or the body ended
    without ``[DONE]`` while a choice had no ``finish_reason``.

    ``partial`` is the completion assembled from the chunks received (a
    ``ChatCompletionResponse``); the cause, if any, is chained as ``__cause__``.
    """

    def __init__(
        self, message: str, *, request: httpx2.Request | None = None, partial: Any = None
    ) -> None:
        super().__init__(message, request=request)
        self.partial = partial


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    408: RequestTimeoutError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


# The API's error ``type`` refines the status class (see ``_http/error_types.py``).
_TYPE_CLASSES: dict[str, type[APIStatusError]] = {
    "exceeded_current_quota_error": QuotaExceededError,
    "engine_overloaded_error": OverloadedError,
    "content_filter": ContentFilterError,
}


def request_id_of(response: httpx2.Response) -> str | None:
    """The request id the server put in the response headers, if any."""
    for name in REQUEST_ID_HEADERS:
        value = response.headers.get(name)
        if value:
            return str(value)
    return None


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP error status."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


def error_from_payload(payload: Any) -> tuple[str | None, str | None, str | None]:
    """(message, type, code) from an ErrorResponse-shaped payload; Nones where absent."""
    if not isinstance(payload, dict):
        return None, None, None
    error = payload.get("error", payload)
    if isinstance(error, str):
        return error, None, None
    if not isinstance(error, dict):
        return None, None, None
    message = error.get("message")
    type_ = error.get("type")
    code = error.get("code")
    return (
        str(message) if message is not None else None,
        str(type_) if type_ is not None else None,
        str(code) if code is not None else None,
    )


def make_status_error(response: httpx2.Response) -> APIStatusError:
    """The typed exception for an error response whose body has been read.

    A JSON ErrorResponse gives message, type and code; any other body (an HTML page
    from a proxy, plain text) becomes the message, shortened.
    """
    text = response.text
    body: Any = text
    message: str | None = None
    type_ = code = None
    try:
        body = json.loads(text) if text else None
    except ValueError:
        body = text
    else:
        message, type_, code = error_from_payload(body)
    if message is None:
        snippet = " ".join(text.split())[:500] if text else ""
        message = snippet or response.reason_phrase or f"HTTP {response.status_code}"
    cls = status_error_class(response.status_code)
    refined = _TYPE_CLASSES.get(type_ or "")
    if refined is not None and issubclass(refined, cls):
        cls = refined
    return cls(message, response=response, body=body, type=type_, code=code)


class ResponseTooLargeError(APIError):
    """A response (or one line / event of it) grew past its size cap, counted after
    decompression; the client closed it without reading further.

    ``setting`` names the option that sets the cap (``max_response_bytes`` or
    ``max_line_bytes``), ``max_bytes`` is the cap, ``received`` how many bytes had
    arrived when it stopped, ``response`` the HTTP response (closed).
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx2.Response | None = None,
        setting: str,
        max_bytes: int,
        received: int,
    ) -> None:
        super().__init__(message, request=response.request if response is not None else None)
        self.response = response
        self.setting = setting
        self.max_bytes = max_bytes
        self.received = received


class StreamTooLargeError(ResponseTooLargeError, StreamInterruptedError):
    """A stream went past a size cap; like any broken stream it carries ``.partial``."""

    partial: Any


class StreamTimeoutError(StreamInterruptedError, APITimeoutError):
    """A stream went past its ``deadline`` or was silent longer than ``idle_timeout``;
    ``.partial`` is the completion assembled from what arrived."""


class UploadError(MoonshotError):
    """An upload's source could not be sent as given: a stream that cannot be rewound for a
    resend, or a file whose size changed while it was read. Nothing complete was sent."""


class AccountLimitsStoreError(MoonshotError):
    """The ``AccountLimits`` store could not be reached or answered wrongly; the request
    was not sent. ``store`` is its URL without the password."""

    def __init__(self, message: str, *, store: str) -> None:
        super().__init__(message)
        self.store = store


class BatchWaitTimeout(MoonshotError, TimeoutError):
    """``batches.wait`` gave up; ``.batch`` is the last state seen."""

    def __init__(self, message: str, batch: BatchObject) -> None:
        super().__init__(message)
        self.batch = batch


class ExtractionError(MoonshotError):
    """Some files of ``extract_messages`` failed; the others' messages are kept.

    ``results`` maps input index -> system message for every file that was extracted,
    ``failures`` maps input index -> the exception for every file that was not (with
    ``delete=True``, a failed delete of the uploaded copy counts as that file's failure).
    ``files`` is the input list.
    """

    def __init__(
        self,
        files: Sequence[Any],
        results: dict[int, dict[str, str]],
        failures: dict[int, BaseException],
    ) -> None:
        self.files: list[Any] = list(files)
        self.results = results
        self.failures = failures
        lines = [
            f"file {index} ({describe_file(self.files[index])}): {type(error).__name__}: {error}"
            for index, error in sorted(failures.items())
        ]
        super().__init__(
            f"{len(failures)} of {len(self.files)} files failed "
            f"({len(results)} extracted): " + "; ".join(lines)
        )

    @property
    def messages(self) -> list[dict[str, str]]:
        """The messages that succeeded, in input order."""
        return [self.results[index] for index in sorted(self.results)]


class LengthFinishReasonError(MoonshotError):
    """The output was cut off (``finish_reason: "length"``) before the JSON was complete.

    ``completion`` is what the API returned; raise ``max_completion_tokens`` and retry.
    """

    def __init__(self, completion: Any) -> None:
        usage = getattr(completion, "usage", None)
        tokens = getattr(usage, "completion_tokens", None)
        super().__init__(
            "the output was cut off by the token limit (finish_reason 'length')"
            + (f" after {tokens} completion tokens" if isinstance(tokens, int) else "")
            + "; raise max_completion_tokens"
        )
        self.completion = completion


class OutputValidationError(ValidationError):
    """The model's output does not fit the requested type.

    ``errors`` lists each problem with its location (``address.city: expected a
    string``), ``field`` is the first location, ``raw`` the text as received and
    ``completion`` the whole completion.
    """

    def __init__(self, message: str, *, problems: list[str], raw: str, completion: Any) -> None:
        super().__init__(message, field=problems[0].split(":", 1)[0], errors=problems)
        self.raw = raw
        self.completion = completion


class MaxStepsExceededError(MoonshotError):
    """The model still asked for tools after ``max_steps`` calls.

    ``messages`` is the transcript so far (ending with the unanswered assistant turn);
    ``completion`` is the last completion.
    """

    def __init__(self, max_steps: int, messages: list[dict[str, Any]], completion: Any) -> None:
        calls = messages[-1].get("tool_calls") or []
        names = ", ".join(str(c.get("function", {}).get("name")) for c in calls)
        super().__init__(
            f"the model still calls tools ({names}) after max_steps={max_steps} steps; "
            "raise max_steps, or read .messages for the transcript"
        )
        self.max_steps = max_steps
        self.messages = messages
        self.completion = completion


def describe_file(file: Any) -> str:
    """A short human name for an upload input, for error messages."""
    if isinstance(file, tuple) and file:
        return str(file[0])
    if isinstance(file, str | os.PathLike):
        return os.fspath(file) if isinstance(os.fspath(file), str) else repr(file)
    if isinstance(file, bytes | bytearray | memoryview):
        return f"<{len(file)} bytes>"
    name = getattr(file, "name", None)
    return str(name) if isinstance(name, str) else f"<{type(file).__name__}>"
