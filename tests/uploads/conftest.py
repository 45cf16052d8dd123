"""Fixtures for upload, extraction, media and batch tests: clients bound to a local server.

The multipart bodies the server receives are parsed here with the standard library's
``email`` parser, never with the client's own code, so a framing bug cannot hide.
"""

from __future__ import annotations

import email.parser
import email.policy
import hashlib
import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx2
import moonshot
import pytest
from moonshot._retries import RetryPolicy
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

API_KEY = "sk-uploads-test-key-0000"
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    return ("127.0.0.1", 0)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """No developer settings, no backoff waits, and no request leaves this machine."""
    for name in ("MOONSHOT_API_KEY", "MOONSHOT_BASE_URL", "MOONSHOT_LOG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(RetryPolicy, "backoff", lambda self, retries_done: 0.0)
    sync_send = httpx2.HTTPTransport.handle_request
    async_send = httpx2.AsyncHTTPTransport.handle_async_request

    def check(request: httpx2.Request) -> None:
        if request.url.host not in LOOPBACK_HOSTS:
            raise AssertionError(f"test tried to reach {request.url}")

    def guarded(self: httpx2.HTTPTransport, request: httpx2.Request) -> httpx2.Response:
        check(request)
        return sync_send(self, request)

    async def aguarded(self: httpx2.AsyncHTTPTransport, request: httpx2.Request) -> httpx2.Response:
        check(request)
        return await async_send(self, request)

    monkeypatch.setattr(httpx2.HTTPTransport, "handle_request", guarded)
    monkeypatch.setattr(httpx2.AsyncHTTPTransport, "handle_async_request", aguarded)


@pytest.fixture
def client(httpserver: HTTPServer) -> Iterator[moonshot.Moonshot]:
    with moonshot.Moonshot(api_key=API_KEY, base_url=httpserver.url_for("/v1")) as c:
        yield c


@pytest.fixture
async def aclient(httpserver: HTTPServer) -> AsyncIterator[moonshot.AsyncMoonshot]:
    async with moonshot.AsyncMoonshot(api_key=API_KEY, base_url=httpserver.url_for("/v1")) as c:
        yield c


@dataclass
class Part:
    name: str
    filename: str | None
    content_type: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def parse_multipart(content_type: str, body: bytes) -> list[Part]:
    """The parts of a multipart/form-data body, read with the stdlib ``email`` parser."""
    raw = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode() + body
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    assert message.is_multipart(), "the body is not multipart"
    parts = []
    for part in message.iter_parts():
        params = dict(part.get_params(header="content-disposition") or [])
        payload = part.get_payload(decode=True)
        parts.append(
            Part(
                name=str(params.get("name")),
                filename=params.get("filename"),
                content_type=part.get_content_type(),
                data=payload if isinstance(payload, bytes) else b"",
            )
        )
    return parts


def file_object(file_id: str = "file-1", purpose: str = "file-extract", **extra: Any) -> dict:
    return {
        "id": file_id,
        "object": "file",
        "bytes": 0,
        "created_at": 1700000000,
        "filename": "upload",
        "purpose": purpose,
        "status": "ready",
        **extra,
    }


class UploadRecorder:
    """A /v1/files handler that parses every upload and answers with a FileObject.

    ``fail_first`` answers the first n uploads with 503 and ``retry-after-ms: 0`` (after
    reading the whole body, so the client sees a clean answer).
    """

    def __init__(self, fail_first: int = 0) -> None:
        self.fail_first = fail_first
        self.bodies: list[tuple[dict[str, str], bytes]] = []
        self.uploads: list[list[Part]] = []

    def __call__(self, request: Request) -> Response:
        body = request.get_data()
        self.bodies.append((dict(request.headers), body))
        if len(self.bodies) <= self.fail_first:
            return Response(
                '{"error": {"message": "busy", "type": "server_error"}}',
                status=503,
                headers={"retry-after-ms": "0"},
                content_type="application/json",
            )
        parts = parse_multipart(request.headers["Content-Type"], body)
        self.uploads.append(parts)
        fields = {p.name: p for p in parts}
        file_part = fields["file"]
        payload = file_object(
            f"file-{len(self.uploads)}",
            purpose=fields["purpose"].data.decode(),
            bytes=len(file_part.data),
            filename=file_part.filename or "",
        )
        return Response(json.dumps(payload), content_type="application/json")

    def file_parts(self) -> list[Part]:
        return [next(p for p in parts if p.name == "file") for parts in self.uploads]
