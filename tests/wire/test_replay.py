"""Answers the live API really sent, replayed through both clients (retries off).

A local server answers each call with a recording of tests/wire (status, headers and body
as recorded; streams as ``text/event-stream``). A 2xx answer must give a result that
keeps every field of the recording: each one readable where the recording has it (a
typed attribute, or ``additional_properties`` for a field the document does not name)
with the recorded value, and ``to_dict()`` giving the recording back. An error answer
must raise exactly the typed error its status and ``type`` call for, with the body,
message, type, request id and headers of the recording. Nothing but the library's own
errors may escape. The requests are the client's ordinary ones for a model the document lists; the
``model`` of an answer is whatever the API sent.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import moonshot
import pytest
import spec_facts as facts
from moonshot_openapi.types import Unset
from pytest_httpserver import HTTPServer

from ._corpus import ANSWERS, Answer

MODEL = facts.plain_model()
ESTIMATE_MODEL = facts.estimate_model()
MESSAGES = [{"role": "user", "content": "Reply with exactly one word: hello."}]
KEY = "sk-wire-replay-key"
UPLOAD_CONTENT = "文件内容1\n\n文件内容2".encode()
# Headers the local server adds of its own beside the recorded ones.
LOCAL_SERVER_HEADERS = frozenset({"date", "server"})

_STATUS_ERRORS: dict[int, type[moonshot.APIStatusError]] = {
    400: moonshot.BadRequestError,
    401: moonshot.AuthenticationError,
    403: moonshot.PermissionDeniedError,
    404: moonshot.NotFoundError,
    429: moonshot.RateLimitError,
}
# The API's error types that call for a narrower class than the status alone.
_TYPE_ERRORS: dict[str, type[moonshot.APIStatusError]] = {
    "engine_overloaded_error": moonshot.OverloadedError,
    "exceeded_current_quota_error": moonshot.QuotaExceededError,
}


@dataclass
class Streamed:
    """What a stream gave: its typed chunks, then the completion assembled from them."""

    chunks: list[Any]
    final: Any


def call_sync(client: moonshot.Moonshot, answer: Answer) -> Any:
    """The client call the recorded answer was the answer to."""
    chat = client.chat.completions
    if answer.call == "chat":
        return chat.create(model=MODEL, messages=MESSAGES)
    if answer.call == "chat_stream":
        with chat.create(model=MODEL, messages=MESSAGES, stream=True) as stream:
            chunks = list(stream)
            return Streamed(chunks, stream.get_final_completion())
    if answer.call == "files.create":
        body = answer.json()
        return client.files.create((body["filename"], UPLOAD_CONTENT), purpose=body["purpose"])
    if answer.call == "files.list":
        return client.files.list()
    if answer.call == "models.list":
        return client.models.list()
    if answer.call == "tokenizers.estimate":
        return client.tokenizers.estimate_token_count(model=ESTIMATE_MODEL, messages=MESSAGES)
    assert answer.file_id is not None
    if answer.call == "files.retrieve":
        return client.files.retrieve(answer.file_id)
    if answer.call == "files.content":
        return client.files.content(answer.file_id)
    assert answer.call == "files.delete", answer.call
    return client.files.delete(answer.file_id)


async def call_async(client: moonshot.AsyncMoonshot, answer: Answer) -> Any:
    """The same call through the async client."""
    chat = client.chat.completions
    if answer.call == "chat":
        return await chat.create(model=MODEL, messages=MESSAGES)
    if answer.call == "chat_stream":
        async with await chat.create(model=MODEL, messages=MESSAGES, stream=True) as stream:
            chunks = [chunk async for chunk in stream]
            return Streamed(chunks, await stream.get_final_completion())
    if answer.call == "files.create":
        body = answer.json()
        upload = (body["filename"], UPLOAD_CONTENT)
        return await client.files.create(upload, purpose=body["purpose"])
    if answer.call == "files.list":
        return await client.files.list()
    if answer.call == "models.list":
        return await client.models.list()
    if answer.call == "tokenizers.estimate":
        tokenizers = client.tokenizers
        return await tokenizers.estimate_token_count(model=ESTIMATE_MODEL, messages=MESSAGES)
    assert answer.file_id is not None
    if answer.call == "files.retrieve":
        return await client.files.retrieve(answer.file_id)
    if answer.call == "files.content":
        return await client.files.content(answer.file_id)
    assert answer.call == "files.delete", answer.call
    return await client.files.delete(answer.file_id)


# --- what a result must keep ---------------------------------------------------------


def read_field(obj: Any, key: str, path: str) -> Any:
    """Field ``key`` of a result: its attribute (``object_`` for ``object``, ...) or,
    for a field the document does not name, its entry in ``additional_properties``."""
    if isinstance(obj, dict):
        assert key in obj, f"{path}: {key!r} is missing"
        return obj[key]
    for name in (key, key + "_"):
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        assert not isinstance(value, Unset), f"{path}.{key}: recorded, but read as unset"
        return value
    extra = getattr(obj, "additional_properties", {})
    assert key in extra, f"{path}.{key}: recorded, but neither an attribute nor kept"
    return extra[key]


def assert_read(obj: Any, recorded: Any, path: str = "$") -> None:
    """Every value of ``recorded`` reads back from ``obj`` at the same place."""
    if isinstance(recorded, dict):
        for key, value in recorded.items():
            assert_read(read_field(obj, key, path), value, f"{path}.{key}")
    elif isinstance(recorded, list):
        assert isinstance(obj, list), f"{path}: a list was recorded, read {obj!r}"
        assert len(obj) == len(recorded), f"{path}: {len(recorded)} items recorded"
        for index, (item, value) in enumerate(zip(obj, recorded, strict=True)):
            assert_read(item, value, f"{path}[{index}]")
    else:
        got = getattr(obj, "value", obj)  # an enum member reads as its value
        assert got == recorded, f"{path}: recorded {recorded!r}, read {got!r}"
        assert type(got) is type(recorded), f"{path}: recorded {recorded!r}, read {got!r}"


def check_json(answer: Answer, result: Any) -> None:
    recorded = answer.json()
    assert_read(result, recorded)
    assert result.to_dict() == recorded


def value_at(obj: Any, *keys: str | int) -> Any:
    """The value under ``keys`` (fields by name, list items by index), read as
    :func:`read_field` reads it: the same on any document version."""
    path = "$"
    for key in keys:
        obj = obj[key] if isinstance(key, int) else read_field(obj, key, path)
        path += f"[{key}]" if isinstance(key, int) else f".{key}"
    return obj


def check_chat(answer: Answer, completion: Any) -> None:
    check_json(answer, completion)
    recorded = answer.json()
    message = recorded["choices"][0]["message"]
    assert value_at(completion, "choices", 0, "message", "content") == message["content"]
    if "reasoning_content" in message:
        reasoning = value_at(completion, "choices", 0, "message", "reasoning_content")
        assert reasoning == message["reasoning_content"]
    usage = recorded["usage"]
    assert value_at(completion, "usage", "prompt_tokens") == usage["prompt_tokens"]
    assert value_at(completion, "usage", "completion_tokens") == usage["completion_tokens"]
    if "prompt_tokens_details" in usage:
        cached = usage["prompt_tokens_details"]["cached_tokens"]
        assert value_at(completion, "usage", "prompt_tokens_details", "cached_tokens") == cached


def _joined(chunks: list[dict[str, Any]], key: str) -> str:
    pieces = (choice.get("delta", {}).get(key) for c in chunks for choice in c["choices"])
    return "".join(piece for piece in pieces if piece)


def _tool_calls(chunks: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    """(id, name, arguments) per tool-call index, from the recorded deltas."""
    calls: dict[int, dict[str, str]] = {}
    for chunk in chunks:
        for choice in chunk["choices"]:
            for delta in choice.get("delta", {}).get("tool_calls") or []:
                call = calls.setdefault(delta["index"], {"id": "", "name": "", "arguments": ""})
                call["id"] = delta.get("id") or call["id"]
                function = delta.get("function") or {}
                call["name"] = function.get("name") or call["name"]
                call["arguments"] += function.get("arguments") or ""
    return [(c["id"], c["name"], c["arguments"]) for _, c in sorted(calls.items())]


def _usage(chunks: list[dict[str, Any]]) -> dict[str, Any]:
    """The stream's usage: the last top-level one, else the last one inside a choice."""
    top = [c["usage"] for c in chunks if c.get("usage")]
    inner = [ch["usage"] for c in chunks for ch in c["choices"] if ch.get("usage")]
    return (top or inner)[-1]


