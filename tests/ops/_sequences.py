"""Stream event sequences written from the document's stream event schemas.

Each holds every event type the document lists for its stream (checked by the tests,
so a new type in a new document shows up as a failure here), plus events it does not
list (``ping``, a type from the future), which must pass through.
"""

from __future__ import annotations

import json
from typing import Any

MODEL = "model-from-the-document"  # replaced by the tests with the document's model

_REASONING = ["The user ", "asks about ", "the Moon."]
_TEXT = ["It is ", "a waxing ", "crescent ", "tonight."]
_ARGS = ['{"city"', ': "Pa', 'ris"}']
_CUSTOM = ["print(", "'hi'", ")"]


def response_sequence(model: str) -> list[dict[str, Any]]:
    """A Responses stream: web search, reasoning, a message, a function call, a custom tool."""
    rid = "resp_seq"
    opening = {
        "id": rid,
        "object": "response",
        "status": "in_progress",
        "model": model,
        "output": [],
        "usage": None,
    }
    search = {
        "type": "web_search_call",
        "id": "ws_1",
        "status": "in_progress",
        "action": {"type": "search", "query": "moon phase tonight"},
    }
    reasoning = {"type": "reasoning", "id": "rs_1", "summary": [], "status": "in_progress"}
    message = {
        "type": "message",
        "id": "msg_1",
        "role": "assistant",
        "content": [],
        "status": "in_progress",
    }
    function = {
        "type": "function_call",
        "id": "fc_1",
        "call_id": "call_1",
        "name": "get_weather",
        "arguments": "",
        "status": "in_progress",
    }
    custom = {
        "type": "custom_tool_call",
        "id": "ct_1",
        "call_id": "call_2",
        "name": "run",
        "input": "",
        "status": "in_progress",
    }
    done_search = {**search, "status": "completed"}
    done_reasoning = {
        **reasoning,
        "status": "completed",
        "summary": [{"type": "summary_text", "text": "".join(_REASONING)}],
    }
    done_message = {
        **message,
        "status": "completed",
        "content": [{"type": "output_text", "text": "".join(_TEXT), "annotations": []}],
    }
    done_function = {**function, "status": "completed", "arguments": "".join(_ARGS)}
    done_custom = {**custom, "status": "completed", "input": "".join(_CUSTOM)}
    usage = {
        "input_tokens": 20,
        "input_tokens_details": {"cached_tokens": 4},
        "output_tokens": 30,
        "output_tokens_details": {"reasoning_tokens": 9},
        "total_tokens": 50,
    }
    final = {
        **opening,
        "status": "completed",
        "output": [done_search, done_reasoning, done_message, done_function, done_custom],
        "usage": usage,
    }
    events: list[dict[str, Any]] = [
        {"type": "response.created", "response": opening},
        {"type": "response.in_progress", "response": opening},
        {"type": "response.output_item.added", "output_index": 0, "item": search},
        {"type": "response.web_search_call.in_progress", "output_index": 0, "item_id": "ws_1"},
        {"type": "response.web_search_call.searching", "output_index": 0, "item_id": "ws_1"},
        {"type": "response.web_search_call.completed", "output_index": 0, "item_id": "ws_1"},
        {"type": "response.output_item.done", "output_index": 0, "item": done_search},
        {"type": "response.output_item.added", "output_index": 1, "item": reasoning},
        {
            "type": "response.reasoning_summary_part.added",
            "output_index": 1,
            "item_id": "rs_1",
            "summary_index": 0,
            "part": {"type": "summary_text", "text": ""},
        },
        *(
            {
                "type": "response.reasoning_summary_text.delta",
                "output_index": 1,
                "item_id": "rs_1",
                "summary_index": 0,
                "delta": d,
            }
            for d in _REASONING
        ),
        {
            "type": "response.reasoning_summary_text.done",
            "output_index": 1,
            "item_id": "rs_1",
            "summary_index": 0,
            "text": "".join(_REASONING),
        },
        {
            "type": "response.reasoning_summary_part.done",
            "output_index": 1,
            "item_id": "rs_1",
            "summary_index": 0,
            "part": done_reasoning["summary"][0],
        },
        {"type": "response.output_item.done", "output_index": 1, "item": done_reasoning},
        {"type": "response.output_item.added", "output_index": 2, "item": message},
        {
            "type": "response.content_part.added",
            "output_index": 2,
            "item_id": "msg_1",
            "content_index": 0,
            "part": {"type": "output_text", "text": "", "annotations": []},
        },
        {"type": "response.future_event.delta", "output_index": 2, "note": "not documented"},
        *(
            {
                "type": "response.output_text.delta",
                "output_index": 2,
                "item_id": "msg_1",
                "content_index": 0,
                "delta": d,
            }
            for d in _TEXT
        ),
        {
            "type": "response.output_text.done",
            "output_index": 2,
            "item_id": "msg_1",
            "content_index": 0,
            "text": "".join(_TEXT),
        },
        {
            "type": "response.content_part.done",
            "output_index": 2,
            "item_id": "msg_1",
            "content_index": 0,
            "part": done_message["content"][0],
        },
        {"type": "response.output_item.done", "output_index": 2, "item": done_message},
        {"type": "response.output_item.added", "output_index": 3, "item": function},
        *(
            {
                "type": "response.function_call_arguments.delta",
                "output_index": 3,
                "item_id": "fc_1",
                "delta": d,
            }
            for d in _ARGS
        ),
        {
            "type": "response.function_call_arguments.done",
            "output_index": 3,
            "item_id": "fc_1",
            "arguments": "".join(_ARGS),
        },
        {"type": "response.output_item.done", "output_index": 3, "item": done_function},
        {"type": "response.output_item.added", "output_index": 4, "item": custom},
        *(
            {
                "type": "response.custom_tool_call_input.delta",
                "output_index": 4,
                "item_id": "ct_1",
                "delta": d,
            }
            for d in _CUSTOM
        ),
        {
            "type": "response.custom_tool_call_input.done",
            "output_index": 4,
            "item_id": "ct_1",
            "input": "".join(_CUSTOM),
        },
        {"type": "response.output_item.done", "output_index": 4, "item": done_custom},
        {"type": "response.completed", "response": final},
    ]
    return [{**event, "sequence_number": n} for n, event in enumerate(events)]


