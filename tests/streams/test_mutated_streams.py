"""Streams whose events are not what the document says still give a result, or the
library's error: never a foreign exception, never a stream lost to a missing or added field.

For every operation the document answers with ``text/event-stream`` (chat chunks,
Responses events, Messages events), a stream is made of a realistic sequence and events
drawn from that operation's event schema; then one to three mutations are applied at any
depth of any event: a field dropped, set to null, given a value of another JSON type, or
a field added. The body is served over HTTP from a local server and read through
``Moonshot`` and ``AsyncMoonshot``, each by iterating the events (every chunk's typed
fields read) and by asking for the final object. The counts are printed (``-s``).
"""

from __future__ import annotations

import asyncio
import collections
import json
from collections.abc import Callable, Iterator
from typing import Any

import _hypothesis_compat
import moonshot
import pytest
import spec_facts as facts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from moonshot._openapi.document import load_spec
from ops._doc import MESSAGES, RESPONSES, model_for, present
from ops._sequences import message_sequence, response_sequence

from ._sse_server import SSEServer
from .conftest import KEY
from .conftest import MESSAGES as CHAT_MESSAGES

_hypothesis_compat.install()

CHAT = "/v1/chat/completions"
EXAMPLES = 40
ADDED = "x_field_the_document_does_not_name"
# One value of each JSON type: a retyped field gets one of another type.
OF_EACH_TYPE: list[Any] = [None, True, 7, 2.5, "text", [1, "a"], {"k": {"n": 1}}]
OPS = ("drop", "null", "retype", "add")
COUNTS: collections.Counter[tuple[str, str]] = collections.Counter()


def _event_schemas() -> dict[str, dict[str, Any]]:
    """Path -> the (refs inlined) schema of the events of its ``text/event-stream`` answer."""
    spec = load_spec()
    found = {}
    for path, item in spec["paths"].items():
        for op in item.values():
            if not isinstance(op, dict):
                continue
            for response in op.get("responses", {}).values():
                content = response.get("content", {}) if isinstance(response, dict) else {}
                if "text/event-stream" in content:
                    found[path] = _inline(content["text/event-stream"]["schema"], spec)
    return found


