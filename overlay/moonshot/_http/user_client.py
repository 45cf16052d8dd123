"""The ``http_client=`` argument: an httpx2 client of the client's own kind, or nothing.

Users of other SDKs pass ``httpx.Client(proxy=...)``; httpx and httpx2 are separate
packages, so that client would be accepted and fail on the first call. It is refused
at construction, recognised by its type alone (httpx itself is never imported).
"""

from __future__ import annotations

from typing import Any

import httpx2

__all__ = ["check_http_client"]

_EXAMPLE = {
    httpx2.Client: (
        "Moonshot(http_client=httpx2.Client(proxy='http://proxy.example:8080'))",
        "httpx2.AsyncClient belongs to AsyncMoonshot",
    ),
    httpx2.AsyncClient: (
        "AsyncMoonshot(http_client=httpx2.AsyncClient(proxy='http://proxy.example:8080'))",
        "httpx2.Client belongs to Moonshot",
    ),
}


def _kind(value: object) -> str:
    """``httpx.Client`` for httpx's client (its module is ``httpx._client``), else the
    type's module and name (a builtin by its name alone)."""
    kind = type(value)
    package = kind.__module__.split(".", 1)[0]
    return kind.__qualname__ if package == "builtins" else f"{package}.{kind.__qualname__}"


def check_http_client(http_client: Any, expected: type[httpx2.Client | httpx2.AsyncClient]) -> None:
    """Raise TypeError unless ``http_client`` is None or an ``expected`` (or a subclass)."""
    if http_client is None or isinstance(http_client, expected):
        return
    example, other = _EXAMPLE[expected]
    got = _kind(http_client)
    if got.split(".", 1)[0] == "httpx":
        why = "httpx is another package than httpx2, which moonshot sends through"
    elif isinstance(http_client, httpx2.Client | httpx2.AsyncClient):
        why = other
    else:
        why = "not an httpx2 client"
    raise TypeError(
        f"http_client: expected an httpx2.{expected.__name__}, got {got} ({why}); "
        f"configure an httpx2 one your way (proxy, limits, event hooks) and pass it: "
        f"{example}"
    )