def check_stream(answer: Answer, streamed: Streamed) -> None:
    recorded = answer.chunks()
    assert len(streamed.chunks) == len(recorded)
    for index, (chunk, data) in enumerate(zip(streamed.chunks, recorded, strict=True)):
        assert_read(chunk, data, f"chunk {index}")
        assert chunk.to_dict() == data
    final = streamed.final
    assert final.id == recorded[0]["id"]
    assert final.model == recorded[0]["model"]
    message = value_at(final, "choices", 0, "message")
    content = _joined(recorded, "content")
    if content:
        assert value_at(message, "content") == content
    reasoning = _joined(recorded, "reasoning_content")
    if reasoning:
        assert value_at(message, "reasoning_content") == reasoning
    finishes = [ch["finish_reason"] for c in recorded for ch in c["choices"] if ch["finish_reason"]]
    finish = value_at(final, "choices", 0, "finish_reason")
    assert getattr(finish, "value", finish) == finishes[-1]
    expected_calls = _tool_calls(recorded)
    if expected_calls:
        calls = [
            (
                value_at(t, "id"),
                value_at(t, "function", "name"),
                value_at(t, "function", "arguments"),
            )
            for t in value_at(message, "tool_calls")
        ]
        assert calls == expected_calls
    usage = _usage(recorded)
    assert final.usage.to_dict() == usage
    assert value_at(final, "usage", "prompt_tokens") == usage["prompt_tokens"]
    if "prompt_tokens_details" in usage:
        cached = usage["prompt_tokens_details"]["cached_tokens"]
        assert value_at(final, "usage", "prompt_tokens_details", "cached_tokens") == cached


