"""Answers are read as the API sends them, or strictly on request (``strict_responses``).

The cached-prompt answer the live API sends for kimi models (``prompt_tokens_details``
with ``cached_tokens`` and without the ``cache_write_tokens`` the document requires) is
the example: a result by default, with the field ``UNSET`` and ``to_dict()`` giving back
what came; with ``strict_responses=True`` an ``APIResponseValidationError`` naming the
JSON path, what the document says and what came.
"""

from __future__ import annotations

import copy
import json
import logging
from typing import Any

import httpx2
import moonshot
import pytest
import spec_facts as facts
from moonshot._openapi import reader
from pytest_httpserver import HTTPServer

from .conftest import SENTINEL_KEY

MODEL = facts.plain_model()
USER = [{"role": "user", "content": "hi"}]
CACHED: dict[str, Any] = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1786338000,
    "model": MODEL,
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "Hello."},
            "finish_reason": "stop",
        }
    ],
    "usage": {
        "prompt_tokens": 100,
        "completion_tokens": 2,
        "total_tokens": 102,
        "prompt_tokens_details": {"cached_tokens": 90},
    },
}
PATH = "usage.prompt_tokens_details.cache_write_tokens"
MOCK_URL = "http://127.0.0.1:9/v1"


def _required_by_the_document() -> bool:
    """Whether the document requires the field the cached answer lacks (it does today)."""
    from contract._schemas import inline_refs

    spec = facts.spec()
    answer = inline_refs(facts.component("ChatCompletionResponse"), dict(spec))
    usage = answer.get("properties", {}).get("usage", {})
    details = usage.get("properties", {}).get("prompt_tokens_details", {})
    return "cache_write_tokens" in details.get("required", [])


needs_the_field = pytest.mark.skipif(
    not _required_by_the_document(),
    reason="this document does not require prompt_tokens_details.cache_write_tokens",
)


def _serve(httpserver: HTTPServer, body: Any) -> None:
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_json(body)


@needs_the_field
def test_a_cached_answer_is_a_result_with_the_missing_field_unset(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    _serve(httpserver, CACHED)
    completion = client.chat.completions.create(model=MODEL, messages=USER)
    details = completion.usage.prompt_tokens_details
    assert details.cached_tokens == 90
    assert isinstance(details.cache_write_tokens, moonshot.types.Unset)
    assert completion.choices[0].message.content == "Hello."
    assert completion.to_dict() == CACHED


@needs_the_field
def test_strict_reading_names_the_path_the_document_and_what_came(
    base_url: str, httpserver: HTTPServer
) -> None:
    _serve(httpserver, CACHED)
    with moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=base_url, strict_responses=True) as c:
        assert c.strict_responses is True
        with pytest.raises(moonshot.APIResponseValidationError) as caught:
            c.chat.completions.create(model=MODEL, messages=USER)
    message = str(caught.value)
    assert PATH in message
    assert "the document says integer" in message
    assert "no such field" in message
    assert caught.value.status_code == 200