def message_sequence(model: str) -> list[dict[str, Any]]:
    """A Messages stream: thinking with a signature, text, a tool call in JSON pieces."""
    start = {
        "id": "msg_seq",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": 12, "output_tokens": 1, "cache_read_input_tokens": 3},
    }
    return [
        {"type": "message_start", "message": start},
        {"type": "ping"},
        {
            "type": "content_block_start",
            "index": 0,
            "content_block": {"type": "thinking", "thinking": ""},
        },
        *(
            {
                "type": "content_block_delta",
                "index": 0,
                "delta": {"type": "thinking_delta", "thinking": d},
            }
            for d in _REASONING
        ),
        {
            "type": "content_block_delta",
            "index": 0,
            "delta": {"type": "signature_delta", "signature": "sig-1"},
        },
        {"type": "content_block_stop", "index": 0},
        {"type": "content_block_start", "index": 1, "content_block": {"type": "text", "text": ""}},
        *(
            {"type": "content_block_delta", "index": 1, "delta": {"type": "text_delta", "text": d}}
            for d in _TEXT
        ),
        {"type": "content_block_stop", "index": 1},
        {"type": "future_event", "detail": "not documented"},
        {
            "type": "content_block_start",
            "index": 2,
            "content_block": {"type": "tool_use", "id": "tu_1", "name": "get_weather", "input": {}},
        },
        *(
            {
                "type": "content_block_delta",
                "index": 2,
                "delta": {"type": "input_json_delta", "partial_json": d},
            }
            for d in _ARGS
        ),
        {"type": "content_block_stop", "index": 2},
        {
            "type": "message_delta",
            "delta": {"stop_reason": "tool_use", "stop_sequence": None},
            "usage": {"output_tokens": 42},
        },
        {"type": "message_stop"},
    ]


def sse(events: list[dict[str, Any]]) -> tuple[bytes, list[int]]:
    """The SSE body (``event:`` + ``data:`` frames) and the byte offset where each ends."""
    body = bytearray()
    ends = []
    for event in events:
        body += f"event: {event['type']}\ndata: {json.dumps(event)}\n\n".encode()
        ends.append(len(body))
    return bytes(body), ends
