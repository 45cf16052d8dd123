"""httpcore's connection pool, with requests assigned to connections in linear time.

httpcore 1.0 re-plans its pool on every request and response: for each idle connection
it counts all connections again (quadratic in the pool size), and it counts every
connection as idle, so once more than ``max_keepalive_connections`` (20 by default) are
open it closes connections that have just finished a request and opens new ones. With
50 concurrent requests that re-planning took half the client's CPU time, and most
requests paid for a new TCP connection.

:func:`assign_requests` does the same job in one pass: drop closed connections, close
expired ones, hand queued requests the idle connections for their origin (or new ones,
up to ``max_connections``), then close idle connections beyond the keep-alive limit.
A connection already promised to a request is neither handed out again nor closed.

:func:`use_linear_pool` puts it in place on an httpx transport's own pool, and only
there: proxies, and any httpcore this was not written against, keep the stock pool.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = ["assign_requests", "use_linear_pool"]

# The private parts of httpcore 1.0's pools this relies on.
_POOL_PARTS = ("_connections", "_requests", "_max_connections", "_max_keepalive_connections")


def assign_requests(pool: Any) -> list[Any]:
    """Re-plan ``pool``: assign queued requests, return the connections to close."""
    reserved = {request.connection for request in pool._requests}
    closing: list[Any] = []
    kept: list[Any] = []
    free: list[Any] = []  # available, unpromised, not expired
    for connection in pool._connections:
        if connection.is_closed():
            continue
        if connection in reserved:
            kept.append(connection)
        elif connection.has_expired():
            closing.append(connection)
        else:
            kept.append(connection)
            if connection.is_available():
                free.append(connection)

    for request in pool._requests:
        if request.connection is not None:
            continue
        origin = request.request.url.origin
        chosen = next((c for c in free if c.can_handle_request(origin)), None)
        if chosen is not None:
            free.remove(chosen)
        elif len(kept) < pool._max_connections:
            chosen = pool.create_connection(origin)
            kept.append(chosen)
        elif free:  # full: make room by closing an idle connection to another origin
            idle = free.pop(0)
            kept.remove(idle)
            closing.append(idle)
            chosen = pool.create_connection(origin)
            kept.append(chosen)
        else:
            continue  # waits for a connection to come back
        request.assign_to_connection(chosen)

    surplus = len(free) - pool._max_keepalive_connections
    if surplus > 0:
        dropped = set(free[:surplus])
        closing.extend(free[:surplus])
        kept = [connection for connection in kept if connection not in dropped]
    pool._connections = kept
    return closing


@functools.cache
def _linear_pools() -> dict[type, type]:
    """stock pool class -> the same with linear re-planning (httpcore is imported on the
    first request, as httpx does, not with the client)."""
    import httpcore

    if not httpcore.__version__.startswith("1."):
        return {}

    class LinearPool(httpcore.ConnectionPool):
        def _assign_requests_to_connections(self) -> list[Any]:
            return assign_requests(self)

    class AsyncLinearPool(httpcore.AsyncConnectionPool):
        def _assign_requests_to_connections(self) -> list[Any]:
            return assign_requests(self)

    return {httpcore.ConnectionPool: LinearPool, httpcore.AsyncConnectionPool: AsyncLinearPool}


def use_linear_pool(transport: httpx.HTTPTransport | httpx.AsyncHTTPTransport) -> None:
    """Give ``transport``'s plain connection pool the linear re-planning, in place."""
    pool = getattr(transport, "_pool", None)
    linear = _linear_pools().get(type(pool))
    if linear is not None and all(hasattr(pool, part) for part in _POOL_PARTS):
        pool.__class__ = linear
