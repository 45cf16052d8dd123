"""The pytest plugin is registered through the package's pytest11 entry point."""

from __future__ import annotations

from importlib.metadata import entry_points

import moonshot
import pytest
from moonshot.testing import LocalMoonshot, pytest_plugin


def test_plugin_is_loaded_from_the_entry_point(request: pytest.FixtureRequest) -> None:
    (entry,) = [e for e in entry_points(group="pytest11") if e.name == "moonshot"]
    assert entry.value == "moonshot.testing.pytest_plugin"
    assert request.config.pluginmanager.get_plugin("moonshot") is pytest_plugin


def test_fixtures(moonshot_server: LocalMoonshot, moonshot_client: moonshot.Moonshot) -> None:
    assert moonshot_client.base_url == moonshot_server.url.removesuffix("/v1")
    assert moonshot_client.balance.retrieve().code == 0
    assert [r.path for r in moonshot_server.requests] == ["/v1/users/me/balance"]


def test_loading_the_plugin_imports_neither_client_nor_server() -> None:
    """pytest loads the plugin in every run; it must cost nothing until a fixture is used."""
    import subprocess
    import sys

    code = (
        "import sys, pytest\n"
        "before = set(sys.modules)\n"
        "import moonshot.testing.pytest_plugin\n"
        "print(sorted(m for m in set(sys.modules) - before))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = out.stdout.strip()
    assert loaded == str(
        ["moonshot", "moonshot._defaults", "moonshot.testing", "moonshot.testing.pytest_plugin"]
    )
