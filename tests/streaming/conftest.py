"""Fixtures for the streaming tests: clients over an httpx MockTransport that answers with
exactly the byte pieces a test gives, and a small threaded SSE server on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import Any

import httpx
import moonshot
import pytest
import spec_facts as facts
from moonshot._retries import RetryPolicy

from ._sse_server import SSEServer

MODEL = facts.plain_model()

KEY = "sk-stream-test-key"
MODEL = MODEL
MESSAGES = [{"role": "user", "content": "Hello"}]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RetryPolicy, "backoff", lambda self, retries_done: 0.0)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MOONSHOT_API_KEY", "MOONSHOT_BASE_URL", "MOONSHOT_LOG"):
        monkeypatch.delenv(name, raising=False)


def event(payload: Any) -> bytes:
    """One ``data:`` event with ``payload`` as JSON."""
    return b"data: " + json.dumps(payload).encode() + b"\n\n"


def chunk(delta: dict[str, Any], finish: str | None = None, index: int = 0, **extra: Any) -> Any:
    """A ``chat.completion.chunk`` object with one choice."""
    choice: dict[str, Any] = {"index": index, "delta": delta, "finish_reason": finish, **extra}
    return {
        "id": "cmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": MODEL,
        "choices": [choice],
    }


def text_stream(words: Iterable[str], *, done: bool = True) -> bytes:
    """A whole SSE body answering ``words`` as content."""
    parts = [event(chunk({"role": "assistant", "content": ""}))]
    parts += [event(chunk({"content": word})) for word in words]
    parts.append(event(chunk({}, "stop", usage={"prompt_tokens": 1, "completion_tokens": 2})))
    if done:
        parts.append(b"data: [DONE]\n\n")
    return b"".join(parts)


class Recorder:
    """What the mock transport received."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def bodies(self) -> list[Any]:
        return [json.loads(r.content) for r in self.requests]


Pieces = Callable[[httpx.Request], Iterable[bytes] | httpx.Response]


def _response(request: httpx.Request, answer: Iterable[bytes] | httpx.Response) -> Any:
    if isinstance(answer, httpx.Response):
        return answer
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=answer)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def sync_client(recorder: Recorder) -> Callable[[Pieces], moonshot.Moonshot]:
    """A client whose every request is answered by ``pieces(request)``, piece by piece."""

    def make(pieces: Pieces, **options: Any) -> moonshot.Moonshot:
        def handler(request: httpx.Request) -> httpx.Response:
            recorder.requests.append(request)
            answer = pieces(request)
            if isinstance(answer, httpx.Response):
                return answer
            return _response(request, iter(list(answer) if isinstance(answer, list) else answer))

        http = httpx.Client(transport=httpx.MockTransport(handler))
        return moonshot.Moonshot(
            api_key=KEY, base_url="http://127.0.0.1:9/v1", http_client=http, **options
        )

    return make


class _AsyncPieces(httpx.AsyncByteStream):
    def __init__(self, pieces: Iterable[bytes]) -> None:
        self._pieces = pieces

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self._pieces:
            yield piece


@pytest.fixture
def async_client(recorder: Recorder) -> Callable[[Pieces], moonshot.AsyncMoonshot]:
    def make(pieces: Pieces, **options: Any) -> moonshot.AsyncMoonshot:
        def handler(request: httpx.Request) -> httpx.Response:
            recorder.requests.append(request)
            answer = pieces(request)
            if isinstance(answer, httpx.Response):
                return answer
            return httpx.Response(
                200,
                headers={"content-type": "text/event-stream"},
                stream=_AsyncPieces(answer),
            )

        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        return moonshot.AsyncMoonshot(
            api_key=KEY, base_url="http://127.0.0.1:9/v1", http_client=http, **options
        )

    return make


@pytest.fixture
def sse_server() -> Iterator[SSEServer]:
    with SSEServer() as server:
        yield server
