"""Load on loopback: many concurrent async streams through one client, and a long run of
sequential requests with flat memory and no growth in open file descriptors.

Sizes: ``MOONSHOT_SOAK=full`` (``make soak``) runs 200 streams x 200 chunks and 10,000
requests; otherwise (CI) 50 x 50 and 1,000. The figures are printed in the run's summary.
"""

from __future__ import annotations

import gc
import os
import socket
import time

import anyio
import httpx
import moonshot
import pytest
import spec_facts as facts

from . import _figures
from ._servers import (
    Request,
    ScriptedServer,
    completion,
    event_stream,
    respond_json,
    text_events,
)
from .conftest import SENTINEL_KEY

MODEL = facts.plain_model()

FULL = os.environ.get("MOONSHOT_SOAK") == "full"
STREAMS, CHUNKS, REQUESTS = (200, 200, 10_000) if FULL else (50, 50, 1_000)
WARM_UP = 200
# Allowed RSS growth over the run: a leak of 1 KiB per request would be 10 MiB at full size.
RSS_SLACK = 6 * 1024 * 1024

pytestmark = [pytest.mark.soak, pytest.mark.timeout(600 if FULL else 120)]


def rss_bytes() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def _parts(request: Request) -> list[str]:
    tag = request.json()["messages"][0]["content"]
    return [f"{tag}.{i} " for i in range(CHUNKS)]


def _echo_stream(conn: socket.socket, request: Request) -> bool:
    """A stream of CHUNKS pieces naming the request, so every stream's answer is its own."""
    return event_stream(text_events(_parts(request)))(conn, request)


@pytest.mark.anyio
async def test_concurrent_async_streams_through_one_client() -> None:
    fds_before = open_fds()
    with ScriptedServer(default=_echo_stream, record=False) as server:
        http = httpx.AsyncClient(
            limits=httpx.Limits(max_connections=STREAMS, max_keepalive_connections=STREAMS)
        )
        client = moonshot.AsyncMoonshot(
            api_key=SENTINEL_KEY, base_url=server.url, http_client=http, max_retries=0
        )
        results: dict[int, tuple[int, str]] = {}

        async def one(number: int) -> None:
            messages = [{"role": "user", "content": f"s{number}"}]
            stream = await client.chat.completions.create(
                model=MODEL, messages=messages, stream=True
            )
            async with stream:
                pieces = [c.choices[0].delta.content or "" async for c in stream if c.choices]
                final = await stream.get_final_completion()
            results[number] = (len(pieces), final.choices[0].message.content or "")

        started = time.monotonic()
        async with anyio.create_task_group() as group:
            for number in range(STREAMS):
                group.start_soon(one, number)
        elapsed = time.monotonic() - started
        await client.close()
        connections = server.connections
    assert len(results) == STREAMS
    for number, (count, text) in results.items():
        assert count == CHUNKS + 2  # role chunk, the pieces, the finish chunk
        assert text == "".join(f"s{number}.{i} " for i in range(CHUNKS))
    assert connections <= STREAMS
    assert open_fds() <= fds_before
    _figures.load[f"{STREAMS} concurrent async streams x {CHUNKS} chunks"] = (
        f"all complete and correct over {connections} connections ({elapsed:.1f} s)"
    )


def _sequential(client: moonshot.Moonshot, count: int) -> None:
    for number in range(count):
        if number % 10 == 9:
            messages = [{"role": "user", "content": f"r{number}"}]
            with client.chat.completions.create(
                model=MODEL, messages=messages, stream=True
            ) as stream:
                assert stream.get_final_completion().choices[0].message.content
        elif number % 2:
            assert client.models.list().data[0].id == MODEL
        else:
            answer = client.chat.completions.create(
                model=MODEL, messages=[{"role": "user", "content": "x"}]
            )
            assert answer.choices[0].message.content == "ok"


def _route(conn: socket.socket, request: Request) -> bool:
    if request.target.endswith("/models"):
        return respond_json({"object": "list", "data": [{"id": MODEL, "object": "model"}]})(
            conn, request
        )
    if request.json().get("stream"):
        return _echo_stream(conn, request)
    return respond_json(completion("ok"))(conn, request)


def test_sequential_requests_keep_memory_and_descriptors_flat() -> None:
    with ScriptedServer(default=_route, record=False) as server:
        client = moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=server.url, max_retries=0)
        _sequential(client, WARM_UP)  # imports, caches, the pooled connection
        gc.collect()
        rss_before, fds_before = rss_bytes(), open_fds()
        started = time.monotonic()
        _sequential(client, REQUESTS)
        elapsed = time.monotonic() - started
        gc.collect()
        rss_after, fds_after = rss_bytes(), open_fds()
        connections = server.connections
        client.close()
    mib = 1024 * 1024
    print(
        f"\n{REQUESTS} sequential requests: RSS {rss_before / mib:.1f} -> {rss_after / mib:.1f} "
        f"MiB, open fds {fds_before} -> {fds_after}, connections {connections}"
    )
    assert fds_after <= fds_before
    assert connections == 1  # one kept-alive connection served them all
    assert rss_after - rss_before < RSS_SLACK
    _figures.load[f"{REQUESTS:,} sequential requests (1 in 10 streamed)"] = (
        f"RSS {rss_before / mib:.1f} -> {rss_after / mib:.1f} MiB, "
        f"open fds {fds_before} -> {fds_after}, 1 connection ({elapsed:.1f} s)"
    )
