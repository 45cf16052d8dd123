"""Chunks to completion: content, reasoning, tool calls, usage placements, n > 1."""

from __future__ import annotations

from typing import Any

import spec_facts as facts
from moonshot import ChatCompletionChunk
from moonshot._streams.assembly import CompletionAccumulator
from moonshot_openapi.models import ChatCompletionResponse

from .conftest import chunk

MODEL = facts.plain_model()


def assemble(*chunks: Any) -> ChatCompletionResponse:
    accumulator = CompletionAccumulator()
    for data in chunks:
        accumulator.add(data)
    return accumulator.completion()


def test_content_and_reasoning_concatenated() -> None:
    done = assemble(
        chunk({"role": "assistant", "content": ""}),
        chunk({"reasoning_content": "Think "}),
        chunk({"reasoning_content": "hard."}),
        chunk({"content": "Hel"}),
        chunk({"content": "lo"}),
        chunk({}, "stop"),
    )
    message = done.choices[0].message
    assert message.content == "Hello"
    assert message.reasoning_content == "Think hard."
    assert done.choices[0].finish_reason.value == "stop"
    assert done.id == "cmpl-1" and done.model == MODEL


def test_tool_calls_merged_by_index() -> None:
    done = assemble(
        chunk({"role": "assistant", "content": None}),
        chunk(
            {
                "tool_calls": [
                    {
                        "index": 0,
                        "id": "a",
                        "type": "function",
                        "function": {"name": "get_weather", "arguments": ""},
                    }
                ]
            }
        ),
        chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"city": '}}]}),
        chunk(
            {
                "tool_calls": [
                    {
                        "index": 1,
                        "id": "b",
                        "type": "function",
                        "function": {"name": "get_time", "arguments": "{}"},
                    }
                ]
            }
        ),
        chunk({"tool_calls": [{"index": 0, "function": {"arguments": '"Paris"}'}}]}),
        chunk({}, "tool_calls"),
    )
    calls = done.choices[0].message.tool_calls
    assert [(c.id, c.function.name, c.function.arguments) for c in calls] == [
        ("a", "get_weather", '{"city": "Paris"}'),
        ("b", "get_time", "{}"),
    ]
    assert done.choices[0].finish_reason.value == "tool_calls"


def test_name_and_id_taken_once_even_when_repeated() -> None:
    done = assemble(
        chunk(
            {"tool_calls": [{"index": 0, "id": "a", "function": {"name": "f", "arguments": "1"}}]}
        ),
        chunk(
            {"tool_calls": [{"index": 0, "id": "a", "function": {"name": "f", "arguments": "2"}}]}
        ),
        chunk({}, "tool_calls"),
    )
    call = done.choices[0].message.tool_calls[0]
    assert (call.id, call.function.name, call.function.arguments) == ("a", "f", "12")


def test_tool_call_pieces_without_index_do_not_crash() -> None:
    done = assemble(
        chunk({"tool_calls": [{"id": "a", "function": {"name": "f", "arguments": "{"}}]}),
        chunk({"tool_calls": [{"function": {"arguments": "}"}}]}),
        chunk({"tool_calls": [{"id": "b", "function": {"name": "g", "arguments": "["}}]}),
        chunk({"tool_calls": [{"id": "a", "function": {"arguments": " "}}]}),
        chunk({"tool_calls": [{"function": {"arguments": "]"}}]}),
        chunk({}, "tool_calls"),
    )
    calls = done.choices[0].message.tool_calls
    assert [(c.id, c.function.arguments) for c in calls] == [("a", "{} "), ("b", "[]")]


def test_usage_from_the_choice_of_the_last_chunk() -> None:
    usage = {"prompt_tokens": 19, "completion_tokens": 13, "total_tokens": 32}
    done = assemble(chunk({"content": "x"}), chunk({}, "stop", usage=usage))
    assert done.usage.to_dict() == usage
    assert done.choices[0]["usage"] == usage


def test_usage_from_a_top_level_usage_chunk() -> None:
    top = {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12, "cached_tokens": 2}
    last = {
        "id": "cmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": MODEL,
        "choices": [],
        "usage": top,
    }
    first = {**chunk({"content": "x"}), "usage": None}
    done = assemble(first, {**chunk({}, "stop"), "usage": None}, last)
    assert done.usage.to_dict() == top
    assert done.usage.cached_tokens == 2


