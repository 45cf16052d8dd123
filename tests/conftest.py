"""Suite-wide fixtures. Contract layer: every request a test sends to pytest-httpserver
is checked against ``openapi.json`` at teardown (tests/contract_validation.py); a
violation fails the test with its text. Opt out with ``@pytest.mark.no_contract`` for
tests that send invalid requests on purpose.

Retries wait ``backoff_seconds`` (0 here) when the server names no wait, so retry
tests do not sleep; a directory or module overrides that fixture to change it (None
keeps the client's real backoff).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from contract_validation import validate_werkzeug
from moonshot._http.retries import RetryPolicy
from pytest_httpserver import HTTPServer


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "no_contract: requests of this test are not checked against openapi.json"
    )


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
