"""Every new operation through the public client against LocalMoonshot, sync and async."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import moonshot
import pytest
from moonshot.testing import LocalMoonshot
from moonshot_openapi import models

from ._calls import PAGE, call
from ._doc import (
    FETCH,
    MESSAGES,
    NEW_PATHS,
    RESPONSES,
    SEARCH,
    SEARCH_PRO,
    each,
    error_statuses,
    needs,
    present,
    stream_event_types,
)

if TYPE_CHECKING:
    from moonshot_openapi.models import MessagesResponse, ResponsesResponse

# Generated only from a document that has the operation (looked up when a test runs).
RESULT_NAMES = {
    RESPONSES: "ResponsesResponse",
    MESSAGES: "MessagesResponse",
    SEARCH: "ToolsSearchResponse",
    SEARCH_PRO: "ToolsSearchProResponse",
    FETCH: "ToolsFetchResponse",
}
VERIFY = "/v1/signatures/verify"


def _result_type(path: str) -> type:
    return getattr(models, RESULT_NAMES[path])  # type: ignore[no-any-return]


WEATHER = {
    "type": "object",
    "properties": {"city": {"type": "string"}},
    "required": ["city"],
}


def _output_text(response: ResponsesResponse) -> str:
    data = response.to_dict()
    return "".join(
        part["text"]
        for item in data["output"]
        if item["type"] == "message"
        for part in item["content"]
    )


def _blocks(message: MessagesResponse, kind: str) -> list[dict[str, Any]]:
    return [b for b in message.to_dict()["content"] if b["type"] == kind]


@pytest.mark.parametrize("path", each(*NEW_PATHS))
def test_every_operation_sync(moonshot_client: moonshot.Moonshot, path: str) -> None:
    assert isinstance(call(moonshot_client, path), _result_type(path))


@pytest.mark.anyio
@pytest.mark.parametrize("path", each(*NEW_PATHS))
async def test_every_operation_async(moonshot_server: LocalMoonshot, path: str) -> None:
    async with moonshot.AsyncMoonshot(
        strict_responses=True, base_url=moonshot_server.url, api_key="k"
    ) as client:
        assert isinstance(await call(client, path), _result_type(path))


@needs(RESPONSES)
def test_response_has_reasoning_text_and_usage(moonshot_client: moonshot.Moonshot) -> None:
    response = call(moonshot_client, RESPONSES, instructions="Be brief.")
    kinds = [item["type"] for item in response.to_dict()["output"]]
    assert kinds == ["reasoning", "message"]
    assert "What phase is the Moon in?" in _output_text(response)
    assert response.usage.output_tokens > 0
    assert response.usage.total_tokens == response.usage.input_tokens + response.usage.output_tokens


@needs(RESPONSES)
def test_responses_function_call_round_trip(moonshot_client: moonshot.Moonshot) -> None:
    tools = [{"type": "function", "name": "get_weather", "parameters": WEATHER}]
    ask = [{"role": "user", "content": "Weather in Paris?"}]
    first = call(moonshot_client, RESPONSES, input=ask, tools=tools).to_dict()
    [fc] = [i for i in first["output"] if i["type"] == "function_call"]
    assert fc["name"] == "get_weather" and "city" in json.loads(fc["arguments"])
    follow = [
        *ask,
        {k: fc[k] for k in ("type", "call_id", "name", "arguments")},
        {"type": "function_call_output", "call_id": fc["call_id"], "output": "12 C, cloudy"},
    ]
    second = call(moonshot_client, RESPONSES, input=follow, tools=tools)
    assert "12 C, cloudy" in _output_text(second)


@needs(MESSAGES)
def test_messages_tool_use_round_trip(moonshot_client: moonshot.Moonshot) -> None:
    tools = [{"name": "get_weather", "input_schema": WEATHER}]
    ask = [{"role": "user", "content": "Weather in Paris?"}]
    first = call(moonshot_client, MESSAGES, messages=ask, tools=tools)
    assert first.stop_reason == "tool_use"
    [use] = _blocks(first, "tool_use")
    assert _blocks(first, "thinking")[0]["thinking"]
    result = {"type": "tool_result", "tool_use_id": use["id"], "content": "12 C, cloudy"}
    follow = [
        *ask,
        {"role": "assistant", "content": first.to_dict()["content"]},
        {"role": "user", "content": [result]},
    ]
    second = call(moonshot_client, MESSAGES, messages=follow, tools=tools)
    assert second.stop_reason == "end_turn"
    assert "12 C, cloudy" in _blocks(second, "text")[0]["text"]


@needs(MESSAGES)
def test_messages_tool_choice_none_answers_in_text(moonshot_client: moonshot.Moonshot) -> None:
    tools = [{"name": "get_weather", "input_schema": WEATHER}]
    message = call(moonshot_client, MESSAGES, tools=tools, tool_choice={"type": "none"})
    assert _blocks(message, "tool_use") == [] and _blocks(message, "text")


@needs(RESPONSES)
def test_response_stream_matches_the_complete_answer(moonshot_client: moonshot.Moonshot) -> None:
    complete = call(moonshot_client, RESPONSES)
    with call(moonshot_client, RESPONSES, stream=True) as stream:
        assert isinstance(stream, moonshot.ResponseStream)
        events = list(stream)
        final = stream.get_final_response()
    assert all(isinstance(e, models.ResponsesStreamEvent) for e in events)
    documented = set(stream_event_types("ResponsesStreamEvent"))
    assert {e.type_.value for e in events} <= documented
    assert [e.sequence_number for e in events] == list(range(len(events)))
    assert _output_text(final) == _output_text(complete)
    assert final.usage.output_tokens == complete.usage.output_tokens
    reasoning = [i for i in final.to_dict()["output"] if i["type"] == "reasoning"]
    assert reasoning[0]["summary"][0]["text"]


@needs(RESPONSES)
def test_response_stream_text_deltas(moonshot_client: moonshot.Moonshot) -> None:
    with call(moonshot_client, RESPONSES, stream=True) as stream:
        text = "".join(stream.text_deltas())
        assert text == _output_text(stream.get_final_response())


@needs(MESSAGES)
def test_message_stream_matches_the_complete_answer(moonshot_client: moonshot.Moonshot) -> None:
    tools = [{"name": "get_weather", "input_schema": WEATHER}]
    ask = [{"role": "user", "content": "Weather in Paris?"}]
    complete = call(moonshot_client, MESSAGES, messages=ask, tools=tools)
    with call(moonshot_client, MESSAGES, messages=ask, tools=tools, stream=True) as stream:
        assert isinstance(stream, moonshot.MessageStream)
        events = list(stream)
        final = stream.get_final_message()
    documented = set(stream_event_types("MessagesStreamEvent"))
    typed = [e for e in events if not isinstance(e, moonshot.UnknownStreamEvent)]
    unknown = [e for e in events if isinstance(e, moonshot.UnknownStreamEvent)]
    assert {e.type_.value for e in typed} == documented
    assert all(e.type not in documented for e in unknown)  # ping: passed through
    assert final.to_dict()["content"] == complete.to_dict()["content"]
    assert final.stop_reason == complete.stop_reason == "tool_use"
    assert final.usage.output_tokens == complete.usage.output_tokens


@needs(RESPONSES, MESSAGES)
@pytest.mark.anyio
async def test_async_streams(moonshot_server: LocalMoonshot) -> None:
    async with moonshot.AsyncMoonshot(
        strict_responses=True, base_url=moonshot_server.url, api_key="k"
    ) as client:
        stream = await call(client, RESPONSES, stream=True)
        assert isinstance(stream, moonshot.AsyncResponseStream)
        async with stream:
            pieces = [piece async for piece in stream.text_deltas()]
            final = await stream.get_final_response()
        assert "".join(pieces) == _output_text(final)
        messages = await call(client, MESSAGES, stream=True)
        assert isinstance(messages, moonshot.AsyncMessageStream)
        async with messages:
            text = "".join([piece async for piece in messages.text_deltas()])
            message = await messages.get_final_message()
        assert text == _blocks(message, "text")[0]["text"]


@pytest.mark.parametrize("path", each(RESPONSES, MESSAGES))
def test_a_dropped_stream_keeps_what_arrived(
    moonshot_server: LocalMoonshot, moonshot_client: moonshot.Moonshot, path: str
) -> None:
    moonshot_server.faults.drop_stream_after(8, path=path)
    with call(moonshot_client, path, stream=True) as stream:
        received = []
        with pytest.raises(moonshot.StreamInterruptedError) as caught:
            for event in stream:
                received.append(event)
    assert len(received) == 8
    partial = caught.value.partial
    assert isinstance(partial, _result_type(path))
    assert "8 events" in str(caught.value)


@needs(MESSAGES)
@pytest.mark.anyio
async def test_async_dropped_stream(moonshot_server: LocalMoonshot) -> None:
    moonshot_server.faults.drop_stream_after(5, path=MESSAGES)
    async with moonshot.AsyncMoonshot(
        strict_responses=True, base_url=moonshot_server.url, api_key="k"
    ) as client:
        stream = await call(client, MESSAGES, stream=True)
        with pytest.raises(moonshot.StreamInterruptedError) as caught:
            await stream.get_final_message()
    assert caught.value.partial.id  # the message_start arrived


@needs(SEARCH)
def test_search_results_are_ranked_and_limited(moonshot_client: moonshot.Moonshot) -> None:
    found = moonshot_client.tools.search(text_query="moon tides", limit=1, include_content=True)
    [top] = found.search_results
    assert "tides" in top.title.lower() and top.text.startswith("#")
    assert moonshot_client.tools.search(text_query="moon tides").search_results[0].text == ""


@needs(SEARCH_PRO)
def test_search_pro_filters_and_chunks(moonshot_client: moonshot.Moonshot) -> None:
    found = moonshot_client.tools.search_pro(text_query="moon", sites=["kimi.example"])
    assert all("kimi.example" in r.url for r in found.search_results)
    dated = moonshot_client.tools.search_pro(
        text_query="moon tides", time_window={"start": "2026-04-01", "end": "2026-12-31"}
    )
    assert dated.search_results and all(r.date >= "2026-04-01" for r in dated.search_results)
    assert all(0 <= c.score <= 1 for r in dated.search_results for c in r.chunks)


@needs(FETCH)
def test_fetch_gives_markdown(moonshot_client: moonshot.Moonshot) -> None:
    page = moonshot_client.tools.fetch(url=PAGE)
    assert page.url == PAGE and page.markdown.startswith("# ") and page.title


@needs(FETCH)
def test_fetch_errors_are_typed(moonshot_client: moonshot.Moonshot) -> None:
    statuses = error_statuses(FETCH)
    if 403 in statuses:
        with pytest.raises(moonshot.PermissionDeniedError) as denied:
            moonshot_client.tools.fetch(url="https://blocked.example/page")
        assert denied.value.code == "security_risk"
    if 404 in statuses:
        with pytest.raises(moonshot.NotFoundError):
            moonshot_client.tools.fetch(url="https://nowhere.example/page")


RETRIED = {408: moonshot.RequestTimeoutError, 429: moonshot.RateLimitError}


def _typed_error(status: int) -> type[moonshot.APIStatusError]:
    if status >= 500:
        return moonshot.InternalServerError
    return {
        403: moonshot.PermissionDeniedError,
        401: moonshot.AuthenticationError,
        400: moonshot.BadRequestError,
        404: moonshot.NotFoundError,
        **RETRIED,
    }.get(status, moonshot.APIStatusError)


TOOL_STATUSES = sorted({s for p in present(SEARCH, SEARCH_PRO, FETCH) for s in error_statuses(p)})


@needs(SEARCH)
@pytest.mark.parametrize("status", TOOL_STATUSES)
def test_documented_tool_errors_map_to_typed_errors(
    moonshot_server: LocalMoonshot, status: int
) -> None:
    moonshot_server.faults.fail_next(status=status, path=SEARCH)
    with (
        moonshot.Moonshot(
            strict_responses=True, base_url=moonshot_server.url, api_key="k", max_retries=0
        ) as client,
        pytest.raises(_typed_error(status)) as caught,
    ):
        call(client, SEARCH)
    assert caught.value.status_code == status


@needs(SEARCH)
@pytest.mark.parametrize("status", [s for s in TOOL_STATUSES if s in RETRIED or s >= 500])
def test_retried_statuses_are_retried(
    moonshot_server: LocalMoonshot, moonshot_client: moonshot.Moonshot, status: int
) -> None:
    moonshot_server.faults.fail_next(status=status, retry_after=0, path=SEARCH)
    assert call(moonshot_client, SEARCH).search_results
    assert [r.status for r in moonshot_server.requests] == [status, 200]


@needs(FETCH)
def test_forbidden_is_not_retried(
    moonshot_server: LocalMoonshot, moonshot_client: moonshot.Moonshot
) -> None:
    moonshot_server.faults.fail_next(status=403, path=FETCH)
    with pytest.raises(moonshot.PermissionDeniedError):
        call(moonshot_client, FETCH)
    assert [r.status for r in moonshot_server.requests] == [403]


@needs(MESSAGES)
def test_messages_errors_keep_their_message(moonshot_client: moonshot.Moonshot) -> None:
    # The Messages error shape ({"type": "error", "error": {...}}) reads like the others.
    # extra_body is not checked by the client; the local server checks the whole body.
    with pytest.raises(moonshot.BadRequestError) as caught:
        call(moonshot_client, MESSAGES, extra_body={"max_tokens": "many"})
    assert "max_tokens" in str(caught.value) and caught.value.type == "invalid_request_error"


@needs(VERIFY)
@pytest.mark.parametrize("path", each(RESPONSES, MESSAGES))
def test_request_nonce_gives_a_signature_the_server_verifies(
    moonshot_client: moonshot.Moonshot, path: str
) -> None:
    result = call(moonshot_client, path, request_nonce="nonce-ops-1")
    signature = moonshot.signature_of(result)
    assert signature is not None and signature.nonce == "nonce-ops-1"
    assert moonshot_client.signatures.verify(signature).valid is True
    assert moonshot.signature_of(call(moonshot_client, path)) is None


@needs(RESPONSES)
def test_response_cut_by_max_output_tokens_is_incomplete(
    moonshot_client: moonshot.Moonshot,
) -> None:
    complete = call(moonshot_client, RESPONSES, max_output_tokens=3)
    assert complete.status == "incomplete"
    assert complete.incomplete_details.reason == "max_output_tokens"
    with call(moonshot_client, RESPONSES, max_output_tokens=3, stream=True) as stream:
        kinds = [event.type_.value for event in stream]
        streamed = stream.get_final_response()
    assert kinds[-1] == "response.incomplete" and streamed.status == "incomplete"


@needs(VERIFY)
@pytest.mark.parametrize("path", each(RESPONSES, MESSAGES))
def test_streams_carry_the_signature_too(moonshot_client: moonshot.Moonshot, path: str) -> None:
    with call(moonshot_client, path, request_nonce="nonce-ops-2", stream=True) as stream:
        final = stream.get_final_response() if path == RESPONSES else stream.get_final_message()
        signature = stream.request_signature
    assert signature is not None and signature.nonce == "nonce-ops-2"
    assert moonshot.signature_of(final) == signature
    assert moonshot_client.signatures.verify(signature).valid is True
