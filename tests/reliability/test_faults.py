"""Fault injection on loopback: every fault ends in a retry that succeeds or the right typed
error, within the configured time, and leaves the one pooled connection free for the next
request. Each scenario runs on the sync and the async client alike."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import moonshot
import pytest
import spec_facts as facts
from moonshot._retries import RetryPolicy

from . import _figures
from ._servers import (
    Action,
    ScriptedServer,
    completion,
    error_json,
    event_stream,
    full_backlog,
    refused_port,
    reset_now,
    respond,
    respond_json,
    silent,
    text_events,
    truncated,
)
from .conftest import SENTINEL_KEY

MODEL = facts.plain_model()

pytestmark = pytest.mark.timeout(30)

POOL_OF_ONE = httpx.Limits(max_connections=1, max_keepalive_connections=1)
# A short pool wait turns a leaked connection into PoolTimeout instead of a hang.
TIMEOUT = httpx.Timeout(5.0, connect=1.0, pool=1.0)
MESSAGES = [{"role": "user", "content": "Hello"}]
HTML_PAGE = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
BIG_CONTENT = "x" * (16 * 1024 * 1024)


@pytest.fixture(autouse=True)
def _short_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Backoff without a server-named wait is 10 ms here; Retry-After is still honoured."""
    monkeypatch.setattr(RetryPolicy, "backoff", lambda self, retries_done: 0.01)


@dataclass
class Scenario:
    """A fault: what the server does, what the client calls, what must come of it."""

    name: str
    plan: list[Action]
    call: str = "models"  # models (GET), chat (POST), stream (POST, streamed)
    raises: type[BaseException] | None = None
    requests: int = 1
    max_retries: int = 2
    timeout: httpx.Timeout = field(default_factory=lambda: TIMEOUT)
    check: Callable[[Any, ScriptedServer], None] = lambda outcome, server: None


def _gap_at_least(seconds: float) -> Callable[[Any, ScriptedServer], None]:
    def check(outcome: Any, server: ScriptedServer) -> None:
        first, second = server.requests[0], server.requests[1]
        assert second.received_at - first.received_at >= seconds * 0.95

    return check


def _content(expected: str) -> Callable[[Any, ScriptedServer], None]:
    def check(outcome: Any, server: ScriptedServer) -> None:
        assert outcome.choices[0].message.content == expected

    return check


def _partial(expected: str, cause: type[BaseException] | None = None) -> Any:
    def check(outcome: Any, server: ScriptedServer) -> None:
        assert isinstance(outcome, moonshot.StreamInterruptedError)
        assert outcome.partial is not None
        assert outcome.partial.choices[0].message.content == expected
        if cause is not None:
            assert isinstance(outcome.__cause__, cause)

    return check


def _message_has(*words: str) -> Callable[[Any, ScriptedServer], None]:
    def check(outcome: Any, server: ScriptedServer) -> None:
        text = str(outcome)
        for word in words:
            assert word in text, text

    return check


def _http_date(seconds_from_now: float) -> str:
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


OK_STREAM = event_stream(text_events(["Hello ", "world"]))
SLOW = httpx.Timeout(5.0, connect=1.0, read=0.3, pool=1.0)

