"""Consuming one long SSE chat stream: typed chunks, the final completion, and the floor.

Every consumer reads each chunk's delta text, so all rows do the same useful work. Two
floors read the same stream: httpx2's own SSE reader (``Client.sse``) + ``json.loads``, and
the plainest loop there is, ``Response.iter_lines()`` + ``json.loads`` on each ``data:`` line.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx2
import moonshot
import openai

from bench.common import Meter
from bench.workload import API_KEY, MESSAGES, MODEL, PARAMS, chat_body

# The openai SDK's TypedDict message types, satisfied at runtime by the same dicts.
OPENAI_MESSAGES: Any = MESSAGES

Runner = Callable[[Meter], int]
SSE_FLOOR = "httpx2 SSE + json.loads"
LINES_FLOOR = "httpx2 iter_lines + json.loads"


def _text(chunk: Any) -> str:
    choices = chunk.choices
    return (choices[0].delta.content or "") if choices else ""


def _closing(stream: Any) -> Any:
    """Streams that are context managers are closed by ``with``; others pass through."""
    return stream if hasattr(stream, "__enter__") else _NoContext(stream)


class _NoContext:
    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def __enter__(self) -> Any:
        return self.stream

    def __exit__(self, *exc: object) -> None:
        return None


def clients(api_url: str) -> tuple[dict[str, Runner], Callable[[], None]]:
    """One long-lived client each; ``run(meter)`` consumes one whole stream."""
    ms = moonshot.Moonshot(api_key=API_KEY, base_url=api_url)
    oa = openai.OpenAI(api_key=API_KEY, base_url=api_url)
    hx = httpx2.Client(base_url=api_url, headers={"Authorization": f"Bearer {API_KEY}"})

    def moonshot_chunks(meter: Meter) -> int:
        count = 0
        with meter:
            stream = ms.chat.completions.create(
                model=MODEL, messages=MESSAGES, stream=True, **PARAMS
            )
            with _closing(stream) as chunks:
                for chunk in chunks:
                    _text(chunk)
                    count += 1
        return count

    def moonshot_final(meter: Meter) -> int:
        with meter:
            stream = ms.chat.completions.create(
                model=MODEL, messages=MESSAGES, stream=True, **PARAMS
            )
            with _closing(stream) as chunks:
                final = chunks.get_final_completion()
        return len((final.choices[0].message.content or "").split())

    def openai_chunks(meter: Meter) -> int:
        count = 0
        with meter:
            stream = oa.chat.completions.create(
                model=MODEL, messages=OPENAI_MESSAGES, stream=True, **PARAMS
            )
            with stream:
                for chunk in stream:
                    _text(chunk)
                    count += 1
        return count

    def openai_final(meter: Meter) -> int:
        with meter:
            manager = oa.chat.completions.stream(model=MODEL, messages=OPENAI_MESSAGES, **PARAMS)
            with manager as stream:
                final = stream.get_final_completion()
        return len((final.choices[0].message.content or "").split())

    body = chat_body(stream=True)

    def httpx_sse_loop(meter: Meter) -> int:
        count = 0
        with meter, hx.sse("/chat/completions", method="POST", json=body) as source:
            for event in source:
                if event.data == "[DONE]":
                    break
                data = json.loads(event.data)
                choices = data["choices"]
                if choices:
                    choices[0]["delta"].get("content")
                count += 1
        return count

    def httpx_lines_loop(meter: Meter) -> int:
        count = 0
        loads = json.loads
        with meter, hx.stream("POST", "/chat/completions", json=body) as response:
            for line in response.iter_lines():
                if not line.startswith("data: "):
                    continue
                data = line[6:]
                if data == "[DONE]":
                    break
                choices = loads(data)["choices"]
                if choices:
                    choices[0]["delta"].get("content")
                count += 1
        return count

    runners: dict[str, Runner] = {
        "moonshot chunks": moonshot_chunks,
        "moonshot get_final_completion()": moonshot_final,
        "openai chunks": openai_chunks,
        "openai .stream() get_final_completion()": openai_final,
        SSE_FLOOR: httpx_sse_loop,
        LINES_FLOOR: httpx_lines_loop,
    }

    for run in runners.values():  # lazy imports, catalogs and connections, unmeasured
        run(Meter(None))

    def close() -> None:
        ms.close()
        oa.close()
        hx.close()

    return runners, close