def test_several_choices_kept_apart_by_index() -> None:
    done = assemble(
        chunk({"content": "A1 "}, index=0),
        chunk({"content": "B1 "}, index=1),
        chunk({"content": "A2"}, index=0),
        chunk({"content": "B2"}, index=1),
        chunk({}, "stop", index=1),
        chunk({}, "length", index=0),
    )
    assert [(c.index, c.message.content, c.finish_reason.value) for c in done.choices] == [
        (0, "A1 A2", "length"),
        (1, "B1 B2", "stop"),
    ]


def test_unknown_fields_survive_in_chunks_and_in_the_completion() -> None:
    data = chunk({"content": "x", "mood": "calm"}, "stop", flavour={"p": 1})
    data["system_fingerprint"] = "fp"
    data["choices"][0]["delta"]["tool_calls"] = [
        {"index": 0, "id": "a", "extra": 1, "function": {"name": "f", "arguments": "", "x": 2}}
    ]
    typed = ChatCompletionChunk.from_dict(data)
    assert typed.additional_properties == {"system_fingerprint": "fp"}
    assert typed.choices[0].additional_properties == {"flavour": {"p": 1}}
    assert typed.choices[0].delta.additional_properties == {"mood": "calm"}
    call = typed.choices[0].delta.tool_calls[0]
    assert call.additional_properties == {"extra": 1}
    assert call.function.additional_properties == {"x": 2}
    assert typed.to_dict() == data

    done = assemble(data)
    assert done["system_fingerprint"] == "fp"
    assert done.choices[0]["flavour"] == {"p": 1}
    assert done.choices[0].message["mood"] == "calm"
    assert done.choices[0].message.tool_calls[0]["extra"] == 1


def test_typed_chunk_fields() -> None:
    usage = {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}
    typed = ChatCompletionChunk.from_dict(
        chunk({"role": "assistant", "content": "hi", "reasoning_content": "r"}, "stop", usage=usage)
    )
    assert (typed.id, typed.object, typed.created, typed.model) == (
        "cmpl-1",
        "chat.completion.chunk",
        1,
        MODEL,
    )
    choice = typed.choices[0]
    assert (choice.index, choice.finish_reason) == (0, "stop")
    assert (choice.delta.role, choice.delta.content, choice.delta.reasoning_content) == (
        "assistant",
        "hi",
        "r",
    )
    assert choice.delta.tool_calls is None
    assert choice.usage is not None and choice.usage.total_tokens == 3
    assert typed.usage is None
    assert typed == ChatCompletionChunk.from_dict(typed.to_dict())


def test_unfinished_choice_assembles_without_finish_reason() -> None:
    done = assemble(chunk({"content": "half"}))
    assert done.choices[0].message.content == "half"
    assert "finish_reason" not in done.choices[0].to_dict()


def test_logprobs_are_typed_and_concatenated_where_they_came_from() -> None:
    def piece(token: str, where: str) -> dict[str, Any]:
        entry = {"token": token, "logprob": -0.5, "bytes": list(token.encode()), "top_logprobs": []}
        delta: dict[str, Any] = {"content": token}
        data = chunk(delta, None)
        if where == "delta":
            delta["logprobs"] = {"content": [entry]}
        else:
            data["choices"][0]["logprobs"] = {"content": [entry]}
        return data

    pieces = [piece("Hel", "delta"), piece("lo", "delta"), piece("!", "choice")]
    typed = ChatCompletionChunk.from_dict(pieces[0])
    assert typed.choices[0].delta.logprobs is not None
    assert typed.choices[0].delta.logprobs.content[0].token == "Hel"
    assert typed.choices[0].delta.additional_properties == {}
    assert ChatCompletionChunk.from_dict(pieces[2]).choices[0].logprobs.content[0].token == "!"
    accumulator = CompletionAccumulator()
    for data in pieces:
        accumulator.add(data)
    completion = accumulator.completion()
    message = completion.choices[0].message
    assert [t.token for t in message.logprobs.content] == ["Hel", "lo"]
    assert [t.token for t in completion.choices[0].logprobs.content] == ["!"]
    assert message.logprobs.content[0].logprob == -0.5


def test_first_choice_without_index_then_with_index_0() -> None:
    """A first chunk whose choice has no ``index`` is choice 0; the next ones extend it."""
    acc = CompletionAccumulator()
    acc.add({"choices": [{"delta": {"role": "assistant", "content": "a"}}]})
    acc.add({"choices": [{"index": 0, "delta": {"content": "b"}, "finish_reason": None}]})
    acc.add({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    choices = acc.to_dict()["choices"]
    assert [(c["index"], c["message"]["content"], c["finish_reason"]) for c in choices] == [
        (0, "ab", "stop")
    ]
