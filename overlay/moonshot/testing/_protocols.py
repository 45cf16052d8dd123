"""Responses and Messages requests answered by the chat assistant.

Each request is turned into the chat conversation it means (instructions / system,
user and assistant turns, tool calls and their results, function tools), the same
:class:`~._assistant.Assistant` answers it, and the answer is written back in the
protocol's shape: a Responses ``response`` with reasoning, message and function-call
items, or a Messages ``message`` with thinking, text and tool_use blocks; streamed as
the protocol's events. Both always reason (the models these endpoints serve are
thinking models), so reasoning / thinking is in every answer.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from typing import Any

from ._assistant import Assistant, Choice, Completion, _reasoning, split_text, text_of
from ._tokens import count_text

__all__ = [
    "message_events",
    "message_json",
    "messages_answer",
    "response_events",
    "response_json",
    "responses_answer",
]

_ROLES = {"developer": "system", "system": "system", "user": "user", "assistant": "assistant"}


def _text(content: Any) -> str:
    """The text of a string or a list of typed parts (input_text / output_text / text)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(
            str(part.get("text", "")) for part in content if isinstance(part, Mapping)
        ).strip()
    return text_of(content)


def _function_tools(tools: Any, kind: str, schema_key: str) -> list[dict[str, Any]]:
    out = []
    for tool in tools or []:
        if not isinstance(tool, Mapping) or tool.get("type", kind) != kind:
            continue
        function = {"name": tool["name"], "parameters": tool.get(schema_key) or {"type": "object"}}
        if tool.get("description"):
            function["description"] = tool["description"]
        out.append({"type": "function", "function": function})
    return out


def _chat_from_responses(body: Mapping[str, Any]) -> dict[str, Any]:
    messages: list[dict[str, Any]] = []
    if body.get("instructions"):
        messages.append({"role": "system", "content": str(body["instructions"])})
    items = body["input"]
    if isinstance(items, str):
        items = [{"role": "user", "content": items}]
    for item in items:
        kind = item.get("type", "message")
        if kind == "message":
            role = _ROLES.get(str(item.get("role")), "user")
            messages.append({"role": role, "content": _text(item.get("content"))})
        elif kind == "function_call":
            call = {
                "id": item["call_id"],
                "type": "function",
                "function": {"name": item["name"], "arguments": item["arguments"]},
            }
            messages.append({"role": "assistant", "content": None, "tool_calls": [call]})
        elif kind == "function_call_output":
            output = _text(item.get("output"))
            messages.append({"role": "tool", "tool_call_id": item["call_id"], "content": output})
    chat: dict[str, Any] = {"model": body["model"], "messages": messages}
    tools = _function_tools(body.get("tools"), "function", "parameters")
    if tools:
        chat["tools"] = tools
    if "max_output_tokens" in body:
        chat["max_completion_tokens"] = body["max_output_tokens"]
    if body.get("prompt_cache_key"):
        chat["prompt_cache_key"] = body["prompt_cache_key"]
    return chat


def _chat_from_messages(body: Mapping[str, Any]) -> dict[str, Any]:
    messages: list[dict[str, Any]] = []
    if body.get("system"):
        messages.append({"role": "system", "content": _text(body["system"])})
    for message in body["messages"]:
        content = message.get("content")
        role = message.get("role", "user")
        if isinstance(content, str):
            messages.append({"role": role, "content": content})
            continue
        blocks = [b for b in content or [] if isinstance(b, Mapping)]
        calls = [
            {
                "id": b["id"],
                "type": "function",
                "function": {"name": b["name"], "arguments": json.dumps(b.get("input") or {})},
            }
            for b in blocks
            if b.get("type") == "tool_use"
        ]
        for block in blocks:
            if block.get("type") == "tool_result":
                result = _text(block.get("content"))
                messages.append(
                    {"role": "tool", "tool_call_id": block["tool_use_id"], "content": result}
                )
        text = " ".join(str(b.get("text", "")) for b in blocks if b.get("type") == "text").strip()
        if calls:
            messages.append({"role": "assistant", "content": text or None, "tool_calls": calls})
        elif text:
            messages.append({"role": role, "content": text})
    chat: dict[str, Any] = {"model": body["model"], "messages": messages}
    choice = (body.get("tool_choice") or {}).get("type")
    tools = _function_tools(body.get("tools"), "custom", "input_schema")
    if tools and choice != "none":
        chat["tools"] = tools
    chat["max_completion_tokens"] = body["max_tokens"]
    if body.get("stop_sequences"):
        chat["stop"] = body["stop_sequences"]
    return chat