@needs_the_field
def test_with_options_turns_strict_reading_on_and_off(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    _serve(httpserver, CACHED)
    strict = client.with_options(strict_responses=True)
    with pytest.raises(moonshot.APIResponseValidationError, match=PATH):
        strict.chat.completions.create(model=MODEL, messages=USER)
    assert client.chat.completions.create(model=MODEL, messages=USER).usage  # unchanged
    lenient = strict.with_options(timeout=5)  # kept when not passed
    assert lenient.strict_responses is True
    back = strict.with_options(strict_responses=False)
    assert back.chat.completions.create(model=MODEL, messages=USER).usage


@needs_the_field
@pytest.mark.anyio
async def test_async_reads_the_same_way(base_url: str, httpserver: HTTPServer) -> None:
    _serve(httpserver, CACHED)
    async with moonshot.AsyncMoonshot(api_key=SENTINEL_KEY, base_url=base_url) as c:
        completion = await c.chat.completions.create(model=MODEL, messages=USER)
        assert completion.to_dict() == CACHED
        with pytest.raises(moonshot.APIResponseValidationError, match=PATH):
            await c.with_options(strict_responses=True).chat.completions.create(
                model=MODEL, messages=USER
            )


def test_values_of_another_type_and_nulls_are_kept(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    body = copy.deepcopy(CACHED)
    body["choices"][0]["message"]["content"] = ["not", "a", "string"]
    body["choices"][0]["finish_reason"] = 7
    body["usage"]["prompt_tokens_details"] = None
    body["usage"]["total_tokens"] = "102"
    _serve(httpserver, body)
    completion = client.chat.completions.create(model=MODEL, messages=USER)
    assert completion.choices[0].message.content == ["not", "a", "string"]
    assert completion.choices[0].finish_reason == 7
    assert completion.usage.total_tokens == "102"
    assert completion.to_dict() == body


def test_each_deviation_is_logged_once_at_debug(
    client: moonshot.Moonshot, httpserver: HTTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    body = copy.deepcopy(CACHED)
    body["usage"]["total_tokens"] = "102"
    _serve(httpserver, body)
    reader._seen.clear()
    with caplog.at_level(logging.DEBUG, logger="moonshot"):
        for _ in range(3):
            client.chat.completions.create(model=MODEL, messages=USER)
    lines = [r.getMessage() for r in caplog.records if "deviates from the document" in r.msg]
    about_total = [line for line in lines if "usage.total_tokens" in line]
    assert len(about_total) == 1, lines
    assert all(r.levelno == logging.DEBUG for r in caplog.records if "deviates" in r.msg)
    assert "'102'" not in about_total[0]  # what came is named by its type, not its content
    assert SENTINEL_KEY not in "\n".join(lines)


def test_strict_responses_must_be_a_bool(base_url: str) -> None:
    with pytest.raises(moonshot.ValidationError, match="strict_responses") as caught:
        moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=base_url, strict_responses="yes")  # type: ignore[arg-type]
    assert caught.value.field == "strict_responses"
    with (
        moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=base_url) as c,
        pytest.raises(moonshot.ValidationError, match="strict_responses"),
    ):
        c.with_options(strict_responses=1)  # type: ignore[arg-type]


def _cached_stream() -> bytes:
    """A chat stream whose last chunk carries the cached usage (as kimi models send it)."""
    head = {k: CACHED[k] for k in ("id", "created", "model")}
    chunks = [
        {
            **head,
            "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": {"role": "assistant", "content": "Hello."}}],
        },
        {
            **head,
            "object": "chat.completion.chunk",
            "usage": CACHED["usage"],
            "choices": [
                {"index": 0, "delta": {}, "finish_reason": "stop", "usage": CACHED["usage"]}
            ],
        },
    ]
    events = "".join(f"data: {json.dumps(chunk)}\n\n" for chunk in chunks)
    return (events + "data: [DONE]\n\n").encode()


def _stream_answer(request: httpx2.Request) -> httpx2.Response:
    return httpx2.Response(
        200, content=_cached_stream(), headers={"content-type": "text/event-stream"}
    )


@needs_the_field
def test_a_stream_with_the_cached_usage_ends_with_its_result() -> None:
    http = httpx2.Client(transport=httpx2.MockTransport(_stream_answer))
    with moonshot.Moonshot(api_key="k", base_url=MOCK_URL, http_client=http) as c:
        stream = c.chat.completions.create(model=MODEL, messages=USER, stream=True)
        usages = [chunk.usage for chunk in stream if chunk.usage]
        final = stream.get_final_completion()
    assert usages and usages[-1].prompt_tokens_details.cached_tokens == 90
    assert final.usage.prompt_tokens_details.cached_tokens == 90
    assert not final.usage.prompt_tokens_details.cache_write_tokens


@needs_the_field
@pytest.mark.anyio
async def test_an_async_stream_with_the_cached_usage_ends_with_its_result() -> None:
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(_stream_answer))
    async with moonshot.AsyncMoonshot(api_key="k", base_url=MOCK_URL, http_client=http) as c:
        stream = await c.chat.completions.create(model=MODEL, messages=USER, stream=True)
        usages = [chunk.usage async for chunk in stream if chunk.usage]
        final = await stream.get_final_completion()
    assert usages and usages[-1].prompt_tokens_details.cached_tokens == 90
    assert final.usage.prompt_tokens_details.cached_tokens == 90
