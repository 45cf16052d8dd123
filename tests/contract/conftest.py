"""Fixtures for the contract suite: Prism in static and dynamic mode, and a request recorder.

Prism is started once per session on a free loopback port and killed at the end. When it
is not installed the suite is skipped, except in CI (``CI=true``), where that fails.
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import httpx
import moonshot
import pytest
from moonshot._retries import RetryPolicy

from ._prism import PrismServer, find_prism

KEY = "sk-contract-suite"


@dataclass(frozen=True)
class Sent:
    """One request the client sent, and what Prism said about it."""

    method: str
    path: str
    status: int
    violations: list[dict[str, object]]
    # Prism's own failure (it could not build a random answer), not the API's answer.
    prism_failed: bool = False


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def prism_binary() -> str:
    binary = find_prism()
    if binary is None:
        message = "Prism is not installed: run `make prism` (scripts/install_prism.sh)"
        if _in_ci():
            pytest.fail(f"{message}; CI must run the contract suite", pytrace=False)
        pytest.skip(message)
    return binary


@pytest.fixture(scope="session")
def prism_static(prism_binary: str) -> Iterator[PrismServer]:
    server = PrismServer(prism_binary, dynamic=False).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def prism_dynamic(prism_binary: str) -> Iterator[PrismServer]:
    server = PrismServer(prism_binary, dynamic=True).start()
    yield server
    server.stop()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[Sent]:
    """Every request that reaches the network in this test, with Prism's sl-violations."""
    log: list[Sent] = []

    def note(request: httpx.Request, response: httpx.Response) -> None:
        header = response.headers.get("sl-violations")
        violations = json.loads(header) if header else []
        own = "application/problem+json" in response.headers.get("content-type", "")
        own = own and response.status_code >= 500 and not violations
        log.append(Sent(request.method, request.url.path, response.status_code, violations, own))

    sync_send = httpx.HTTPTransport.handle_request
    async_send = httpx.AsyncHTTPTransport.handle_async_request

    def recorded(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        response = sync_send(self, request)
        note(request, response)
        return response

    async def arecorded(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        response = await async_send(self, request)
        note(request, response)
        return response

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", recorded)
    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", arecorded)
    monkeypatch.setattr(RetryPolicy, "backoff", lambda self, retries_done: 0.0)
    return log


def _client(server: PrismServer) -> moonshot.Moonshot:
    return moonshot.Moonshot(api_key=KEY, base_url=f"{server.url}/v1", max_retries=0)


@pytest.fixture
def static_client(prism_static: PrismServer) -> Iterator[moonshot.Moonshot]:
    with _client(prism_static) as client:
        yield client


@pytest.fixture
async def static_aclient(prism_static: PrismServer) -> AsyncIterator[moonshot.AsyncMoonshot]:
    url = f"{prism_static.url}/v1"
    async with moonshot.AsyncMoonshot(api_key=KEY, base_url=url, max_retries=0) as client:
        yield client


@pytest.fixture
def dynamic_client(prism_dynamic: PrismServer) -> Iterator[moonshot.Moonshot]:
    with _client(prism_dynamic) as client:
        yield client


@pytest.fixture
async def dynamic_aclient(prism_dynamic: PrismServer) -> AsyncIterator[moonshot.AsyncMoonshot]:
    url = f"{prism_dynamic.url}/v1"
    async with moonshot.AsyncMoonshot(api_key=KEY, base_url=url, max_retries=0) as client:
        yield client
