"""Fixtures for ``create_many``: the local server suite's fixtures (a server per test,
clients bound to it, no backoff waits, a clean environment), a model from the API
document and request lists."""

from __future__ import annotations

from typing import Any

from moonshot._openapi.chat_request import chat_catalog
from testing.conftest import (  # noqa: F401 - fixtures, registered by import
    KEY,
    aclient,
    client,
    server,
)

__all__ = ["KEY", "any_model", "make_requests"]


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
