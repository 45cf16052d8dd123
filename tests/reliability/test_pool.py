"""The client's connection pool (``moonshot._pool``): limits, reuse and clean-up.

httpcore 1.0's own pool closes a connection that has just finished a request whenever
more than ``max_keepalive_connections`` are open, so 50 concurrent calls kept opening
new connections; and it re-planned in quadratic time. The client's transport uses the
linear re-planning. These tests hold what a pool must do, against real sockets and,
for the planning rules, against stand-in connections.
"""

from __future__ import annotations

import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import anyio
import httpcore
import httpx
import moonshot
import pytest
import spec_facts as facts
from moonshot._pool import assign_requests, use_linear_pool

from ._servers import Request, ScriptedServer, completion, respond_json
from .conftest import SENTINEL_KEY

MODEL = facts.plain_model()

WORKERS, EACH = 50, 4


class InFlight:
    """A server action that answers after ``delay`` and records the most requests at once."""

    def __init__(self, delay: float = 0.0, *, close_after: bool = False) -> None:
        self.delay = delay
        self.close_after = close_after
        self.now = self.peak = 0
        self.lock = threading.Lock()
        self.answer = respond_json(completion("pooled"))

    def __call__(self, conn: socket.socket, request: Request) -> bool:
        with self.lock:
            self.now += 1
            self.peak = max(self.peak, self.now)
        time.sleep(self.delay)
        with self.lock:
            self.now -= 1
        self.answer(conn, request)
        return not self.close_after


def _chat(client: Any) -> Any:
    return client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "hi"}])


@pytest.mark.anyio
async def test_fifty_concurrent_calls_keep_their_connections() -> None:
    action = InFlight(0.02)
    with ScriptedServer(default=action, record=False) as server:
        async with moonshot.AsyncMoonshot(api_key=SENTINEL_KEY, base_url=server.url) as client:

            async def worker() -> None:
                for _ in range(EACH):
                    result = await _chat(client)
                    assert result.choices[0].message.content == "pooled"

            async with anyio.create_task_group() as group:
                for _ in range(WORKERS):
                    group.start_soon(worker)
        opened = server.connections
    assert action.peak > 20, "the calls did not overlap; the test shows nothing"
    # The stock httpcore 1.0 pool opened a new connection for most of the 200 calls.
    assert opened <= WORKERS, f"{opened} connections for {WORKERS} concurrent callers"


def test_threads_share_the_sync_pool_without_churn() -> None:
    action = InFlight(0.002)
    threads = 8
    with (
        ScriptedServer(default=action, record=False) as server,
        moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=server.url) as client,
        ThreadPoolExecutor(threads) as pool,
    ):
        contents = list(pool.map(lambda _: _chat(client).choices[0].message.content, range(200)))
        opened = server.connections
    assert contents == ["pooled"] * 200
    assert opened <= threads


@pytest.mark.anyio
async def test_max_connections_and_keepalive_limits_hold() -> None:
    action = InFlight(0.02)
    limits = httpx.Limits(max_connections=3, max_keepalive_connections=1)
    transport = httpx.AsyncHTTPTransport(limits=limits)
    use_linear_pool(transport)
    with ScriptedServer(default=action, record=False) as server:
        async with httpx.AsyncClient(transport=transport, base_url=server.url) as http:
            answers: list[int] = []

            async def call() -> None:
                answers.append((await http.post("/chat/completions", json={})).status_code)

            async with anyio.create_task_group() as group:
                for _ in range(12):
                    group.start_soon(call)
            left_open = len(transport._pool.connections)
    assert answers == [200] * 12
    assert action.peak == 3, f"{action.peak} requests in flight with max_connections=3"
    assert left_open == 1, f"{left_open} idle connections kept with max_keepalive=1"


def test_a_connection_the_server_closed_is_not_reused() -> None:
    action = InFlight(close_after=True)
    with (
        ScriptedServer(default=action) as server,
        moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=server.url, max_retries=0) as client,
    ):
        for _ in range(5):
            assert _chat(client).choices[0].message.content == "pooled"
            time.sleep(0.02)  # the server's FIN arrives before the next call
        opened = server.connections
    assert opened == 5


