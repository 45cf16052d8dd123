"""Non-streaming chat completions: sequential with one sync client, and 50-concurrent async.

Every client sends the same body to the same server and reads the answer's content, so
the difference between rows is what each client does around the HTTP exchange.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpx2
import moonshot
import openai

from bench.common import Meter
from bench.workload import API_KEY, MESSAGES, MODEL, PARAMS, chat_body

# The openai SDK's TypedDict message types, satisfied at runtime by the same dicts.
OPENAI_MESSAGES: Any = MESSAGES

SyncRunner = Callable[[Meter, int], int]
AsyncRunner = Callable[[Meter, str, int, int], int]
WARMUP = 20


def _content(completion: Any) -> str:
    content = completion.choices[0].message.content
    assert content, "empty completion"
    return str(content)


def sync_clients(api_url: str) -> tuple[dict[str, SyncRunner], Callable[[], None]]:
    """One long-lived client each; ``run(meter, n)`` sends ``n`` requests in a row."""
    ms = moonshot.Moonshot(api_key=API_KEY, base_url=api_url)
    oa = openai.OpenAI(api_key=API_KEY, base_url=api_url)
    hx = httpx2.Client(base_url=api_url, headers={"Authorization": f"Bearer {API_KEY}"})
    body = chat_body()

    def moonshot_call() -> str:
        return _content(ms.chat.completions.create(model=MODEL, messages=MESSAGES, **PARAMS))

    def openai_call() -> str:
        return _content(oa.chat.completions.create(model=MODEL, messages=OPENAI_MESSAGES, **PARAMS))

    def httpx_call() -> str:
        response = hx.post("/chat/completions", json=body)
        response.raise_for_status()
        return str(response.json()["choices"][0]["message"]["content"])

    def runner(call: Callable[[], str]) -> SyncRunner:
        for _ in range(WARMUP):
            call()

        def run(meter: Meter, n: int) -> int:
            with meter:
                for _ in range(n):
                    call()
            return n

        return run

    runners = {
        "moonshot": runner(moonshot_call),
        "openai": runner(openai_call),
        "raw httpx2": runner(httpx_call),
    }

    def close() -> None:
        ms.close()
        oa.close()
        hx.close()

    return runners, close


async def _drive(
    meter: Meter, call: Callable[[], Awaitable[str]], total: int, concurrency: int
) -> int:
    async def worker(share: int) -> None:
        for _ in range(share):
            await call()

    # Open every connection before measuring.
    await asyncio.gather(*(worker(1) for _ in range(concurrency)))
    shares = [total // concurrency + (i < total % concurrency) for i in range(concurrency)]
    with meter:
        await asyncio.gather(*(worker(s) for s in shares))
    return total


async def _moonshot_async(meter: Meter, api_url: str, total: int, concurrency: int) -> int:
    async with moonshot.AsyncMoonshot(api_key=API_KEY, base_url=api_url) as client:

        async def call() -> str:
            completion = await client.chat.completions.create(
                model=MODEL, messages=MESSAGES, **PARAMS
            )
            return _content(completion)

        return await _drive(meter, call, total, concurrency)


async def _openai_async(meter: Meter, api_url: str, total: int, concurrency: int) -> int:
    async with openai.AsyncOpenAI(api_key=API_KEY, base_url=api_url) as client:

        async def call() -> str:
            completion = await client.chat.completions.create(
                model=MODEL, messages=OPENAI_MESSAGES, **PARAMS
            )
            return _content(completion)

        return await _drive(meter, call, total, concurrency)


async def _httpx_async(meter: Meter, api_url: str, total: int, concurrency: int) -> int:
    headers = {"Authorization": f"Bearer {API_KEY}"}
    async with httpx2.AsyncClient(base_url=api_url, headers=headers) as client:
        body = chat_body()

        async def call() -> str:
            response = await client.post("/chat/completions", json=body)
            response.raise_for_status()
            return str(response.json()["choices"][0]["message"]["content"])

        return await _drive(meter, call, total, concurrency)


def _in_new_loop(coroutine: Callable[..., Awaitable[int]]) -> AsyncRunner:
    def run(meter: Meter, api_url: str, total: int, concurrency: int) -> int:
        return asyncio.run(coroutine(meter, api_url, total, concurrency))  # type: ignore[arg-type]

    return run


ASYNC_RUNNERS: dict[str, AsyncRunner] = {
    "moonshot": _in_new_loop(_moonshot_async),
    "openai": _in_new_loop(_openai_async),
    "raw httpx2": _in_new_loop(_httpx_async),
}