def check_result(answer: Answer, result: Any) -> None:
    if answer.call == "chat":
        check_chat(answer, result)
    elif answer.call == "chat_stream":
        check_stream(answer, result)
    elif answer.call == "files.content":
        assert result.content == answer.raw
        assert result.json() == answer.json()
    else:
        check_json(answer, result)


def expected_error(answer: Answer) -> type[moonshot.APIStatusError]:
    body = answer.json()
    error = body.get("error") if isinstance(body, dict) else None
    kind = error.get("type") if isinstance(error, dict) else None
    return _TYPE_ERRORS.get(kind or "", _STATUS_ERRORS[answer.status])


def check_error(answer: Answer, error: moonshot.APIStatusError) -> None:
    assert type(error) is expected_error(answer)
    assert error.status_code == answer.status
    body = answer.json()
    assert error.body == body
    detail = body.get("error")
    if isinstance(detail, dict):
        assert error.message == detail["message"]
        assert error.type == detail.get("type")
    request_id = {k.lower(): v for k, v in answer.headers.items()}.get("msh-request-id")
    if request_id is not None:
        assert error.request_id == request_id
    for name, value in answer.wire_headers().items():  # Retry-After, Msh-* ... as sent
        if name.lower() not in LOCAL_SERVER_HEADERS:
            assert error.response.headers.get(name) == value, name


def check(answer: Answer, outcome: Any) -> None:
    if answer.status >= 400:
        assert isinstance(outcome, moonshot.APIStatusError), f"expected an error, got {outcome!r}"
        check_error(answer, outcome)
    else:
        assert not isinstance(outcome, BaseException), f"{answer.name} raised {outcome!r}"
        check_result(answer, outcome)


def outcome_of(call: Callable[[], Any]) -> Any:
    """The call's result, or the library error it raised (any other exception escapes)."""
    try:
        return call()
    except moonshot.MoonshotError as error:
        return error


async def aoutcome_of(call: Callable[[], Awaitable[Any]]) -> Any:
    try:
        return await call()
    except moonshot.MoonshotError as error:
        return error


def _document_has_streams() -> bool:
    """Whether the document gives chat completions an event-stream answer (earlier
    versions do not, so their contract check refuses a stream request's ``Accept``)."""
    responses = facts.spec()["paths"]["/v1/chat/completions"]["post"]["responses"]
    media = {m for status, r in responses.items() if status.startswith("2") for m in r["content"]}
    return "text/event-stream" in media


def _params() -> list[Any]:
    unchecked = [] if _document_has_streams() else [pytest.mark.no_contract]
    return [pytest.param(a, id=a.name, marks=unchecked if a.is_stream else []) for a in ANSWERS]


PARAMS = _params()


@pytest.mark.parametrize("answer", PARAMS)
def test_sync_client_reads_the_recorded_answer(answer: Answer, httpserver: HTTPServer) -> None:
    answer.serve(httpserver)
    base_url = httpserver.url_for("/v1")
    with moonshot.Moonshot(api_key=KEY, base_url=base_url, max_retries=0) as client:
        outcome = outcome_of(lambda: call_sync(client, answer))
    httpserver.check_assertions()
    assert len(httpserver.log) == 1
    check(answer, outcome)


@pytest.mark.anyio
@pytest.mark.parametrize("answer", PARAMS)
async def test_async_client_reads_the_recorded_answer(
    answer: Answer, httpserver: HTTPServer
) -> None:
    answer.serve(httpserver)
    base_url = httpserver.url_for("/v1")
    async with moonshot.AsyncMoonshot(api_key=KEY, base_url=base_url, max_retries=0) as client:
        outcome = await aoutcome_of(lambda: call_async(client, answer))
    httpserver.check_assertions()
    assert len(httpserver.log) == 1
    check(answer, outcome)
