"""Stream assembly on event sequences cut at random points and split into random pieces.

Each cut either completes (the final event arrived) or raises StreamInterruptedError
whose ``.partial`` holds exactly what the events received say; the events handed out
are exactly those received, typed, unknown ones passed through.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx2
import moonshot
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ._doc import (
    MESSAGES,
    RESPONSES,
    each,
    model_for,
    needs,
    needs_any,
    present,
    stream_event_types,
)
from ._sequences import message_sequence, response_sequence, sse

BUILDERS = {RESPONSES: response_sequence, MESSAGES: message_sequence}
SEQUENCES = {path: BUILDERS[path](model_for(path)) for path in present(RESPONSES, MESSAGES)}
EVENT_SCHEMAS = {RESPONSES: "ResponsesStreamEvent", MESSAGES: "MessagesStreamEvent"}


@pytest.mark.parametrize("path", each(RESPONSES, MESSAGES))
def test_sequences_hold_every_documented_event_type(path: str) -> None:
    sent = {event["type"] for event in SEQUENCES[path]}
    documented = set(stream_event_types(EVENT_SCHEMAS[path]))
    # Terminal alternatives and the error event are covered by their own tests.
    missing = documented - sent - {"response.incomplete", "response.failed", "error"}
    assert missing == set()
    assert sent - documented, "the sequence must also hold an event the document does not list"


def _client(body: bytes, cut: int, splits: list[int], *, reset: bool) -> moonshot.Moonshot:
    def pieces() -> Iterator[bytes]:
        last = 0
        for at in sorted({s for s in splits if 0 < s < cut} | {cut}):
            yield body[last:at]
            last = at
        if reset:
            raise httpx2.ReadError("connection reset by peer")

    def answer(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(
            200, headers={"content-type": "text/event-stream"}, stream=httpx_stream(pieces())
        )

    http = httpx2.Client(transport=httpx2.MockTransport(answer))
    return moonshot.Moonshot(api_key="k", base_url="https://api.test", http_client=http)


class httpx_stream(httpx2.SyncByteStream):
    def __init__(self, parts: Iterator[bytes]) -> None:
        self._parts = parts

    def __iter__(self) -> Iterator[bytes]:
        yield from self._parts


def _open(client: moonshot.Moonshot, path: str) -> Any:
    user = [{"role": "user", "content": "Moon?"}]
    if path == RESPONSES:
        return client.responses.create(model=model_for(path), input="Moon?", stream=True)
    return client.anthropic.messages.create(
        model=model_for(path), max_tokens=64, messages=user, stream=True
    )


def _expected_response(events: list[dict[str, Any]]) -> dict[str, Any]:
    """What a reader of these events knows: per output index, the joined pieces."""
    texts: dict[int, str] = {}
    summaries: dict[int, str] = {}
    args: dict[int, str] = {}
    inputs: dict[int, str] = {}
    usage = None
    for event in events:
        kind, at = event["type"], event.get("output_index", -1)
        if kind == "response.output_text.delta":
            texts[at] = texts.get(at, "") + event["delta"]
        elif kind == "response.reasoning_summary_text.delta":
            summaries[at] = summaries.get(at, "") + event["delta"]
        elif kind == "response.function_call_arguments.delta":
            args[at] = args.get(at, "") + event["delta"]
        elif kind == "response.custom_tool_call_input.delta":
            inputs[at] = inputs.get(at, "") + event["delta"]
        elif kind == "response.completed":
            usage = event["response"]["usage"]
    return {"texts": texts, "summaries": summaries, "args": args, "inputs": inputs, "usage": usage}


def _assembled_response(response: Any) -> dict[str, Any]:
    data = response.to_dict()
    out: dict[str, Any] = {
        "texts": {},
        "summaries": {},
        "args": {},
        "inputs": {},
        "usage": data.get("usage"),
    }
    fields = {
        "message": ("texts", "content", "text"),
        "reasoning": ("summaries", "summary", "text"),
        "function_call": ("args", None, "arguments"),
        "custom_tool_call": ("inputs", None, "input"),
    }
    for at, item in enumerate(data.get("output", [])):
        if item["type"] not in fields:
            continue
        name, parts, key = fields[item["type"]]
        pieces = item.get(parts) or [] if parts else [item]
        text = "".join(str(piece.get(key) or "") for piece in pieces)
        if text:  # an empty part carries nothing a reader could see
            out[name][at] = text
    return out


def _expected_message(events: list[dict[str, Any]]) -> dict[str, Any]:
    blocks: dict[int, dict[str, Any]] = {}
    json_text: dict[int, str] = {}
    stopped: set[int] = set()
    stop_reason = None
    output_tokens = None
    for event in events:
        kind = event["type"]
        if kind == "message_start":
            output_tokens = event["message"]["usage"]["output_tokens"]
        elif kind == "content_block_start":
            blocks[event["index"]] = dict(event["content_block"])
        elif kind == "content_block_delta":
            delta, block = event["delta"], blocks[event["index"]]
            field = {
                "text_delta": "text",
                "thinking_delta": "thinking",
                "signature_delta": "signature",
            }.get(delta["type"])
            if field:
                block[field] = block.get(field, "") + delta[field]
            else:
                json_text[event["index"]] = (
                    json_text.get(event["index"], "") + delta["partial_json"]
                )
        elif kind == "content_block_stop":
            stopped.add(event["index"])
        elif kind == "message_delta":
            stop_reason = event["delta"]["stop_reason"]
            output_tokens = event["usage"]["output_tokens"]
    for index, text in json_text.items():
        try:
            blocks[index]["input"] = json.loads(text)
        except ValueError:
            assert index not in stopped
            blocks[index]["partial_json"] = text
    return {
        "content": [blocks[i] for i in sorted(blocks)],
        "stop_reason": stop_reason,
        "output_tokens": output_tokens,
    }


def _assembled_message(message: Any) -> dict[str, Any]:
    data = message.to_dict()
    return {
        "content": data.get("content", []),
        "stop_reason": data.get("stop_reason"),
        "output_tokens": (data.get("usage") or {}).get("output_tokens"),
    }


CHECKS = {
    RESPONSES: (_expected_response, _assembled_response, "get_final_response"),
    MESSAGES: (_expected_message, _assembled_message, "get_final_message"),
}


def _run(path: str, cut_fraction: float, splits: list[int], reset: bool) -> None:
    events = SEQUENCES[path]
    body, ends = sse(events)
    cut = round(cut_fraction * len(body))
    received = [e for e, end in zip(events, ends, strict=True) if end <= cut]
    expected, assembled, final = CHECKS[path]
    handed_out: list[Any] = []
    with _client(body, cut, splits, reset=reset) as client, _open(client, path) as stream:
        try:
            for event in stream:
                handed_out.append(event)
            result = getattr(stream, final)()
        except moonshot.StreamInterruptedError as error:
            assert received[-1:] != events[-1:], "complete, yet reported as interrupted"
            result = error.partial
            assert f"after {len(received)} events" in str(error)
        else:
            assert received == events or (received and received[-1] == events[-1])
    assert [e.to_dict() for e in handed_out] == received
    unknown = [e for e in handed_out if isinstance(e, moonshot.UnknownStreamEvent)]
    documented = set(stream_event_types(EVENT_SCHEMAS[path]))
    assert all(e.type not in documented for e in unknown)
    assert assembled(result) == expected(received)


@needs_any(RESPONSES, MESSAGES)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    path=st.sampled_from(present(RESPONSES, MESSAGES)),
    cut=st.floats(min_value=0, max_value=1),
    splits=st.lists(st.integers(min_value=1, max_value=20_000), max_size=12),
    reset=st.booleans(),
)
def test_cut_anywhere(path: str, cut: float, splits: list[int], reset: bool) -> None:
    _run(path, cut, splits, reset)


@pytest.mark.parametrize("path", each(RESPONSES, MESSAGES))
@pytest.mark.parametrize("reset", [False, True])
def test_whole_sequence_completes_and_keeps_everything(path: str, reset: bool) -> None:
    _run(path, 1.0, [7, 100, 1000], reset)


@needs(MESSAGES)
def test_whole_message_keeps_thinking_signature_tool_input_and_usage() -> None:
    body, _ = sse(SEQUENCES[MESSAGES])
    with _client(body, len(body), [], reset=False) as client, _open(client, MESSAGES) as stream:
        message = stream.get_final_message().to_dict()
    thinking, text, tool = message["content"]
    assert thinking == {
        "type": "thinking",
        "thinking": "The user asks about the Moon.",
        "signature": "sig-1",
    }
    assert text["text"] == "It is a waxing crescent tonight."
    assert tool["input"] == {"city": "Paris"} and tool["name"] == "get_weather"
    assert message["usage"] == {
        "input_tokens": 12,
        "output_tokens": 42,
        "cache_read_input_tokens": 3,
    }
    assert message["stop_reason"] == "tool_use"


@pytest.mark.parametrize("path", each(RESPONSES, MESSAGES))
def test_error_event_raises_with_partial(path: str) -> None:
    events = SEQUENCES[path][:6]
    body, _ = sse(events)
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}
    body += f"event: error\ndata: {json.dumps(error)}\n\n".encode()
    with (
        _client(body, len(body), [], reset=False) as client,
        _open(client, path) as stream,
        pytest.raises(moonshot.APIStreamError) as caught,
    ):
        list(stream)
    assert "busy" in str(caught.value) and caught.value.type == "overloaded_error"
    assert caught.value.partial is not None


@pytest.mark.anyio
@pytest.mark.parametrize("path", each(RESPONSES, MESSAGES))
async def test_async_cut_stream(path: str) -> None:
    events = SEQUENCES[path]
    body, ends = sse(events)
    cut = ends[len(ends) // 2]

    async def pieces() -> Any:
        yield body[:cut]
        raise httpx2.ReadError("reset")

    class Stream(httpx2.AsyncByteStream):
        async def __aiter__(self) -> Any:
            async for part in pieces():
                yield part

    def answer(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, headers={"content-type": "text/event-stream"}, stream=Stream())

    http = httpx2.AsyncClient(transport=httpx2.MockTransport(answer))
    async with moonshot.AsyncMoonshot(
        api_key="k", base_url="https://api.test", http_client=http
    ) as client:
        if path == RESPONSES:
            stream = await client.responses.create(model=model_for(path), input="x", stream=True)
            final = stream.get_final_response
        else:
            stream = await client.anthropic.messages.create(
                model=model_for(path),
                max_tokens=8,
                messages=[{"role": "user", "content": "x"}],
                stream=True,
            )
            final = stream.get_final_message
        with pytest.raises(moonshot.StreamInterruptedError) as caught:
            await final()
    expected, assembled, _ = CHECKS[path]
    received = events[: len(ends) // 2 + 1]
    assert assembled(caught.value.partial) == expected(received)


@needs(RESPONSES)
def test_responses_error_event_of_its_own_shape() -> None:
    events = SEQUENCES[RESPONSES][:4]
    body, _ = sse(events)
    error = {"type": "error", "code": "server_busy", "message": "try later", "sequence_number": 4}
    body += f"event: error\ndata: {json.dumps(error)}\n\n".encode()
    with (
        _client(body, len(body), [], reset=False) as client,
        _open(client, RESPONSES) as stream,
        pytest.raises(moonshot.APIStreamError) as caught,
    ):
        list(stream)
    assert "try later" in str(caught.value) and caught.value.code == "server_busy"


@needs(RESPONSES)
@pytest.mark.parametrize("final", ["response.incomplete", "response.failed"])
def test_other_final_responses_complete_the_stream(final: str) -> None:
    events = [dict(e) for e in SEQUENCES[RESPONSES]]
    status = final.removeprefix("response.")
    events[-1] = {
        **events[-1],
        "type": final,
        "response": {**events[-1]["response"], "status": status},
    }
    body, _ = sse(events)
    with _client(body, len(body), [], reset=False) as client, _open(client, RESPONSES) as stream:
        response = stream.get_final_response()
    assert response.status == status
    assert _assembled_response(response) == {
        **_expected_response(events),
        "usage": response.to_dict()["usage"],
    }