def test_only_a_plain_pool_is_replaced() -> None:
    plain = httpx.HTTPTransport()
    proxied = httpx.HTTPTransport(proxy="http://127.0.0.1:9")
    use_linear_pool(plain)
    use_linear_pool(proxied)
    assert type(plain._pool).__name__ == "LinearPool"
    assert type(proxied._pool) is httpcore.HTTPProxy


# -- the planning rules, on stand-in connections ---------------------------------------------


class FakeConnection:
    def __init__(self, origin: str, state: str = "idle", expired: bool = False) -> None:
        self.origin, self.state, self.expired = origin, state, expired

    def is_closed(self) -> bool:
        return self.state == "closed"

    def has_expired(self) -> bool:
        return self.expired

    def is_available(self) -> bool:
        return self.state == "idle"

    def is_idle(self) -> bool:
        return self.state == "idle"

    def can_handle_request(self, origin: str) -> bool:
        return origin == self.origin


class FakeRequest:
    def __init__(self, origin: str, connection: FakeConnection | None = None) -> None:
        self.request = type("R", (), {"url": type("U", (), {"origin": origin})()})()
        self.connection = connection

    def assign_to_connection(self, connection: FakeConnection) -> None:
        self.connection = connection


class FakePool:
    def __init__(
        self,
        connections: list[FakeConnection],
        requests: list[FakeRequest],
        max_connections: int = 10,
        max_keepalive: int = 10,
    ) -> None:
        self._connections = connections
        self._requests = requests
        self._max_connections = max_connections
        self._max_keepalive_connections = max_keepalive
        self.created: list[FakeConnection] = []

    def create_connection(self, origin: str) -> FakeConnection:
        connection = FakeConnection(origin, state="new")
        self.created.append(connection)
        return connection


def test_queued_request_reuses_an_idle_connection_for_its_origin() -> None:
    other, mine = FakeConnection("b"), FakeConnection("a")
    request = FakeRequest("a")
    pool = FakePool([other, mine], [request])
    assert assign_requests(pool) == []
    assert request.connection is mine
    assert pool.created == []


def test_closed_and_expired_connections_leave_and_expired_ones_are_closed() -> None:
    closed, expired, alive = (
        FakeConnection("a", "closed"),
        FakeConnection("a", expired=True),
        FakeConnection("a"),
    )
    pool = FakePool([closed, expired, alive], [])
    assert assign_requests(pool) == [expired]
    assert pool._connections == [alive]


def test_a_promised_connection_is_neither_handed_out_again_nor_closed() -> None:
    promised = FakeConnection("a", expired=True)  # idle until its request is sent
    holder, waiting = FakeRequest("a", promised), FakeRequest("a")
    pool = FakePool([promised], [holder, waiting], max_keepalive=0)
    assert assign_requests(pool) == []
    assert waiting.connection is not promised and waiting.connection in pool.created
    assert promised in pool._connections


def test_full_pool_closes_an_idle_connection_to_another_origin_to_make_room() -> None:
    busy, idle_b = FakeConnection("a", "active"), FakeConnection("b")
    request = FakeRequest("a", None)
    pool = FakePool([busy, idle_b], [FakeRequest("a", busy), request], max_connections=2)
    assert assign_requests(pool) == [idle_b]
    assert request.connection in pool.created
    assert len(pool._connections) == 2


def test_full_pool_without_idle_connections_leaves_the_request_waiting() -> None:
    busy = FakeConnection("a", "active")
    request = FakeRequest("a")
    pool = FakePool([busy], [FakeRequest("a", busy), request], max_connections=1)
    assert assign_requests(pool) == []
    assert request.connection is None


def test_idle_connections_beyond_the_keepalive_limit_are_closed() -> None:
    idle = [FakeConnection("a") for _ in range(5)]
    busy = FakeConnection("a", "active")
    pool = FakePool([*idle, busy], [FakeRequest("a", busy)], max_keepalive=2)
    closing = assign_requests(pool)
    assert len(closing) == 3 and set(closing) <= set(idle)
    assert busy in pool._connections and len(pool._connections) == 3
