from __future__ import annotations

from collections.abc import Iterator

import moonshot
import pytest
from moonshot.testing import LocalMoonshot


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def moonshot_client(moonshot_server: LocalMoonshot) -> Iterator[moonshot.Moonshot]:
    """The plugin's client, reading strictly: the local server must answer exactly as the
    document says (a deviation is an APIResponseValidationError naming its path)."""
    with moonshot.Moonshot(
        base_url=moonshot_server.url, api_key="test", strict_responses=True
    ) as client:
        yield client
