"""``Moonshot(http2=True)`` against a real HTTP/2 server: hypercorn over TLS on loopback,
with a certificate from a CA this test makes, trusted through ``SSL_CERT_FILE``.

The server notes each request's protocol and the client port of its TCP connection, so
"one connection" and "HTTP/2" are read on the server side, not taken from the client.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import moonshot
import pytest
from reliability._servers import MODEL, completion, ok_models, text_events
from uploads.conftest import file_object, parse_multipart

from bench.h2server import Receive, Scope, Send, ThreadedServer, answer, lifespan, read_body

KEY = "sk-http2-test-key-0000"
STREAMS = 100  # hypercorn's default limit of concurrent streams per connection


class Recorder:
    """An ASGI app answering models, chat (echoing the last message) and uploads.

    With ``gather`` set, each stream sends its first event and then waits (up to 10 s)
    until ``gather`` streams are open at once, so ``peak`` shows they were concurrent.
    """

    def __init__(self) -> None:
        self.seen: list[tuple[str, int, str]] = []  # path, client port, HTTP version
        self.uploads: list[Any] = []
        self.gather = 0
        self.open_streams = self.peak = 0
        self._all_open: asyncio.Event | None = None

    @property
    def ports(self) -> set[int]:
        return {port for _, port, _ in self.seen}

    @property
    def versions(self) -> set[str]:
        return {version for _, _, version in self.seen}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
            return
        body = await read_body(receive)
        self.seen.append((scope["path"], scope["client"][1], scope["http_version"]))
        if scope["path"] == "/v1/models":
            await answer(send, 200, json.dumps(ok_models()).encode())
        elif scope["path"] == "/v1/chat/completions":
            request = json.loads(body)
            said = request["messages"][-1]["content"]
            if request.get("stream"):
                await self._stream(send, said)
            else:
                await answer(send, 200, json.dumps(completion(f"echo {said}")).encode())
        elif scope["path"] == "/v1/files":
            headers = dict(scope["headers"])
            [part] = [
                p for p in parse_multipart(headers[b"content-type"].decode(), body) if p.filename
            ]
            self.uploads.append(part)
            made = file_object(bytes=len(part.data), filename=part.filename)
            await answer(send, 200, json.dumps(made).encode())
        else:
            await answer(send, 404, b'{"error": {"message": "not found"}}')

    async def _stream(self, send: Send, said: str) -> None:
        first, *rest = text_events([f"echo {said}", " done"])
        self.open_streams += 1
        self.peak = max(self.peak, self.open_streams)
        start = {"type": "http.response.start", "status": 200}
        await send({**start, "headers": [(b"content-type", b"text/event-stream")]})
        await send({"type": "http.response.body", "body": first, "more_body": True})
        if self.gather:
            if self._all_open is None:
                self._all_open = asyncio.Event()
            if self.open_streams >= self.gather:
                self._all_open.set()
            with contextlib.suppress(TimeoutError):  # then peak tells how many came
                await asyncio.wait_for(self._all_open.wait(), 10)
        await send({"type": "http.response.body", "body": b"".join(rest), "more_body": False})
        self.open_streams -= 1


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def server(
    recorder: Recorder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ThreadedServer]:
    for name in ("MOONSHOT_API_KEY", "MOONSHOT_BASE_URL", "SSL_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)
    with ThreadedServer(recorder, tmp_path) as running:
        monkeypatch.setenv("SSL_CERT_FILE", str(running.certs.ca_file))
        yield running


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


MESSAGES = [{"role": "user", "content": "hi"}]


def test_plain_calls_go_over_one_http2_connection(
    server: ThreadedServer, recorder: Recorder
) -> None:
    with moonshot.Moonshot(api_key=KEY, base_url=server.url, http2=True) as client:
        assert [m.id for m in client.models.list().data] == [MODEL]
        answer_ = client.chat.completions.create(model=MODEL, messages=MESSAGES)
        assert answer_.choices[0].message.content == "echo hi"
        with client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True) as stream:
            final = stream.get_final_completion()
        assert final.choices[0].message.content == "echo hi done"
    assert [path for path, _, _ in recorder.seen] == [
        "/v1/models",
        "/v1/chat/completions",
        "/v1/chat/completions",
    ]
    assert recorder.versions == {"2"}
    assert len(recorder.ports) == 1


def test_without_http2_the_same_server_is_spoken_to_in_http11(
    server: ThreadedServer, recorder: Recorder
) -> None:
    with moonshot.Moonshot(api_key=KEY, base_url=server.url) as client:
        client.models.list()
    assert recorder.versions == {"1.1"}


@pytest.mark.anyio
async def test_hundred_concurrent_streams_are_multiplexed_on_one_connection(
    server: ThreadedServer, recorder: Recorder
) -> None:
    recorder.gather = STREAMS
    texts: dict[int, str] = {}
    async with moonshot.AsyncMoonshot(api_key=KEY, base_url=server.url, http2=True) as client:

        async def one(number: int) -> None:
            messages = [{"role": "user", "content": f"s{number}"}]
            stream = await client.chat.completions.create(
                model=MODEL, messages=messages, stream=True
            )
            async with stream:
                final = await stream.get_final_completion()
            texts[number] = final.choices[0].message.content or ""

        async with anyio.create_task_group() as group:
            for number in range(STREAMS):
                group.start_soon(one, number)
    assert texts == {n: f"echo s{n} done" for n in range(STREAMS)}
    assert recorder.peak == STREAMS, f"only {recorder.peak} streams were open at once"
    assert recorder.versions == {"2"}
    assert len(recorder.ports) == 1, f"{len(recorder.ports)} TCP connections"


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_upload_streams_over_http2(
    server: ThreadedServer, recorder: Recorder, tmp_path: Path, mode: str
) -> None:
    data = os.urandom(3 * 1024 * 1024 + 17)  # several flow-control windows of 64 KiB
    path = tmp_path / "notes.pdf"
    path.write_bytes(data)
    if mode == "sync":
        with moonshot.Moonshot(api_key=KEY, base_url=server.url, http2=True) as client:
            made = client.files.create(file=path, purpose="file-extract")
    else:
        async with moonshot.AsyncMoonshot(api_key=KEY, base_url=server.url, http2=True) as aclient:
            made = await aclient.files.create(file=path, purpose="file-extract")
    assert made.bytes_ == len(data)
    [part] = recorder.uploads
    assert part.filename == "notes.pdf"
    assert hashlib.sha256(part.data).digest() == hashlib.sha256(data).digest()
    assert recorder.versions == {"2"}


def test_http2_without_h2_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "h2", None)  # as if h2 were not installed
    with pytest.raises(moonshot.ValidationError, match=r"http2.*moonshot-client\[h2\]"):
        moonshot.Moonshot(api_key=KEY, base_url="https://127.0.0.1:9/v1", http2=True)


def test_http2_with_a_caller_http_client_is_refused() -> None:
    import httpx2

    with pytest.raises(moonshot.ValidationError, match="http2"):
        moonshot.Moonshot(api_key=KEY, http2=True, http_client=httpx2.Client())
