"""CLI tests run ``main([...])`` against a local server, with the key from the environment."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from moonshot.testing import LocalMoonshot

KEY = "sk-cli-SENTINEL-9d8c7b6a"


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalMoonshot]:
    monkeypatch.delenv("MOONSHOT_LOG", raising=False)
    with LocalMoonshot(batch_step_seconds=0.02) as srv:
        monkeypatch.setenv("MOONSHOT_API_KEY", KEY)
        monkeypatch.setenv("MOONSHOT_BASE_URL", srv.url)
        yield srv
