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
        request = response.request
        url = str(request.url)
        return cls(response.status_code, response.headers, _elapsed(response), request.method, url)


def _elapsed(response: httpx2.Response) -> datetime.timedelta | None:
    try:
        return response.elapsed
    except RuntimeError:  # httpx2 knows it once the body was read
        return None


# What is kept of a whole answer (its ResponseInfo is made when asked for: most never are).
_Kept = tuple[int, httpx2.Headers, "datetime.timedelta | None", str, httpx2.URL]
# id(result) -> (weak reference to it, the answer). Swept of dead results when it reaches
# _limit[0] entries: a weak reference without a callback costs far less than one with.
_SEEN: dict[int, tuple[weakref.ref[Any], httpx2.Response | _Kept]] = {}
_limit = [1024]


def _sweep() -> None:
    for key in [key for key, (ref, _) in _SEEN.items() if ref() is None]:
        del _SEEN[key]
    _limit[0] = max(1024, 2 * len(_SEEN))  # many results alive: sweep less often


def remember_response(result: Any, response: httpx2.Response, *, keep: bool = False) -> None:
    """Keep where ``result`` came from for :func:`response_of`. The response itself is kept
    only with ``keep`` (a stream's: no body held, and its elapsed time is known later)."""
    try:
        ref = weakref.ref(result)
    except TypeError:  # str, lists: nothing to hang it on
        return
    if len(_SEEN) >= _limit[0]:
        _sweep()
    if keep:
        _SEEN[id(result)] = (ref, response)
        return
    request = response.request
    kept = (response.status_code, response.headers, _elapsed(response), request.method, request.url)
    _SEEN[id(result)] = (ref, kept)


def response_of(result: Any) -> ResponseInfo | None:
    """The HTTP answer ``result`` was parsed from: status, headers, request id, elapsed.

    Works for the result of every operation, a stream (its latest response) and a
    stream's final result; None for a value the client did not make from an answer.
    """
    found = _SEEN.get(id(result))
    if found is not None and found[0]() is result:
        kept = found[1]
        if isinstance(kept, httpx2.Response):
            return ResponseInfo.of(kept)
        status, headers, elapsed, method, url = kept
        return ResponseInfo(status, headers, elapsed, method, str(url))
    response = getattr(result, "response", None)
    if isinstance(response, httpx2.Response):
        return ResponseInfo.of(response)
    return None
