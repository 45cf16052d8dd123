"""The exceptions this package raises."""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MoonshotError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "StreamInterruptedError",
    "UnprocessableEntityError",
    "ValidationError",
]

REQUEST_ID_HEADERS = ("x-request-id", "msh-request-id", "x-msh-request-id")


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
        self.errors = errors if errors is not None else [message]

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

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
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
        response: httpx.Response,
        body: Any = None,
        type: str | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.type = type
        self.code = code
        self.request_id = request_id_of(response)

    def __str__(self) -> str:
        parts = [f"{self.status_code}: {self.message}"]
        if self.type:
            parts.append(f"type={self.type}")
        if self.code:
            parts.append(f"code={self.code}")
        if self.request_id:
            parts.append(f"request_id={self.request_id}")
        return " ".join(parts)


class APIResponseValidationError(APIError):
    """A successful response whose body could not be read as the documented shape."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code


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
    """429: rate limited, or the account has no balance left."""


class InternalServerError(APIStatusError):
    """5xx."""


class APIConnectionError(APIError):
    """The request did not get a complete answer: connection refused, reset, broken stream."""

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""

    def __init__(
        self, message: str = "Request timed out.", *, request: httpx.Request | None = None
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
        request: httpx.Request | None = None,
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
        parts = [self.message]
        if self.type:
            parts.append(f"type={self.type}")
        if self.code:
            parts.append(f"code={self.code}")
        return " ".join(parts)


class StreamInterruptedError(APIConnectionError):
    """A stream broke before it was complete: the connection dropped, or the body ended
    without ``[DONE]`` while a choice had no ``finish_reason``.

    ``partial`` is the completion assembled from the chunks received (a
    ``ChatCompletionResponse``); the cause, if any, is chained as ``__cause__``.
    """

    def __init__(
        self, message: str, *, request: httpx.Request | None = None, partial: Any = None
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


def request_id_of(response: httpx.Response) -> str | None:
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


def make_status_error(response: httpx.Response) -> APIStatusError:
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
    return cls(message, response=response, body=body, type=type_, code=code)
