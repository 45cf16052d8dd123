"""LocalMoonshot driven by other SDKs (openai, anthropic), which send through httpx.

The suite's offline guard watches httpx2; these SDKs use httpx, so the same guard is
put on httpx here: a request to anywhere but this machine fails the test.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from moonshot.testing import LocalMoonshot

from ._sdk import KEY

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


@pytest.fixture(autouse=True)
def _httpx_loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    def check(request: httpx.Request) -> None:
        if request.url.host not in LOOPBACK_HOSTS:
            raise AssertionError(f"test tried to reach {request.url}")

    sync_send = httpx.HTTPTransport.handle_request
    async_send = httpx.AsyncHTTPTransport.handle_async_request

    def guarded(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        check(request)
        return sync_send(self, request)

    async def aguarded(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        check(request)
        return await async_send(self, request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", guarded)
    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", aguarded)


@pytest.fixture
def server() -> Iterator[LocalMoonshot]:
    with LocalMoonshot(api_key=KEY) as srv:
        yield srv