def _reasoned(chat: Mapping[str, Any], completion: Completion) -> Choice:
    """The first choice, with reasoning (these endpoints always reason)."""
    choice = completion.choices[0]
    if choice.reasoning is None:
        if choice.tool_calls:
            choice.reasoning = f"I should call {choice.tool_calls[0]['function']['name']}."
        else:
            choice.reasoning = _reasoning(list(chat["messages"]))
    return choice


def _usage_numbers(completion: Completion, choice: Choice) -> dict[str, int]:
    usage = completion.usage(choice)
    return {
        "input": usage["prompt_tokens"],
        "output": usage["completion_tokens"],
        "cached": completion.cached_tokens,
        "reasoning": count_text(choice.reasoning or ""),
    }


def responses_answer(assistant: Assistant, body: Mapping[str, Any]) -> dict[str, Any]:
    """The ``response`` object for a checked Responses request."""
    chat = _chat_from_responses(body)
    completion = assistant.complete(chat)
    return response_json(body, completion, _reasoned(chat, completion))


def _stable_id(prefix: str, *parts: str) -> str:
    return prefix + hashlib.sha1("\0".join(parts).encode()).hexdigest()[:24]


def response_json(
    body: Mapping[str, Any], completion: Completion, choice: Choice
) -> dict[str, Any]:
    """A Responses ``response`` for one chat choice."""
    rid = "resp_" + completion.id.removeprefix("cmpl-")
    output: list[dict[str, Any]] = [
        {
            "type": "reasoning",
            "id": _stable_id("rs_", rid),
            "summary": [{"type": "summary_text", "text": choice.reasoning or ""}],
            "status": "completed",
        }
    ]
    for call in choice.tool_calls:
        output.append(
            {
                "type": "function_call",
                "id": _stable_id("fc_", rid, call["id"]),
                "call_id": call["id"],
                "name": call["function"]["name"],
                "arguments": call["function"]["arguments"],
                "status": "completed",
            }
        )
    if choice.content is not None:
        output.append(
            {
                "type": "message",
                "id": _stable_id("msg_", rid),
                "role": "assistant",
                "status": "completed",
                "content": [{"type": "output_text", "text": choice.content, "annotations": []}],
            }
        )
    numbers = _usage_numbers(completion, choice)
    incomplete = choice.finish_reason == "length"
    return {
        "id": rid,
        "object": "response",
        "created_at": completion.created,
        "completed_at": completion.created,
        "status": "incomplete" if incomplete else "completed",
        "model": completion.model,
        "output": output,
        "usage": {
            "input_tokens": numbers["input"],
            "input_tokens_details": {"cached_tokens": numbers["cached"]},
            "output_tokens": numbers["output"],
            "output_tokens_details": {"reasoning_tokens": numbers["reasoning"]},
            "total_tokens": numbers["input"] + numbers["output"],
        },
        "incomplete_details": {"reason": "max_output_tokens"} if incomplete else None,
        "error": None,
        "instructions": body.get("instructions"),
        "max_output_tokens": body.get("max_output_tokens"),
        "store": False,
        "previous_response_id": None,
    }


