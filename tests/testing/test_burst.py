"""A burst of 200 concurrent connections from one client, retries off: every call is
answered (with socketserver's listen backlog of 5, 26 of 50 were refused or reset)."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx2
import openai
import spec_facts as facts
from moonshot.testing import LocalMoonshot

BURST = 200
MODEL = facts.plain_model()


def test_200_concurrent_openai_sdk_calls_without_retries() -> None:
    async def burst(url: str) -> list[Any]:
        async with openai.AsyncOpenAI(
            base_url=url, api_key="sk-burst", max_retries=0, timeout=60
        ) as client:
            calls = [
                client.chat.completions.create(
                    model=MODEL, messages=[{"role": "user", "content": f"call {n}"}]
                )
                for n in range(BURST)
            ]
            return await asyncio.gather(*calls, return_exceptions=True)

    with LocalMoonshot() as server:
        results = asyncio.run(burst(server.url))
        answered = [r for r in server.requests if r.path == "/v1/chat/completions"]
    failures = [repr(r) for r in results if isinstance(r, BaseException)]
    assert failures == [], f"{len(failures)} of {BURST} failed, first: {failures[0]}"
    assert {r.choices[0].message.content.split('"')[1] for r in results} == {
        f"call {n}" for n in range(BURST)
    }
    assert len(answered) == BURST


def test_200_threads_open_their_connections_at_once() -> None:
    """Each thread its own new connection (plain httpx2, which never retries), all
    released together: the server's side alone, whatever a client library does."""
    gate = threading.Barrier(BURST, timeout=60)

    def one(url: str, n: int) -> str:
        headers = {"Authorization": "Bearer sk-burst"}
        body = {"model": MODEL, "messages": [{"role": "user", "content": f"thread {n}"}]}
        with httpx2.Client(headers=headers, timeout=60) as http:
            gate.wait()
            reply = http.post(f"{url}/chat/completions", json=body)
            reply.raise_for_status()
            return str(reply.json()["choices"][0]["message"]["content"])

    with LocalMoonshot() as server, ThreadPoolExecutor(BURST) as pool:
        futures = [pool.submit(one, server.url, n) for n in range(BURST)]
        errors = [f.exception() for f in futures if f.exception() is not None]
        assert errors == [], f"{len(errors)} of {BURST} failed, first: {errors[0]!r}"
        assert all(f"thread {n}" in f.result() for n, f in enumerate(futures))
