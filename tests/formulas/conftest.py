"""Fixtures for the formula tests: the local server's suite fixtures (a server per test,
clients bound to it)."""

from __future__ import annotations

from testing.conftest import (  # noqa: F401 - fixtures, registered by import
    KEY,
    aclient,
    client,
    server,
)

__all__ = ["KEY"]
