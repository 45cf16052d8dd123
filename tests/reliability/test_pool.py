"""The client's connection pool (``moonshot._http.pool``): limits, reuse and clean-up.

httpcore2 1.0's own pool closes a connection that has just finished a request whenever
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
import httpx2
import moonshot
import pytest
import spec_facts as facts

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
    # The stock httpcore2 1.0 pool opened a new connection for most of the 200 calls.
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
    limits = httpx2.Limits(max_connections=3, max_keepalive_connections=1)
    transport = httpx2.AsyncHTTPTransport(limits=limits)
    with ScriptedServer(default=action, record=False) as server:
        async with httpx2.AsyncClient(transport=transport, base_url=server.url) as http:
            answers: list[int] = []

            async def call() -> None:
                answers.append((await http.post("/chat/completions", json={})).status_code)

            async with anyio.create_task_group() as group:
                for _ in range(12):
                    group.start_soon(call)
            left_open = server.open_connections(settle=1)
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
