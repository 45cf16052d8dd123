"""Fixtures for the client tests: a local API server, clients bound to it, no real network.

Every client here talks to pytest-httpserver on 127.0.0.1 (or an httpx2 MockTransport);
a guard fails any test whose request would leave the machine. Retry backoff is zero so
retry tests do not wait, and the API key is a sentinel that the secrecy tests look for.
"""

from __future__ import annotations

import json
import types
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx2
import moonshot
import pytest
from moonshot._retries import RetryPolicy
from pytest_httpserver import HTTPServer
from werkzeug import Request

SENTINEL_KEY = "sk-SENTINEL-7f3a9c1e5b2d4680"
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    return ("127.0.0.1", 0)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's key, base URL or log level."""
    for name in ("MOONSHOT_API_KEY", "MOONSHOT_BASE_URL", "MOONSHOT_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries without a server-named wait happen at once."""
    monkeypatch.setattr(RetryPolicy, "backoff", lambda self, retries_done: 0.0)


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail loudly if any request heads anywhere but this machine."""

    def check(request: httpx2.Request) -> None:
        if request.url.host not in LOOPBACK_HOSTS:
            raise AssertionError(f"test tried to reach {request.url}")

    sync_send = httpx2.HTTPTransport.handle_request
    async_send = httpx2.AsyncHTTPTransport.handle_async_request

    def guarded(self: httpx2.HTTPTransport, request: httpx2.Request) -> httpx2.Response:
        check(request)
        return sync_send(self, request)

    async def aguarded(self: httpx2.AsyncHTTPTransport, request: httpx2.Request) -> httpx2.Response:
        check(request)
        return await async_send(self, request)

    monkeypatch.setattr(httpx2.HTTPTransport, "handle_request", guarded)
    monkeypatch.setattr(httpx2.AsyncHTTPTransport, "handle_async_request", aguarded)


@pytest.fixture
def base_url(httpserver: HTTPServer) -> str:
    return httpserver.url_for("/v1")


@pytest.fixture
def client(base_url: str) -> Iterator[moonshot.Moonshot]:
    with moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=base_url) as c:
        yield c


@pytest.fixture
async def aclient(base_url: str) -> AsyncIterator[moonshot.AsyncMoonshot]:
    async with moonshot.AsyncMoonshot(api_key=SENTINEL_KEY, base_url=base_url) as c:
        yield c


def drain(value: Any) -> Any:
    """A sync call's result, with a generator (paginated list) collected."""
    return list(value) if isinstance(value, types.GeneratorType) else value


async def adrain(value: Any) -> Any:
    """An async call's result: awaited, or an async generator collected."""
    if isinstance(value, types.AsyncGeneratorType):
        return [item async for item in value]
    return await value


def requests_seen(server: HTTPServer) -> list[Request]:
    """The requests the local server received, in order."""
    return [request for request, _ in server.log]


def json_body(request: Request) -> Any:
    return json.loads(request.get_data())


@pytest.fixture
def unused_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
