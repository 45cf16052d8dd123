"""Fixtures for the client tests: a local API server, clients bound to it, no real network.

Every client here talks to pytest-httpserver on 127.0.0.1 (or an httpx2 MockTransport);
a guard fails any test whose request would leave the machine. Retry backoff is zero so
retry tests do not wait (tests/conftest.py), and the API key is a sentinel that the
secrecy tests look for.
"""

from __future__ import annotations

import json
import types
from collections.abc import AsyncIterator, Iterator
from typing import Any

import moonshot
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request

SENTINEL_KEY = "sk-SENTINEL-7f3a9c1e5b2d4680"


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
