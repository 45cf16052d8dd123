"""The Responses, Messages and web tool operations as contract calls (sync and async).

Each operation once with its required fields, and Responses / Messages once more with
the optional fields the document describes (values from the document's enums).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import moonshot
from moonshot_openapi import models
from ops._calls import call
from ops._doc import (
    FETCH,
    MESSAGES,
    RESPONSES,
    SEARCH,
    SEARCH_PRO,
    checker,
    documented,
    request_schema,
)

# Result models by name: the generator writes them only from a document that has the
# operation, and an operation the document lacks is not called (nor tested) at all.
RESULTS = {
    RESPONSES: "ResponsesResponse",
    MESSAGES: "MessagesResponse",
    SEARCH: "ToolsSearchResponse",
    SEARCH_PRO: "ToolsSearchProResponse",
    FETCH: "ToolsFetchResponse",
}
PARAMETERS = {"type": "object", "properties": {"city": {"type": "string"}}}


def _first(path: str, field: str, sub: str) -> Any:
    """The first enum value the document gives ``field.sub`` of the request."""
    resolve = checker().resolve
    prop = resolve(request_schema(path)["properties"][field])
    return resolve(prop["properties"][sub])["enum"][0]


def rich_params() -> dict[str, dict[str, Any]]:
    """Optional fields per operation the document has (built from the document)."""
    every: dict[str, Callable[[], dict[str, Any]]] = {
        RESPONSES: lambda: {
            "instructions": "Be terse.",
            "input": [{"type": "message", "role": "user", "content": "Weather in Paris?"}],
            "tools": [{"type": "function", "name": "get_weather", "parameters": PARAMETERS}],
            "reasoning": {"effort": _first(RESPONSES, "reasoning", "effort")},
            "max_output_tokens": 64,
            "prompt_cache_key": "contract",
        },
        MESSAGES: lambda: {
            "system": "Be terse.",
            "tools": [{"name": "get_weather", "input_schema": PARAMETERS}],
            "tool_choice": {"type": _first(MESSAGES, "tool_choice", "type")},
            "stop_sequences": ["\n\n"],
            "metadata": {"user_id": "contract"},
        },
        SEARCH: lambda: {"limit": 3, "include_content": True},
        SEARCH_PRO: lambda: {"limit": 3, "sites": ["moon.example"]},
    }
    return {path: every[path]() for path in every if documented(path)}


ASKS = 5


def _prism_failed(error: moonshot.InternalServerError) -> bool:
    """Prism's own failure to build a random answer (its faker crashes on some draws
    of the Responses schema), not an answer of the API (conftest flags the request)."""
    return "stoplight.io/prism" in str(error.type or "")


def _asked_again(run: Callable[[], Any]) -> Any:
    for _ in range(ASKS - 1):
        try:
            return run()
        except moonshot.InternalServerError as error:
            if not _prism_failed(error):
                raise
    return run()


async def _asked_again_async(run: Callable[[], Awaitable[Any]]) -> Any:
    for _ in range(ASKS - 1):
        try:
            return await run()
        except moonshot.InternalServerError as error:
            if not _prism_failed(error):
                raise
    return await run()


def new_calls(call_type: Any) -> list[Any]:
    """``call_type(name, sync, run_async, result_type)`` for each new operation."""
    calls = []
    for path, name in RESULTS.items():
        if not documented(path):
            continue
        result = getattr(models, name)
        calls.append(
            call_type(
                path.rsplit("/", 1)[-1] if "tools" in path else path.split("/")[-1],
                lambda c, p=path: _asked_again(lambda: call(c, p)),
                lambda c, p=path: _asked_again_async(lambda: call(c, p)),
                result,
            )
        )
    for path, params in rich_params().items():
        calls.append(
            call_type(
                f"{path.rsplit('/', 1)[-1]}[optional fields]",
                lambda c, p=path, kw=params: _asked_again(lambda: call(c, p, **kw)),
                lambda c, p=path, kw=params: _asked_again_async(lambda: call(c, p, **kw)),
                getattr(models, RESULTS[path]),
            )
        )
    return calls