SCENARIOS = [
    Scenario("reset before the response, once", [reset_now], requests=2),
    Scenario(
        "reset before the response, every time",
        [reset_now] * 3,
        raises=moonshot.APIConnectionError,
        requests=3,
    ),
    Scenario("reset before the response, POST", [reset_now], call="chat", requests=2),
    Scenario("reset before a stream's first byte", [reset_now, OK_STREAM], "stream", requests=2),
    Scenario(
        "burst of 502/503 then success",
        [error_json(502), error_json(503), error_json(502)],
        call="chat",
        requests=4,
        max_retries=3,
    ),
    Scenario(
        "503 burst longer than max_retries",
        [error_json(503, "overloaded")] * 3,
        raises=moonshot.InternalServerError,
        requests=3,
        check=_message_has("503", "overloaded"),
    ),
    Scenario("503 before a stream", [error_json(503), OK_STREAM], "stream", requests=2),
    Scenario(
        "429 with Retry-After in seconds",
        [error_json(429, **{"Retry-After": "1"})],
        requests=2,
        check=_gap_at_least(1.0),
    ),
    Scenario(
        "429 with Retry-After as an HTTP date",
        [lambda conn, request: error_json(429, **{"Retry-After": _http_date(2)})(conn, request)],
        requests=2,
        check=_gap_at_least(0.9),  # the date has whole seconds: 1 to 2 s from now
    ),
    Scenario(
        "429 with retry-after-ms",
        [error_json(429, **{"retry-after-ms": "150", "Retry-After": "30"})],
        requests=2,
        check=_gap_at_least(0.15),
    ),
    Scenario(
        "429 asking for longer than max_retry_after",
        [error_json(429, "slow down", **{"Retry-After": "3600"})],
        raises=moonshot.RateLimitError,
        requests=1,
        check=_message_has("429", "slow down"),
    ),
    Scenario(
        "server slower than the read timeout, every time",
        [silent(3.0)] * 2,
        raises=moonshot.APITimeoutError,
        requests=2,
        max_retries=1,
        timeout=SLOW,
    ),
    Scenario("server slower than the read timeout, once", [silent(3.0)], requests=2, timeout=SLOW),
    Scenario(
        "malformed JSON body",
        [respond(200, b'{"object": "list", "data": [')],
        raises=moonshot.APIResponseValidationError,
        check=_message_has("200", "application/json"),
    ),
    Scenario(
        "truncated body (Content-Length not met)",
        [truncated(b'{"object": "list", "da', declared=400)],
        raises=moonshot.APIConnectionError,
    ),
    Scenario(
        "HTML error page from a proxy",
        [respond(502, HTML_PAGE, content_type="text/html")] * 3,
        raises=moonshot.InternalServerError,
        requests=3,
        check=_message_has("502", "Bad Gateway", "nginx"),
    ),
    Scenario(
        "HTML page with status 200",
        [respond(200, HTML_PAGE, content_type="text/html")],
        raises=moonshot.APIResponseValidationError,
        check=_message_has("text/html"),
    ),
    Scenario(
        "JSON body labelled text/plain (read by its content)",
        [respond_json(completion("plain"), **{"Content-Type": "text/plain"})],
        call="chat",
        check=_content("plain"),
    ),
    Scenario(
        "JSON answer to a stream request",
        [respond_json(completion("not streamed"))],
        call="stream",
        raises=moonshot.APIResponseValidationError,
        check=_message_has("text/event-stream", "application/json"),
    ),
    Scenario(
        "oversized response (16 MiB of content)",
        [respond_json(completion(BIG_CONTENT))],
        call="chat",
        check=_content(BIG_CONTENT),
    ),
    Scenario(
        "oversized HTML error page (4 MiB)",
        [respond(500, b"<html>" + b"<p>trace</p>" * 350_000, content_type="text/html")],
        raises=moonshot.InternalServerError,
        requests=1,
        max_retries=0,
        check=lambda outcome, server: len(outcome.message) <= 500,
    ),
    Scenario(
        "reset mid-stream",
        [event_stream(text_events(["Hello ", "wor"], finish=False, done=False), end="reset")],
        call="stream",
        raises=moonshot.StreamInterruptedError,
        check=_partial("Hello wor", httpx.TransportError),
    ),
    Scenario(
        "stream that ends without [DONE] or a finish_reason",
        [event_stream(text_events(["Hello ", "wor"], finish=False, done=False))],
        call="stream",
        raises=moonshot.StreamInterruptedError,
        check=_partial("Hello wor"),
    ),
    Scenario(
        "stream closed without the chunked terminator",
        [event_stream(text_events(["Hello ", "wor"], finish=False, done=False), end="close")],
        call="stream",
        raises=moonshot.StreamInterruptedError,
        check=_partial("Hello wor", httpx.TransportError),
    ),
    Scenario(
        "stream with a finish_reason but no [DONE]",
        [event_stream(text_events(["Hello ", "world"], done=False))],
        call="stream",
        check=_content("Hello world"),
    ),
    Scenario(
        "stream that stalls past the read timeout",
        [event_stream(text_events(["Hello ", "wor"], finish=False, done=False), end="stall")],
        call="stream",
        raises=moonshot.StreamInterruptedError,
        timeout=SLOW,
        check=_partial("Hello wor", httpx.ReadTimeout),
    ),
    Scenario(
        "stream with an event that is not JSON",
        [event_stream([*text_events(["Hello "], finish=False, done=False), b"data: {oops\n\n"])],
        call="stream",
        raises=moonshot.APIResponseValidationError,
        check=_message_has("not JSON"),
    ),
]


def _client(server_url: str, scenario: Scenario) -> moonshot.Moonshot:
    return moonshot.Moonshot(
        api_key=SENTINEL_KEY,
        base_url=server_url,
        max_retries=scenario.max_retries,
        timeout=scenario.timeout,
        http_client=httpx.Client(limits=POOL_OF_ONE),
    )


def _aclient(server_url: str, scenario: Scenario) -> moonshot.AsyncMoonshot:
    return moonshot.AsyncMoonshot(
        api_key=SENTINEL_KEY,
        base_url=server_url,
        max_retries=scenario.max_retries,
        timeout=scenario.timeout,
        http_client=httpx.AsyncClient(limits=POOL_OF_ONE),
    )


def _call(client: moonshot.Moonshot, kind: str) -> Any:
    if kind == "models":
        return client.models.list()
    if kind == "chat":
        return client.chat.completions.create(model=MODEL, messages=MESSAGES)
    with client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True) as s:
        return s.get_final_completion()


