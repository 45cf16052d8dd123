"""Suite-wide fixtures. Contract layer: every request a test sends to pytest-httpserver
is checked against ``openapi.json`` at teardown (tests/contract_validation.py); a
violation fails the test with its text. Opt out with ``@pytest.mark.no_contract`` for
tests that send invalid requests on purpose.

Every test is offline: a guard fails any request that would leave the machine, and
no test sees the developer's MOONSHOT_* settings. Retries wait ``backoff_seconds`` (0
here) when the server names no wait, so retry tests do not sleep; a directory or
module overrides that fixture to change it (None keeps the client's real backoff).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import httpx2
import pytest
from contract_validation import validate_werkzeug
from hypothesis import Phase, settings
from moonshot._http.retries import RetryPolicy
from pytest_httpserver import HTTPServer

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")

# Property tests: no "explain" phase (it traces every line of a failing case again and
# again; under pytest-timeout a slow case became an endless shrink), and a fixed seed in
# CI so a red run is the same run again; locally every run draws new cases.
settings.register_profile(
    "moonshot",
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],
    derandomize=os.environ.get("CI") == "true",
)
settings.load_profile("moonshot")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "no_contract: requests of this test are not checked against openapi.json"
    )


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    return ("127.0.0.1", 0)


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail loudly if any request heads anywhere but this machine."""

    def check(request: httpx2.Request) -> None:
        if request.url.host not in LOOPBACK_HOSTS:
            raise AssertionError(f"test tried to reach {request.url}")

    sync_send = httpx2.HTTPTransport.handle_request
    async_send = httpx2.AsyncHTTPTransport.handle_async_request

    def guarded(self: httpx2.HTTPTransport, request: httpx2.Request) -> httpx2.Response:
        check(request)
        return sync_send(self, request)

    async def aguarded(self: httpx2.AsyncHTTPTransport, request: httpx2.Request) -> httpx2.Response:
        check(request)
        return await async_send(self, request)

    monkeypatch.setattr(httpx2.HTTPTransport, "handle_request", guarded)
    monkeypatch.setattr(httpx2.AsyncHTTPTransport, "handle_async_request", aguarded)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees the developer's key, base URL or log level."""
    for name in ("MOONSHOT_API_KEY", "MOONSHOT_BASE_URL", "MOONSHOT_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def backoff_seconds() -> float | None:
    """The wait before a retry the server named no wait for; None is the real backoff."""
    return 0.0


@pytest.fixture(autouse=True)
def _fixed_backoff(monkeypatch: pytest.MonkeyPatch, backoff_seconds: float | None) -> None:
    if backoff_seconds is not None:
        monkeypatch.setattr(RetryPolicy, "backoff", lambda self, retries_done: backoff_seconds)


@pytest.fixture
def httpserver(httpserver: HTTPServer, request: pytest.FixtureRequest) -> Iterator[HTTPServer]:
    """pytest-httpserver's server; its logged requests must keep to openapi.json."""
    yield httpserver
    if request.node.get_closest_marker("no_contract"):
        return
    problems = []
    for number, (received, _) in enumerate(httpserver.log, 1):
        verdict = validate_werkzeug(received)
        if not verdict.ok:
            problems.append(f"request {number}, {received.method} {received.path}:")
            problems.append(verdict.describe())
    if problems:
        pytest.fail("requests break openapi.json:\n" + "\n".join(problems), pytrace=False)
