"""Fixtures for ``create_many``: a model from the API document, request lists, clients."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import moonshot
import pytest
from moonshot._chat_request import chat_catalog
from moonshot.testing import LocalMoonshot

KEY = "sk-many-SENTINEL-42"


def any_model() -> str:
    """The first model of the document's mapping (never named here)."""
    return next(iter(chat_catalog().by_model))


def make_requests(count: int, prefix: str = "r") -> list[dict[str, Any]]:
    model = any_model()
    return [
        {
            "custom_id": f"{prefix}{i}",
            "body": {"model": model, "messages": [{"role": "user", "content": f"question {i}"}]},
        }
        for i in range(count)
    ]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MOONSHOT_API_KEY", "MOONSHOT_BASE_URL", "MOONSHOT_LOG"):
        monkeypatch.delenv(name, raising=False)


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
