"""``X-RateLimit-*`` headers, readable from results and from errors.

Moonshot's rate-limit page documents ``X-RateLimit-Limit`` (the cap),
``X-RateLimit-Remaining`` and ``X-RateLimit-Reset`` (when the limit resets). Errors carry
them as ``error.rate_limit``; a result the client parsed is looked up with
:func:`rate_limit_of`, since the generated models have no room for response headers.
"""

from __future__ import annotations

import weakref
from typing import Any

import httpx2

from .._errors import RateLimitInfo

__all__ = ["RateLimitInfo", "rate_limit_of", "remember_rate_limit"]

# id(result) -> (weak reference to it, its rate-limit info); entries leave with the result.
_SEEN: dict[int, tuple[weakref.ref[Any], RateLimitInfo]] = {}


def remember_rate_limit(result: Any, response: httpx2.Response) -> None:
    """Keep the response's rate-limit headers for :func:`rate_limit_of` ``(result)``."""
    info = RateLimitInfo.from_headers(response.headers)
    if info is None:
        return
    key = id(result)
    try:
        ref = weakref.ref(result, lambda _ref: _SEEN.pop(key, None))
    except TypeError:  # lists, str: nothing to hang the headers on
        return
    _SEEN[key] = (ref, info)


def rate_limit_of(result: Any) -> RateLimitInfo | None:
    """The ``X-RateLimit-*`` values sent with the response ``result`` was parsed from;
    for a stream (or anything with an httpx2 ``response``), those of its response."""
    found = _SEEN.get(id(result))
    if found is not None and found[0]() is result:
        return found[1]
    response = getattr(result, "response", None)
    if isinstance(response, httpx2.Response):
        return RateLimitInfo.from_headers(response.headers)
    return None
