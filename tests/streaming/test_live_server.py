"""Streams over real sockets: early close with a pool of one connection, resume after a
dropped connection (a scripted server, and the moonshot.testing server)."""

from __future__ import annotations

from typing import Any

import httpx
import moonshot
import pytest
import spec_facts as facts
from moonshot.testing import LocalMoonshot

from ._sse_server import DROP, FOREVER, SSEServer
from .conftest import KEY, MESSAGES, MODEL, chunk, event, text_stream

POOL_OF_ONE = httpx.Limits(max_connections=1, max_keepalive_connections=1)
# A pool wait this short turns a leaked connection into a failure, not a hang.
TIMEOUT = httpx.Timeout(5.0, pool=1.0)


def endless(attempt: int, body: Any) -> list[bytes]:
    if body.get("stream"):
        return [event(chunk({"role": "assistant", "content": ""})), FOREVER]
    return [text_stream(["ok"])]


def test_closing_early_releases_the_only_connection(sse_server: SSEServer) -> None:
    sse_server.script = endless
    http = httpx.Client(limits=POOL_OF_ONE)
    with moonshot.Moonshot(
        api_key=KEY, base_url=sse_server.url, http_client=http, timeout=TIMEOUT, max_retries=0
    ) as client:
        for _ in range(3):
            stream = client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
            for _ in stream:
                break
            stream.close()
        with client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True) as s:
            next(s)
        # The with block closed it too: a plain request still gets the connection.
        sse_server.script = lambda attempt, body: [text_stream(["done"])]
        with client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True) as s:
            assert s.get_final_completion().choices[0].message.content == "done"
    assert len(sse_server.bodies) == 5


@pytest.mark.anyio
async def test_async_closing_early_releases_the_only_connection(sse_server: SSEServer) -> None:
    sse_server.script = endless
    http = httpx.AsyncClient(limits=POOL_OF_ONE)
    async with moonshot.AsyncMoonshot(
        api_key=KEY, base_url=sse_server.url, http_client=http, timeout=TIMEOUT, max_retries=0
    ) as c:
        for _ in range(2):
            stream = await c.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
            async for _ in stream:
                break
            await stream.aclose()
        async with await c.chat.completions.create(
            model=MODEL, messages=MESSAGES, stream=True
        ) as s:
            await s.__anext__()
        sse_server.script = lambda attempt, body: [text_stream(["done"])]
        s = await c.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
        assert (await s.get_final_completion()).choices[0].message.content == "done"
    assert len(sse_server.bodies) == 4


FULL = ["Streaming ", "survives ", "a dropped ", "connection."]


def drop_then_continue(attempt: int, body: Any) -> list[bytes]:
    """First answer: two pieces then the connection is cut. Then: Partial Mode, the rest."""
    if attempt == 0:
        head = [event(chunk({"role": "assistant", "content": ""}))]
        return [*head, event(chunk({"content": FULL[0]})), event(chunk({"content": FULL[1]})), DROP]
    prefix = body["messages"][-1]
    assert prefix["partial"] is True and prefix["role"] == "assistant"
    done = "".join(FULL)
    assert done.startswith(prefix["content"])
    rest = done[len(prefix["content"]) :]
    return [text_stream([rest[:5], rest[5:]])]


def test_resume_produces_the_full_text(sse_server: SSEServer) -> None:
    sse_server.script = drop_then_continue
    with moonshot.Moonshot(api_key=KEY, base_url=sse_server.url) as client:
        stream = client.chat.completions.create(
            model=MODEL, messages=MESSAGES, stream=True, resume=True
        )
        text = "".join(stream.text_deltas())
        final = stream.get_final_completion()
    assert text == "".join(FULL)
    assert final.choices[0].message.content == "".join(FULL)
    assert final.choices[0].finish_reason.value == "stop"
    assert stream.resumes == 1
    assert sse_server.bodies[1]["messages"][:-1] == MESSAGES


def test_without_resume_the_drop_raises_with_partial(sse_server: SSEServer) -> None:
    sse_server.script = drop_then_continue
    with moonshot.Moonshot(api_key=KEY, base_url=sse_server.url) as client:
        stream = client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
        with pytest.raises(moonshot.StreamInterruptedError) as caught:
            stream.get_final_completion()
    assert caught.value.partial.choices[0].message.content == "".join(FULL[:2])
    assert len(sse_server.bodies) == 1  # the transport's retries never re-send mid-body


@pytest.mark.anyio
async def test_async_resume_produces_the_full_text(sse_server: SSEServer) -> None:
    sse_server.script = drop_then_continue
    async with moonshot.AsyncMoonshot(api_key=KEY, base_url=sse_server.url) as client:
        stream = await client.chat.completions.create(
            model=MODEL, messages=MESSAGES, stream=True, resume=True
        )
        pieces = [piece async for piece in stream.text_deltas()]
        final = await stream.get_final_completion()
    assert "".join(pieces) == final.choices[0].message.content == "".join(FULL)


def test_resume_against_the_local_moonshot_server() -> None:
    messages = [{"role": "user", "content": "Tell me about streaming resumes"}]
    # Resuming continues content only: a model whose thinking can be turned off.
    model = facts.model_that_can_disable_thinking()
    assert model is not None
    params: dict[str, Any] = {"thinking": {"type": "disabled"}}
    with LocalMoonshot() as server, moonshot.Moonshot(api_key=KEY, base_url=server.url) as client:
        expected = client.chat.completions.create(model=model, messages=messages, **params)
        server.faults.drop_stream_after(6)
        stream = client.chat.completions.create(
            model=model, messages=messages, stream=True, resume=True, **params
        )
        final = stream.get_final_completion()
    assert stream.resumes == 1
    assert final.choices[0].message.content == expected.choices[0].message.content
