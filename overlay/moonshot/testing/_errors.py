"""The error the local server answers with, in the API's ``ErrorResponse`` shape."""

from __future__ import annotations

from typing import Any

__all__ = ["DOCUMENTED_ERRORS", "ServerError", "error_body"]

# error type -> (status, typical message), from Moonshot's error-code pages.
DOCUMENTED_ERRORS: dict[str, tuple[int, str]] = {
    "content_filter": (400, "The request was rejected because it was considered high risk"),
    "invalid_request_error": (400, "Invalid request"),
    "invalid_authentication_error": (401, "Invalid Authentication"),
    "incorrect_api_key_error": (401, "Incorrect API key provided"),
    "permission_denied_error": (403, "The API you are accessing is not open"),
    "resource_not_found_error": (404, "Model not found"),
    "engine_overloaded_error": (
        429,
        "The engine is currently overloaded, please try again later",
    ),
    "exceeded_current_quota_error": (429, "Token quota is insufficient"),
    "rate_limit_reached_error": (429, "Organization-level RPM limit reached"),
    "server_error": (500, "Internal server error"),
    "server_unavailable": (503, "The service is temporarily unavailable"),
}

_TYPES = {
    400: "invalid_request_error",
    401: "invalid_authentication_error",
    403: "permission_denied_error",
    404: "resource_not_found_error",
    405: "invalid_request_error",
    413: "invalid_request_error",
    429: "rate_limit_reached_error",
}


def error_body(status: int, message: str, type_: str | None = None, code: str | None = None) -> Any:
    """``{"error": {"message", "type"[, "code"]}}`` for an HTTP status."""
    error: dict[str, Any] = {
        "message": message,
        "type": type_ or _TYPES.get(status, "server_error" if status >= 500 else "api_error"),
    }
    if code is not None:
        error["code"] = code
    return {"error": error}


class ServerError(Exception):
    """Raised inside a handler to answer with an error status and an ErrorResponse body."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type_: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.body = error_body(status, message, type_, code)
        self.headers = dict(headers or {})
