"""Cases for the Responses, Messages and web tool operations (see test_operations.py).

Models come from the document (``tests/ops/_doc.py``); answers are minimal documents of
each 200 schema, and each check reads back a field the client must have parsed.
"""

from __future__ import annotations

from typing import Any

from moonshot_openapi import models as m
from ops._doc import FETCH, MESSAGES, RESPONSES, SEARCH, SEARCH_PRO, documented, model_for

_ASK = [{"role": "user", "content": "Hello"}]
_RESULT = {
    "authority": "reference",
    "date": "2026-03-02",
    "icon": "https://moon.example/favicon.ico",
    "mime": "text/html",
    "site_name": "Moon Example",
    "snippet": "The Moon shows eight phases.",
    "title": "Phases of the Moon",
    "url": "https://moon.example/guide/phases",
}


def _response() -> dict[str, Any]:
    text = {"type": "output_text", "text": "Hi", "annotations": []}
    item = {"type": "message", "id": "msg_1", "role": "assistant", "status": "completed"}
    return {
        "id": "resp_1",
        "object": "response",
        "status": "completed",
        "model": model_for(RESPONSES),
        "output": [{**item, "content": [text]}],
        "usage": {"input_tokens": 3, "output_tokens": 1, "total_tokens": 4},
    }


def _message() -> dict[str, Any]:
    return {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": model_for(MESSAGES),
        "content": [{"type": "thinking", "thinking": "Hm."}, {"type": "text", "text": "Hi"}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 3, "output_tokens": 2},
    }


def _fail(result: Any) -> bool:
    raise AssertionError(f"unexpected result: {result!r}")


def ops_cases(case: Any) -> list[Any]:
    """``case(...)`` (test_operations.Case) for each new operation the document has.

    Built lazily per operation: an older document has no such path, no model for it and
    no generated result type, and its operations are simply not in the table."""
    built = {
        RESPONSES: _responses_case,
        MESSAGES: _messages_case,
        SEARCH: _search_case,
        SEARCH_PRO: _search_pro_case,
        FETCH: _fetch_case,
    }
    return [build(case) for path, build in built.items() if documented(path)]


def _responses_case(case: Any) -> Any:
    responses_model = model_for(RESPONSES)
    return case(
        "responses.create",
        "POST",
        RESPONSES,
        RESPONSES,
        lambda c: c.responses.create(model=responses_model, input="Hello"),
        _response(),
        m.ResponsesResponse,
        lambda r: r.to_dict()["output"][0]["content"][0]["text"] == "Hi" or _fail(r),
        body={"model": responses_model, "input": "Hello"},
    )


def _messages_case(case: Any) -> Any:
    messages_model = model_for(MESSAGES)
    return case(
        "anthropic.messages.create",
        "POST",
        MESSAGES,
        MESSAGES,
        lambda c: c.anthropic.messages.create(model=messages_model, max_tokens=16, messages=_ASK),
        _message(),
        m.MessagesResponse,
        lambda r: [b["type"] for b in r.to_dict()["content"]] == ["thinking", "text"] or _fail(r),
        body={"model": messages_model, "max_tokens": 16, "messages": _ASK},
    )


def _search_case(case: Any) -> Any:
    return case(
        "tools.search",
        "POST",
        SEARCH,
        SEARCH,
        lambda c: c.tools.search(text_query="moon", limit=1),
        {"search_results": [{**_RESULT, "text": ""}]},
        m.ToolsSearchResponse,
        lambda r: r.search_results[0].title == _RESULT["title"] or _fail(r),
        body={"text_query": "moon", "limit": 1},
    )


def _search_pro_case(case: Any) -> Any:
    return case(
        "tools.search_pro",
        "POST",
        SEARCH_PRO,
        SEARCH_PRO,
        lambda c: c.tools.search_pro(text_query="moon", sites=["moon.example"]),
        {"search_results": [{**_RESULT, "chunks": [{"text": "Eight phases.", "score": 0.5}]}]},
        m.ToolsSearchProResponse,
        lambda r: r.search_results[0].chunks[0].score == 0.5 or _fail(r),
        body={"text_query": "moon", "sites": ["moon.example"]},
    )


def _fetch_case(case: Any) -> Any:
    return case(
        "tools.fetch",
        "POST",
        FETCH,
        FETCH,
        lambda c: c.tools.fetch(url=_RESULT["url"]),
        {"url": _RESULT["url"], "markdown": "# Phases", "title": _RESULT["title"]},
        m.ToolsFetchResponse,
        lambda r: r.markdown == "# Phases" or _fail(r),
        body={"url": _RESULT["url"]},
    )
