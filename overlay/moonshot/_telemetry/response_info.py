"""Where a result came from: :func:`response_of` gives the HTTP answer behind any result.

Kept for every parsed result (and a stream's assembled results), with or without
OpenTelemetry: the status, the headers, the request id and the elapsed time, for a
support ticket or a log line. The body is not kept.
"""

from __future__ import annotations

import datetime
import weakref
from dataclasses import dataclass
from typing import Any

import httpx2

from .._errors import REQUEST_ID_HEADERS

__all__ = ["ResponseInfo", "remember_response", "response_of"]


@dataclass(frozen=True, slots=True)
class ResponseInfo:
    """The HTTP answer a result was read from."""

    status_code: int
    headers: httpx2.Headers
    elapsed: datetime.timedelta | None
    """From sending the request to the end of the body (None if the body was not read)."""
    method: str
    url: str

    @property
    def request_id(self) -> str | None:
        """The request id the server put in the headers (quote it in a support ticket)."""
        for name in REQUEST_ID_HEADERS:
            value = self.headers.get(name)
            if value:
                return str(value)
        return None

    @classmethod
    def of(cls, response: httpx2.Response) -> ResponseInfo:
        try:
            elapsed: datetime.timedelta | None = response.elapsed
        except RuntimeError:  # httpx2 knows it once the body was read
            elapsed = None
        request = response.request
        return cls(
            response.status_code, response.headers, elapsed, request.method, str(request.url)
        )


# id(result) -> (weak reference to it, the answer); entries leave with the result.
_SEEN: dict[int, tuple[weakref.ref[Any], httpx2.Response | ResponseInfo]] = {}


def remember_response(result: Any, response: httpx2.Response, *, keep: bool = False) -> None:
    """Keep where ``result`` came from for :func:`response_of`. The response itself is kept
    only with ``keep`` (a stream's: no body held, and its elapsed time is known later)."""
    key = id(result)
    try:
        ref = weakref.ref(result, lambda _ref: _SEEN.pop(key, None))
    except TypeError:  # str, lists: nothing to hang it on
        return
    _SEEN[key] = (ref, response if keep else ResponseInfo.of(response))


def response_of(result: Any) -> ResponseInfo | None:
    """The HTTP answer ``result`` was parsed from: status, headers, request id, elapsed.

    Works for the result of every operation, a stream (its latest response) and a
    stream's final result; None for a value the client did not make from an answer.
    """
    found = _SEEN.get(id(result))
    if found is not None and found[0]() is result:
        kept = found[1]
        return kept if isinstance(kept, ResponseInfo) else ResponseInfo.of(kept)
    response = getattr(result, "response", None)
    if isinstance(response, httpx2.Response):
        return ResponseInfo.of(response)
    return None