def response_events(response: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """The Responses stream events that build ``response``, numbered from 0."""
    number = 0

    def event(kind: str, **fields: Any) -> dict[str, Any]:
        nonlocal number
        number += 1
        return {"type": kind, "sequence_number": number - 1, **fields}

    opening = {
        **response,
        "status": "in_progress",
        "output": [],
        "usage": None,
        "completed_at": None,
    }
    yield event("response.created", response=opening)
    yield event("response.in_progress", response=opening)
    for index, item in enumerate(response["output"]):
        kind = item["type"]
        empty = {**item, "status": "in_progress"}
        where = {"output_index": index, "item_id": item["id"]}
        if kind == "reasoning":
            empty["summary"] = []
        elif kind == "message":
            empty["content"] = []
        elif kind == "function_call":
            empty["arguments"] = ""
        yield event("response.output_item.added", output_index=index, item=empty)
        if kind == "reasoning":
            for part_index, part in enumerate(item["summary"]):
                at = {**where, "summary_index": part_index}
                yield event(
                    "response.reasoning_summary_part.added", **at, part={**part, "text": ""}
                )
                for piece in split_text(part["text"]):
                    yield event("response.reasoning_summary_text.delta", **at, delta=piece)
                yield event("response.reasoning_summary_text.done", **at, text=part["text"])
                yield event("response.reasoning_summary_part.done", **at, part=part)
        elif kind == "message":
            for part_index, part in enumerate(item["content"]):
                at = {**where, "content_index": part_index}
                yield event("response.content_part.added", **at, part={**part, "text": ""})
                for piece in split_text(part["text"]):
                    yield event("response.output_text.delta", **at, delta=piece)
                yield event("response.output_text.done", **at, text=part["text"])
                yield event("response.content_part.done", **at, part=part)
        elif kind == "function_call":
            for piece in split_text(item["arguments"], 3):
                yield event("response.function_call_arguments.delta", **where, delta=piece)
            yield event(
                "response.function_call_arguments.done", **where, arguments=item["arguments"]
            )
        yield event("response.output_item.done", output_index=index, item=item)
    final = "response.incomplete" if response["status"] == "incomplete" else "response.completed"
    yield event(final, response=response)


def messages_answer(assistant: Assistant, body: Mapping[str, Any]) -> dict[str, Any]:
    """The ``message`` object for a checked Messages request."""
    chat = _chat_from_messages(body)
    completion = assistant.complete(chat)
    return message_json(completion, _reasoned(chat, completion))


def message_json(completion: Completion, choice: Choice) -> dict[str, Any]:
    """A Messages ``message`` for one chat choice."""
    mid = "msg_" + completion.id.removeprefix("cmpl-")
    content: list[dict[str, Any]] = [
        {
            "type": "thinking",
            "thinking": choice.reasoning or "",
            "signature": _stable_id("sig_", choice.reasoning or ""),
        }
    ]
    if choice.content:
        content.append({"type": "text", "text": choice.content})
    for call in choice.tool_calls:
        content.append(
            {
                "type": "tool_use",
                "id": call["id"],
                "name": call["function"]["name"],
                "input": _object(json.loads(call["function"]["arguments"] or "{}")),
            }
        )
    stop = {"tool_calls": "tool_use", "length": "max_tokens"}.get(choice.finish_reason, "end_turn")
    numbers = _usage_numbers(completion, choice)
    return {
        "id": mid,
        "type": "message",
        "role": "assistant",
        "model": completion.model,
        "content": content,
        "stop_reason": stop,
        "stop_sequence": None,
        "usage": {
            "input_tokens": numbers["input"] - numbers["cached"],
            "output_tokens": numbers["output"],
            "cache_read_input_tokens": numbers["cached"],
            "cache_creation_input_tokens": 0,
            "output_tokens_details": {"thinking_tokens": numbers["reasoning"]},
        },
    }


def message_events(message: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """The Messages stream events that build ``message``, only the types the document lists."""
    usage = message["usage"]
    opening = {
        **message,
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {**usage, "output_tokens": 1},
    }
    yield {"type": "message_start", "message": opening}
    for index, block in enumerate(message["content"]):
        kind = block["type"]
        if kind == "thinking":
            yield _block_start(index, {"type": "thinking", "thinking": ""})
            for piece in split_text(block["thinking"]):
                yield _delta(index, {"type": "thinking_delta", "thinking": piece})
            yield _delta(index, {"type": "signature_delta", "signature": block["signature"]})
        elif kind == "text":
            yield _block_start(index, {"type": "text", "text": ""})
            for piece in split_text(block["text"]):
                yield _delta(index, {"type": "text_delta", "text": piece})
        elif kind == "tool_use":
            yield _block_start(index, {**block, "input": {}})
            for piece in split_text(json.dumps(block["input"]), 3):
                yield _delta(index, {"type": "input_json_delta", "partial_json": piece})
        yield {"type": "content_block_stop", "index": index}
    yield {
        "type": "message_delta",
        "delta": {"stop_reason": message["stop_reason"], "stop_sequence": None},
        "usage": {"output_tokens": usage["output_tokens"]},
    }
    yield {"type": "message_stop"}


def _object(value: Any) -> dict[str, Any]:
    """A tool_use ``input`` is an object; arguments drawn for a non-object schema are not."""
    return value if isinstance(value, dict) else {}


def _block_start(index: int, block: dict[str, Any]) -> dict[str, Any]:
    return {"type": "content_block_start", "index": index, "content_block": block}


def _delta(index: int, delta: dict[str, Any]) -> dict[str, Any]:
    return {"type": "content_block_delta", "index": index, "delta": delta}