def _inline(node: Any, spec: dict[str, Any], depth: int = 0) -> Any:
    if isinstance(node, list):
        return [_inline(item, spec, depth) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        assert depth < 20, node["$ref"]
        target: Any = spec
        for token in node["$ref"].removeprefix("#/").split("/"):
            target = target[token]
        return _inline(target, spec, depth + 1)
    dropped = {"discriminator", "example", "examples", "description", "format", "deprecated"}
    return {
        key: (
            {n: _inline(s, spec, depth) for n, s in value.items()}
            if key == "properties"
            else _inline(value, spec, depth)
        )
        for key, value in node.items()
        if key not in dropped
    }


SCHEMAS = _event_schemas()


def _chat_sequence() -> list[dict[str, Any]]:
    """What the live API sends: reasoning, text, a tool call in pieces, and a usage chunk
    whose ``prompt_tokens_details`` holds only ``cached_tokens`` (a context-cache hit)."""
    model = facts.plain_model()

    def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> dict[str, Any]:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        return {
            "id": "cmpl-m",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": model,
            "choices": [choice],
            **extra,
        }

    call = {"index": 0, "id": "call_1", "type": "function"}
    return [
        chunk({"role": "assistant", "content": ""}),
        chunk({"reasoning_content": "The user "}),
        chunk({"reasoning_content": "asks."}),
        chunk({"content": "It is "}),
        chunk({"content": "late."}),
        chunk({"tool_calls": [{**call, "function": {"name": "clock", "arguments": '{"tz"'}}]}),
        chunk({"tool_calls": [{"index": 0, "function": {"arguments": ': "UTC"}'}}]}),
        chunk({}, "tool_calls"),
        {
            "id": "cmpl-m",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": model,
            "choices": [],
            "usage": {
                "prompt_tokens": 100,
                "completion_tokens": 9,
                "total_tokens": 109,
                "prompt_tokens_details": {"cached_tokens": 90},
            },
        },
    ]


BASES: dict[str, Callable[[], list[dict[str, Any]]]] = {
    CHAT: _chat_sequence,
    RESPONSES: lambda: response_sequence(model_for(RESPONSES)),
    MESSAGES: lambda: message_sequence(model_for(MESSAGES)),
}
# Chat streams are always read (a document without their event schema mutates the
# realistic sequence alone); Responses and Messages where the document has them.
KINDS = [CHAT, *present(RESPONSES, MESSAGES)]


def _paths(value: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in ``value``: each key of each object and each item of each list."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*at, key)
            yield from _paths(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield (*at, index)
            yield from _paths(item, (*at, index))


def _objects(value: Any, at: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every object in ``value`` (the event itself included)."""
    if isinstance(value, dict):
        yield at
    if isinstance(value, (dict, list)):
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            yield from _objects(item, (*at, key))


def _at(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


@st.composite
def _mutated(draw: st.DrawFn, path: str) -> tuple[list[dict[str, Any]], list[Any], list[str]]:
    """A stream of ``path`` with one to three mutations, each event's SSE name (its
    ``type`` before the mutations, as the server names it), and the mutations' names."""
    events = BASES[path]()
    schema = SCHEMAS.get(path)
    drawn = draw(st.lists(from_schema(schema), max_size=2)) if schema is not None else []
    for event in drawn:
        if isinstance(event, dict) and "error" not in event and event.get("type") != "error":
            events.insert(draw(st.integers(1, len(events) - 1)), event)
    names = [event.get("type") if path != CHAT else None for event in events]
    done: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        event = events[draw(st.integers(0, len(events) - 1))]
        op = draw(st.sampled_from(OPS))
        if op == "add":
            where = draw(st.sampled_from(list(_objects(event))))
            _at(event, where)[ADDED] = draw(st.sampled_from(OF_EACH_TYPE))
            done.append(op)
            continue
        places = [p for p in _paths(event) if op != "drop" or isinstance(_at(event, p[:-1]), dict)]
        if not places:
            continue
        place = draw(st.sampled_from(places))
        parent, last = _at(event, place[:-1]), place[-1]
        if op == "drop":
            del parent[last]
        elif op == "null":
            parent[last] = None
        else:
            was = type(parent[last])
            parent[last] = draw(st.sampled_from([v for v in OF_EACH_TYPE if type(v) is not was]))
        done.append(op)
    return events, names, done


def _body(path: str, events: list[dict[str, Any]], names: list[Any]) -> bytes:
    frames = []
    for event, kind in zip(events, names, strict=True):
        name = f"event: {kind}\n" if isinstance(kind, str) else ""
        frames.append(f"{name}data: {json.dumps(event)}\n\n")
    if path == CHAT:
        frames.append("data: [DONE]\n\n")
    return "".join(frames).encode()


def _open(client: Any, path: str) -> Any:
    if path == CHAT:
        return client.chat.completions.create(
            model=facts.plain_model(), messages=CHAT_MESSAGES, stream=True
        )
    if path == RESPONSES:
        return client.responses.create(model=model_for(path), input="Moon?", stream=True)
    return client.anthropic.messages.create(
        model=model_for(path), max_tokens=64, messages=CHAT_MESSAGES, stream=True
    )


# Per stream kind: the final object's getter, the snapshot's, and the class they give.
FINAL = {
    CHAT: "get_final_completion",
    RESPONSES: "get_final_response",
    MESSAGES: "get_final_message",
}
CURRENT = {CHAT: "current_completion", RESPONSES: "current_response", MESSAGES: "current_message"}
RESULT = {
    CHAT: "ChatCompletionResponse",
    RESPONSES: "ResponsesResponse",
    MESSAGES: "MessagesResponse",
}


def _read_chunk(chunk: Any) -> None:
    """Read every typed field of a chat chunk, as a caller would."""
    _ = (chunk.id, chunk.model, chunk.created, chunk.usage, chunk.to_dict())
    for choice in chunk.choices:
        delta = choice.delta
        _ = (choice.index, choice.finish_reason, choice.usage, choice.logprobs)
        _ = (delta.role, delta.content, delta.reasoning_content, delta.logprobs)
        for call in delta.tool_calls or ():
            _ = (call.index, call.id, call.type, call.function and call.function.arguments)


def _check(path: str, result: Any) -> None:
    assert type(result).__name__ == RESULT[path], type(result)


def _sync(client: moonshot.Moonshot, path: str, mode: str) -> None:
    with _open(client, path) as stream:
        if mode == "final":
            _check(path, getattr(stream, FINAL[path])())
            return
        for event in stream:
            if path == CHAT:
                _read_chunk(event)
        _check(path, getattr(stream, CURRENT[path])())


async def _async(client: moonshot.AsyncMoonshot, path: str, mode: str) -> None:
    async with await _open(client, path) as stream:
        if mode == "final":
            _check(path, await getattr(stream, FINAL[path])())
            return
        async for event in stream:
            if path == CHAT:
                _read_chunk(event)
        _check(path, getattr(stream, CURRENT[path])())


ERRORS: list[str] = []  # the last library error seen, for the failure message


def _outcome(run: Callable[[], Any]) -> str:
    try:
        run()
    except moonshot.MoonshotError as error:
        ERRORS[:] = [f"{type(error).__name__}: {error}"]
        partial = getattr(error, "partial", "none")
        return "library error" + (" with .partial" if partial not in (None, "none") else "")
    return "result"


@pytest.mark.parametrize("path", KINDS)
def test_mutated_streams_give_a_result_or_a_library_error(path: str) -> None:
    counts: collections.Counter[str] = collections.Counter()
    with SSEServer() as server:
        sync_client = moonshot.Moonshot(api_key=KEY, base_url=server.url, max_retries=0)
        runner = asyncio.Runner()
        async_client = runner.run(_make_async(server.url))

        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
        @given(stream=_mutated(path))
        def replay(stream: tuple[list[dict[str, Any]], list[Any], list[str]]) -> None:
            events, names, ops = stream
            body = _body(path, events, names)
            server.script = lambda attempt, request: [body]
            outcomes = {
                f"sync {mode}": _outcome(lambda mode=mode: _sync(sync_client, path, mode))
                for mode in ("events", "final")
            } | {
                f"async {mode}": _outcome(
                    lambda mode=mode: runner.run(_async(async_client, path, mode))
                )
                for mode in ("events", "final")
            }
            for how, outcome in outcomes.items():
                counts[outcome] += 1
                for op in set(ops):
                    COUNTS[(path, f"{op}: {outcome}")] += 1
                if set(ops) <= {"drop", "add"}:  # a missing or added field loses nothing
                    assert outcome == "result", (how, ops, ERRORS, events)

        try:
            replay()
        finally:
            sync_client.close()
            runner.run(async_client.close())
            runner.close()
    print(f"\n{path}: {sum(counts.values())} streams read: {dict(counts)}")
    for (kind, what), n in sorted(COUNTS.items()):
        if kind == path:
            print(f"  {what}: {n}")
    assert counts["result"] > 0
    assert {op for (kind, what) in COUNTS if kind == path for op in [what.split(":")[0]]} == set(
        OPS
    )


async def _make_async(url: str) -> moonshot.AsyncMoonshot:
    return moonshot.AsyncMoonshot(api_key=KEY, base_url=url, max_retries=0)


def test_every_event_stream_of_the_document_is_mutated() -> None:
    """Not vacuous: each operation the document answers with ``text/event-stream`` is a
    stream kind above (a new one in a new document fails here), with its event schema."""
    assert set(SCHEMAS) <= set(KINDS), sorted(set(SCHEMAS) - set(KINDS))
    for path, schema in SCHEMAS.items():
        assert schema.get("properties") or schema.get("oneOf"), path