async def _acall(client: moonshot.AsyncMoonshot, kind: str) -> Any:
    if kind == "models":
        return await client.models.list()
    if kind == "chat":
        return await client.chat.completions.create(model=MODEL, messages=MESSAGES)
    stream = await client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
    async with stream:
        return await stream.get_final_completion()


def _judge(scenario: Scenario, server: ScriptedServer, outcome: Any, elapsed: float) -> None:
    if scenario.raises is None:
        assert not isinstance(outcome, BaseException), repr(outcome)
    else:
        assert isinstance(outcome, scenario.raises), repr(outcome)
        assert SENTINEL_KEY not in str(outcome)
    assert len(server.requests) == scenario.requests
    scenario.check(outcome, server)
    # Never a hang: every try ends within its timeouts (read, or connect) plus waits.
    budget = (scenario.max_retries + 1) * (scenario.timeout.read or 5.0) + 3.0
    assert elapsed < budget


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_fault_sync(scenario: Scenario) -> None:
    with ScriptedServer(plan=list(scenario.plan)) as server:
        client = _client(server.url, scenario)
        started = time.monotonic()
        try:
            outcome: Any = _call(client, scenario.call)
        except moonshot.MoonshotError as error:
            outcome = error
        _judge(scenario, server, outcome, time.monotonic() - started)
        # The pool has one connection: this goes through only if the fault released it.
        assert client.models.list().data[0].id == MODEL
        client.close()
    _figures.survived(f"sync: {scenario.name}")


@pytest.mark.anyio
@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
async def test_fault_async(scenario: Scenario) -> None:
    with ScriptedServer(plan=list(scenario.plan)) as server:
        client = _aclient(server.url, scenario)
        started = time.monotonic()
        try:
            outcome: Any = await _acall(client, scenario.call)
        except moonshot.MoonshotError as error:
            outcome = error
        _judge(scenario, server, outcome, time.monotonic() - started)
        assert (await client.models.list()).data[0].id == MODEL
        await client.close()
    _figures.survived(f"async: {scenario.name}")


# -- nobody answers the connect ----------------------------------------------------------------


def test_connection_refused() -> None:
    with ScriptedServer() as healthy:
        http = httpx.Client(limits=POOL_OF_ONE)
        client = moonshot.Moonshot(
            api_key=SENTINEL_KEY,
            base_url=f"http://127.0.0.1:{refused_port()}",
            max_retries=2,
            timeout=TIMEOUT,
            http_client=http,
        )
        with pytest.raises(moonshot.APIConnectionError) as caught:
            client.models.list()
        assert not isinstance(caught.value, moonshot.APITimeoutError)
        assert "ConnectError" in str(caught.value)
        assert http.get(f"{healthy.url}/models").status_code == 200
    _figures.survived("sync: connection refused")


@pytest.mark.anyio
async def test_async_connection_refused() -> None:
    with ScriptedServer() as healthy:
        http = httpx.AsyncClient(limits=POOL_OF_ONE)
        client = moonshot.AsyncMoonshot(
            api_key=SENTINEL_KEY,
            base_url=f"http://127.0.0.1:{refused_port()}",
            timeout=TIMEOUT,
            http_client=http,
        )
        with pytest.raises(moonshot.APIConnectionError, match="ConnectError"):
            await client.models.list()
        assert (await http.get(f"{healthy.url}/models")).status_code == 200
    _figures.survived("async: connection refused")


CONNECT_SLOW = httpx.Timeout(5.0, connect=0.3, pool=1.0)


def test_connect_timeout() -> None:
    with full_backlog() as port, ScriptedServer() as healthy:
        http = httpx.Client(limits=POOL_OF_ONE)
        client = moonshot.Moonshot(
            api_key=SENTINEL_KEY,
            base_url=f"http://127.0.0.1:{port}",
            max_retries=1,
            timeout=CONNECT_SLOW,
            http_client=http,
        )
        started = time.monotonic()
        with pytest.raises(moonshot.APITimeoutError, match="ConnectTimeout"):
            client.models.list()
        assert time.monotonic() - started < 2 * 0.3 + 3.0
        assert http.get(f"{healthy.url}/models").status_code == 200
    _figures.survived("sync: connect timeout (full backlog)")


@pytest.mark.anyio
async def test_async_connect_timeout() -> None:
    with full_backlog() as port, ScriptedServer() as healthy:
        http = httpx.AsyncClient(limits=POOL_OF_ONE)
        client = moonshot.AsyncMoonshot(
            api_key=SENTINEL_KEY,
            base_url=f"http://127.0.0.1:{port}",
            max_retries=1,
            timeout=CONNECT_SLOW,
            http_client=http,
        )
        with pytest.raises(moonshot.APITimeoutError, match="ConnectTimeout"):
            await client.models.list()
        assert (await http.get(f"{healthy.url}/models")).status_code == 200
    _figures.survived("async: connect timeout (full backlog)")
