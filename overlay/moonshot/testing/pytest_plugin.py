"""pytest plugin (entry point ``moonshot``): the ``moonshot_server`` fixture.

def test_chat(moonshot_server):
    client = Moonshot(base_url=moonshot_server.url, api_key="test")
    ...

Each test gets its own started server (fast to start: no files, no threads beyond
the listener); batches step every 0.05 s. ``moonshot_client`` is a client bound to it.

pytest loads this module in every run where the package is installed, so it imports
nothing of the client or the server until a fixture is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .server import LocalMoonshot

__all__ = ["moonshot_client", "moonshot_server"]

TEST_KEY = "sk-local-test"


@pytest.fixture
def moonshot_server() -> Iterator[LocalMoonshot]:
    """A started :class:`LocalMoonshot` on 127.0.0.1, stopped after the test."""
    from .server import LocalMoonshot

    with LocalMoonshot(batch_step_seconds=0.05) as server:
        yield server


@pytest.fixture
def moonshot_client(moonshot_server: LocalMoonshot) -> Iterator[object]:
    """A ``moonshot.Moonshot`` client talking to ``moonshot_server``."""
    from moonshot import Moonshot

    with Moonshot(base_url=moonshot_server.url, api_key=TEST_KEY) as client:
        yield client
