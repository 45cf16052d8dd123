"""The store fixtures themselves: without a server binary CI fails, a laptop skips."""

from __future__ import annotations

import shutil

import pytest

from . import conftest


def test_a_missing_server_fails_in_ci_and_skips_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="install_redis"):
        conftest.server_binary()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        conftest.server_binary()
