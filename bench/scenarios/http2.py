"""100 concurrent SSE streams from one ``AsyncMoonshot``: HTTP/2 against HTTP/1.1.

Both talk TLS to the same hypercorn server (``bench/h2server.py``, its own process);
``http2=True`` negotiates h2 by ALPN, the default stays on HTTP/1.1 (one connection per
stream in flight). The server reports the TCP connections it saw during the measured
run. Every chunk's delta text is read.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import ssl
from collections.abc import Iterator
from pathlib import Path

import httpx2
import moonshot

from bench.common import BenchServer, Meter, Sample
from bench.workload import API_KEY, MESSAGES, MODEL, PARAMS

CLIENTS = {"moonshot HTTP/2": True, "moonshot HTTP/1.1": False}


@contextlib.contextmanager
def trusting(ca_file: Path) -> Iterator[None]:
    """``SSL_CERT_FILE`` pointing at the server's CA while clients are built and used."""
    before = os.environ.get("SSL_CERT_FILE")
    os.environ["SSL_CERT_FILE"] = str(ca_file)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("SSL_CERT_FILE", None)
        else:
            os.environ["SSL_CERT_FILE"] = before


def connections_seen(server: BenchServer, ca_file: Path) -> dict[str, object]:
    """TCP connections and HTTP versions the server saw since the last ask (then resets)."""
    verify = ssl.create_default_context(cafile=str(ca_file))
    with httpx2.Client(verify=verify) as http:
        seen: dict[str, object] = http.get(f"{server.url}/connections").json()
    return seen


async def _streams(meter: Meter, api_url: str, http2: bool, streams: int) -> int:
    async with moonshot.AsyncMoonshot(api_key=API_KEY, base_url=api_url, http2=http2) as client:

        async def one() -> int:
            count = 0
            stream = await client.chat.completions.create(
                model=MODEL, messages=MESSAGES, stream=True, **PARAMS
            )
            async with stream:
                async for chunk in stream:
                    if chunk.choices:
                        _ = chunk.choices[0].delta.content
                    count += 1
            return count

        await asyncio.gather(*(one() for _ in range(streams)))  # connections, TLS, warm-up
        with meter:
            counts = await asyncio.gather(*(one() for _ in range(streams)))
    return sum(counts)


def measure(server: BenchServer, ca_file: Path, client: str, streams: int) -> Sample:
    with trusting(ca_file):
        connections_seen(server, ca_file)  # reset the server's count
        meter = Meter(server)
        chunks = asyncio.run(_streams(meter, server.api_url, CLIENTS[client], streams))
        seen = connections_seen(server, ca_file)
    if client == "moonshot HTTP/2" and seen["http_versions"] != ["2"]:
        raise RuntimeError(f"not HTTP/2: the server saw {seen}")
    return meter.sample("http2", client, chunks, connections=float(str(seen["connections"])))
