"""The three ways to send many requests that the live bench compares, same requests each.

* ``create_many``: this client's runner (async and sync), given the account's limits.
* ``naive``: what users write by hand: ``asyncio.gather`` over every request, an
  ``asyncio.Semaphore(max_concurrency)``, and retries on 429 honouring ``Retry-After``
  (else 0.5 s doubling), up to 8 tries, on ``AsyncMoonshot`` with its own retries off.
* ``openai``: the ``openai`` SDK's ``AsyncOpenAI`` with ``max_retries=8`` (its retries
  honour ``Retry-After``), the same gather + semaphore.

Each returns (successes, failures).
"""

from __future__ import annotations

import asyncio
from typing import Any

import moonshot

KEY = "sk-live-bench"
TRIES = 8


def _bodies(requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [item["body"] for item in requests]


async def run_create_many(
    url: str, requests: list[dict[str, Any]], limits: dict[str, Any]
) -> tuple[int, int]:
    ok = failed = 0
    async with moonshot.AsyncMoonshot(base_url=url, api_key=KEY) as client:
        async for result in client.chat.completions.create_many(requests, **limits):
            ok += result.ok
            failed += not result.ok
    return ok, failed


def run_create_many_sync(
    url: str, requests: list[dict[str, Any]], limits: dict[str, Any]
) -> tuple[int, int]:
    ok = failed = 0
    with moonshot.Moonshot(base_url=url, api_key=KEY) as client:
        for result in client.chat.completions.create_many(requests, **limits):
            ok += result.ok
            failed += not result.ok
    return ok, failed


async def run_naive(
    url: str, requests: list[dict[str, Any]], limits: dict[str, Any]
) -> tuple[int, int]:
    gate = asyncio.Semaphore(limits["max_concurrency"])
    async with moonshot.AsyncMoonshot(base_url=url, api_key=KEY, max_retries=0) as client:

        async def one(body: dict[str, Any]) -> bool:
            async with gate:
                for attempt in range(TRIES):
                    try:
                        await client.chat.completions.create(**body)
                        return True
                    except moonshot.RateLimitError as error:
                        if attempt == TRIES - 1:
                            return False
                        asked = error.response.headers.get("retry-after")
                        await asyncio.sleep(float(asked) if asked else 0.5 * 2**attempt)
            return False

        done = await asyncio.gather(*(one(body) for body in _bodies(requests)))
    return sum(done), len(done) - sum(done)


async def run_openai(
    url: str, requests: list[dict[str, Any]], limits: dict[str, Any]
) -> tuple[int, int]:
    import openai

    gate = asyncio.Semaphore(limits["max_concurrency"])
    async with openai.AsyncOpenAI(base_url=url, api_key=KEY, max_retries=TRIES - 1) as client:

        async def one(body: dict[str, Any]) -> bool:
            async with gate:
                try:
                    await client.chat.completions.create(**body)
                except openai.RateLimitError:
                    return False
                return True

        done = await asyncio.gather(*(one(body) for body in _bodies(requests)))
    return sum(done), len(done) - sum(done)
