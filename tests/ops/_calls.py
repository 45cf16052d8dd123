"""One call per new operation through the public client, required fields filled in."""

from __future__ import annotations

from typing import Any

from ._doc import FETCH, MESSAGES, RESPONSES, SEARCH, SEARCH_PRO, model_for

USER = [{"role": "user", "content": "What phase is the Moon in?"}]
PAGE = "https://moon.example/guide/phases"


def defaults(path: str) -> dict[str, Any]:
    """Required fields of each request, values valid under the document."""
    if path == RESPONSES:
        return {"model": model_for(path), "input": "What phase is the Moon in?"}
    if path == MESSAGES:
        return {"model": model_for(path), "max_tokens": 256, "messages": USER}
    if path in (SEARCH, SEARCH_PRO):
        return {"text_query": "moon tides"}
    return {"url": PAGE}


def method(client: Any, path: str) -> Any:
    """The client method that sends ``POST path``."""
    return {
        RESPONSES: lambda: client.responses.create,
        MESSAGES: lambda: client.anthropic.messages.create,
        SEARCH: lambda: client.tools.search,
        SEARCH_PRO: lambda: client.tools.search_pro,
        FETCH: lambda: client.tools.fetch,
    }[path]()


def call(client: Any, path: str, **params: Any) -> Any:
    """``POST path`` through ``client`` (sync: the result; async: an awaitable)."""
    return method(client, path)(**{**defaults(path), **params})
