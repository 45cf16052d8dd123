"""Fixtures for the agent tests: the local server's suite fixtures (a server per test,
clients bound to it, no backoff waits, a clean environment)."""

from __future__ import annotations

from server.conftest import (  # noqa: F401 - fixtures, registered by import
    KEY,
    _clean_env,
    _no_backoff,
    aclient,
    anyio_backend,
    client,
    server,
)

__all__ = ["KEY"]
