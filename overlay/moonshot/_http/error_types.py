"""The API's error ``type`` values that change what the client does.

From Moonshot's error pages (``platform/api_errors.md``, ``help-center/error-codes.md``):
a 429 is not one cause. ``exceeded_current_quota_error`` means the balance or token
quota is exhausted (waiting does not help, so it is never retried);
``engine_overloaded_error`` is server capacity (back off and retry);
``rate_limit_reached_error`` is the organisation's concurrency / RPM / TPM / TPD limit
(retry after the wait the server names, unless that wait is too long);
``content_filter`` (400) is a request or output the safety review rejected.
"""

from __future__ import annotations

import json

import httpx2

from .._errors import error_from_payload

__all__ = [
    "NEVER_RETRIED_TYPES",
    "QUOTA_EXCEEDED",
    "error_type_of",
]

QUOTA_EXCEEDED = "exceeded_current_quota_error"

NEVER_RETRIED_TYPES = frozenset({QUOTA_EXCEEDED})


def error_type_of(response: httpx2.Response) -> str | None:
    """The ``error.type`` of an error response whose body has been read; None otherwise."""
    if response.status_code < 400:
        return None
    try:
        content = response.content
    except httpx2.ResponseNotRead:
        return None
    try:
        payload = json.loads(content) if content else None
    except ValueError:
        return None
    return error_from_payload(payload)[1]
