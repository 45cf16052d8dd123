"""Streaming chat completions: SSE framing, chunking, usage placement, [DONE]."""

from __future__ import annotations

import json
from typing import Any

import httpx2
import pytest
import spec_facts as facts

MODEL = facts.plain_model()

ASK = [{"role": "user", "content": "Tell me something about streaming responses please"}]


def stream(http: httpx2.Client, **body: Any) -> tuple[httpx2.Response, list[Any]]:
    """The response and its events (JSON objects, and the literal "[DONE]")."""
    events: list[Any] = []
    with http.stream("POST", "/v1/chat/completions", json={"stream": True, **body}) as response:
        for line in response.iter_lines():
            if not line:
                continue
            assert line.startswith("data: "), line
            data = line[len("data: ") :]
            events.append(data if data == "[DONE]" else json.loads(data))
    return response, events


def test_sse_framing_and_small_chunks(http: httpx2.Client) -> None:
    response, events = stream(http, model=MODEL, messages=ASK)
    assert response.headers["content-type"].startswith("text/event-stream")
    assert response.headers["transfer-encoding"] == "chunked"
    assert events[-1] == "[DONE]"
    chunks = events[:-1]
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert len({c["id"] for c in chunks}) == 1
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    pieces = [c["choices"][0]["delta"].get("content", "") for c in chunks]
    assert len(pieces) > 10 and max(len(p) for p in pieces) < 40
    complete = http.post("/v1/chat/completions", json={"model": MODEL, "messages": ASK})
    assert "".join(pieces) == complete.json()["choices"][0]["message"]["content"]


def test_usage_in_the_last_choice_chunk_by_default(http: httpx2.Client) -> None:
    _, events = stream(http, model=MODEL, messages=ASK)
    last = events[-2]["choices"][0]
    assert last["finish_reason"] == "stop" and last["delta"] == {}
    usage = last["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    assert "cached_tokens" in usage
    assert all("usage" not in c for c in events[:-2])


def test_include_usage_adds_a_separate_usage_chunk(http: httpx2.Client) -> None:
    _, events = stream(http, model=MODEL, messages=ASK, stream_options={"include_usage": True})
    usage_chunk = events[-2]
    assert usage_chunk["choices"] == [] and usage_chunk["usage"]["total_tokens"] > 0
    assert all(c["usage"] is None for c in events[:-2])
    assert all("usage" not in c["choices"][0] for c in events[:-2])


def test_reasoning_streams_before_the_answer(http: httpx2.Client) -> None:
    _, events = stream(http, model=MODEL, messages=ASK)
    kinds = [next(iter(c["choices"][0]["delta"]), None) for c in events[1:-2]]
    assert kinds[0] == "reasoning_content" and kinds[-1] == "content"
    assert kinds.index("content") > kinds.count("reasoning_content") - 1
    assert "reasoning_content" not in kinds[kinds.index("content") :]


def test_tool_calls_stream_as_indexed_deltas(http: httpx2.Client) -> None:
    tool = {
        "type": "function",
        "function": {
            "name": "lookup",
            "parameters": {
                "type": "object",
                "properties": {"q": {"type": "string"}, "n": {"type": "integer"}},
            },
        },
    }
    _, events = stream(http, model=MODEL, messages=ASK, tools=[tool])
    deltas = [c["choices"][0]["delta"] for c in events[1:-2]]
    calls = [d["tool_calls"][0] for d in deltas if "tool_calls" in d]
    assert calls[0]["id"] == "lookup:0" and calls[0]["function"]["name"] == "lookup"
    arguments = "".join(c["function"]["arguments"] for c in calls)
    assert json.loads(arguments) == {"q": "please", "n": 1}  # the last word of the question
    assert len(calls) > 2
    assert events[-2]["choices"][0]["finish_reason"] == "tool_calls"


def test_n_choices_stream_one_after_another(http: httpx2.Client) -> None:
    model, body = facts.model_with_free_n()
    _, events = stream(http, model=model, messages=ASK, **{**body, "n": 2})
    finished = [c["choices"][0]["index"] for c in events[:-1] if c["choices"][0]["finish_reason"]]
    assert finished == [0, 1]


@pytest.mark.parametrize("model", [MODEL, MODEL])
def test_streamed_and_plain_answers_agree(http: httpx2.Client, model: str) -> None:
    _, events = stream(http, model=model, messages=ASK)
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in events[:-1])
    reasoning = "".join(c["choices"][0]["delta"].get("reasoning_content", "") for c in events[:-1])
    plain = http.post("/v1/chat/completions", json={"model": model, "messages": ASK}).json()
    message = plain["choices"][0]["message"]
    assert text == message["content"]
    assert reasoning == (message.get("reasoning_content") or "")
