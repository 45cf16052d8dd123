"""Fixtures for the agent tests: the local server, clients bound to it, no backoff waits."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import moonshot
import pytest
from moonshot._retries import RetryPolicy
from moonshot.testing import LocalMoonshot

KEY = "sk-agent-SENTINEL-17"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MOONSHOT_API_KEY", "MOONSHOT_BASE_URL", "MOONSHOT_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RetryPolicy, "backoff", lambda self, retries_done: 0.0)


@pytest.fixture
def server(moonshot_server: LocalMoonshot) -> LocalMoonshot:
    return moonshot_server


@pytest.fixture
def client(server: LocalMoonshot) -> Iterator[moonshot.Moonshot]:
    with moonshot.Moonshot(base_url=server.url, api_key=KEY) as c:
        yield c


@pytest.fixture
async def aclient(server: LocalMoonshot) -> AsyncIterator[moonshot.AsyncMoonshot]:
    async with moonshot.AsyncMoonshot(base_url=server.url, api_key=KEY) as c:
        yield c
