"""Fixtures for the local server tests: the plugin's server, clients bound to it, raw HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx2
import moonshot
import pytest
from moonshot.testing import LocalMoonshot

KEY = "sk-local-SENTINEL-42"


@pytest.fixture
def server(moonshot_server: LocalMoonshot) -> LocalMoonshot:
    """The pytest plugin's server (batches step every 0.05 s)."""
    return moonshot_server


@pytest.fixture
def manual_server() -> Iterator[LocalMoonshot]:
    """A server whose batches move only through advance_batches()."""
    with LocalMoonshot(batch_step_seconds=None) as srv:
        yield srv


@pytest.fixture
def client(server: LocalMoonshot) -> Iterator[moonshot.Moonshot]:
    with moonshot.Moonshot(strict_responses=True, base_url=server.url, api_key=KEY) as c:
        yield c


@pytest.fixture
async def aclient(server: LocalMoonshot) -> AsyncIterator[moonshot.AsyncMoonshot]:
    async with moonshot.AsyncMoonshot(strict_responses=True, base_url=server.url, api_key=KEY) as c:
        yield c


@pytest.fixture
def http(server: LocalMoonshot) -> Iterator[httpx2.Client]:
    """Plain httpx2 with the bearer header: for requests the client would refuse to send."""
    root = server.url.removesuffix("/v1")
    with httpx2.Client(base_url=root, headers={"Authorization": f"Bearer {KEY}"}) as c:
        yield c
