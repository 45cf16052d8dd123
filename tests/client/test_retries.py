"""Retries: which answers are retried, how often, and how long the client waits first."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Iterator

import httpx
import moonshot
import pytest
import spec_facts as facts
from moonshot._retries import RetryPolicy
from moonshot_openapi.api.models import list_models
from moonshot_openapi.models import ModelList
from pytest_httpserver import HTTPServer

from . import _payloads as p
from .conftest import SENTINEL_KEY, requests_seen

MODEL = facts.plain_model()

NO_WAIT = {"retry-after-ms": "0"}


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float | None]]:
    """Every delay the retry policy decides on; the client then waits 0 s instead."""
    decided: list[float | None] = []
    original = RetryPolicy.delay_for

    def recording(self: RetryPolicy, retries_done: int, response: httpx.Response | None):  # type: ignore[no-untyped-def]
        delay = original(self, retries_done, response)
        decided.append(delay)
        return None if delay is None else 0.0

    monkeypatch.setattr(RetryPolicy, "delay_for", recording)
    yield decided


def _fail_then_succeed(server: HTTPServer, status: int, headers: dict[str, str]) -> None:
    server.expect_ordered_request("/v1/models").respond_with_json(
        p.error("busy"), status=status, headers=headers
    )
    server.expect_ordered_request("/v1/models").respond_with_json(p.model_list())


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_retryable_status_then_success(
    status: int, client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    _fail_then_succeed(httpserver, status, NO_WAIT)
    result = client.models.list()
    assert isinstance(result, ModelList)
    assert len(requests_seen(httpserver)) == 2


@pytest.mark.anyio
@pytest.mark.parametrize("status", [429, 503])
async def test_async_retryable_status_then_success(
    status: int, aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer
) -> None:
    _fail_then_succeed(httpserver, status, NO_WAIT)
    assert isinstance(await aclient.models.list(), ModelList)
    assert len(requests_seen(httpserver)) == 2


def _http_date(offset: float) -> str:
    return email.utils.formatdate(time.time() + offset, usegmt=True)


@pytest.mark.parametrize(
    ("headers", "low", "high"),
    [
        ({"Retry-After": "3"}, 3.0, 3.0),
        ({"Retry-After": "0"}, 0.0, 0.0),
        ({"retry-after-ms": "1500"}, 1.5, 1.5),
        ({"retry-after-ms": "250", "Retry-After": "30"}, 0.25, 0.25),
        # An HTTP date has whole seconds: the wait is the distance to it, give or take one.
        ({"Retry-After": "<date in 30 s>"}, 28.0, 31.0),
    ],
    ids=["seconds", "zero", "ms", "ms-wins", "http-date"],
)
def test_retry_after_is_honoured(
    headers: dict[str, str],
    low: float,
    high: float,
    waits: list[float | None],
    client: moonshot.Moonshot,
    httpserver: HTTPServer,
) -> None:
    if headers.get("Retry-After") == "<date in 30 s>":
        headers = {"Retry-After": _http_date(30)}
    _fail_then_succeed(httpserver, 429, headers)
    client.models.list()
    assert len(waits) == 1
    assert waits[0] is not None and low <= waits[0] <= high
    assert len(requests_seen(httpserver)) == 2


def test_http_date_retry_after_not_confused_with_backoff(
    waits: list[float | None], client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    """A date in the past means 'now', not the exponential backoff."""
    _fail_then_succeed(httpserver, 503, {"Retry-After": _http_date(-60)})
    client.models.list()
    assert waits == [0.0]


@pytest.mark.anyio
async def test_async_retry_after_is_honoured(
    waits: list[float | None], aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer
) -> None:
    _fail_then_succeed(httpserver, 429, {"Retry-After": "2"})
    await aclient.models.list()
    assert waits == [2.0]


def test_retry_after_beyond_the_cap_raises_at_once(
    waits: list[float | None], client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    cap = RetryPolicy().max_retry_after
    httpserver.expect_request("/v1/models").respond_with_json(
        p.error("slow down"), status=429, headers={"Retry-After": str(int(cap) + 60)}
    )
    with pytest.raises(moonshot.RateLimitError) as caught:
        client.models.list()
    assert waits == [None]  # no wait, no second try
    assert caught.value.message == "slow down"
    assert len(requests_seen(httpserver)) == 1


@pytest.mark.anyio
async def test_async_retry_after_beyond_the_cap(
    aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/models").respond_with_json(
        p.error("slow down"), status=503, headers={"retry-after-ms": "3600000"}
    )
    with pytest.raises(moonshot.InternalServerError):
        await aclient.models.list()
    assert len(requests_seen(httpserver)) == 1


def _always(server: HTTPServer, status: int) -> None:
    server.expect_request("/v1/models").respond_with_json(
        p.error("down"), status=status, headers=NO_WAIT
    )


@pytest.mark.parametrize(("max_retries", "expected_requests"), [(0, 1), (1, 2), (2, 3), (4, 5)])
def test_max_retries_is_honoured(
    max_retries: int, expected_requests: int, base_url: str, httpserver: HTTPServer
) -> None:
    _always(httpserver, 503)
    with (
        moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=base_url, max_retries=max_retries) as c,
        pytest.raises(moonshot.InternalServerError),
    ):
        c.models.list()
    assert len(requests_seen(httpserver)) == expected_requests


def test_default_is_two_retries(client: moonshot.Moonshot, httpserver: HTTPServer) -> None:
    _always(httpserver, 500)
    with pytest.raises(moonshot.InternalServerError):
        client.models.list()
    assert len(requests_seen(httpserver)) == 3


def test_with_options_max_retries_zero(client: moonshot.Moonshot, httpserver: HTTPServer) -> None:
    _always(httpserver, 429)
    with pytest.raises(moonshot.RateLimitError):
        client.with_options(max_retries=0).models.list()
    assert len(requests_seen(httpserver)) == 1
    # The original client keeps its own setting.
    with pytest.raises(moonshot.RateLimitError):
        client.models.list()
    assert len(requests_seen(httpserver)) == 1 + 3


@pytest.mark.anyio
async def test_async_with_options_max_retries(
    aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer
) -> None:
    _always(httpserver, 503)
    with pytest.raises(moonshot.InternalServerError):
        await aclient.with_options(max_retries=3).models.list()
    assert len(requests_seen(httpserver)) == 4


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_client_errors_are_not_retried(
    status: int, client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    _always(httpserver, status)
    with pytest.raises(moonshot.APIStatusError):
        client.models.list()
    assert len(requests_seen(httpserver)) == 1


def test_chat_400_is_not_retried(client: moonshot.Moonshot, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/chat/completions").respond_with_json(
        p.error("bad"), status=400, headers=NO_WAIT
    )
    with pytest.raises(moonshot.BadRequestError):
        client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "x"}])
    assert len(requests_seen(httpserver)) == 1


def test_chat_post_is_retried_with_the_same_body(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    httpserver.expect_ordered_request("/v1/chat/completions").respond_with_json(
        p.error("overloaded"), status=503, headers=NO_WAIT
    )
    httpserver.expect_ordered_request("/v1/chat/completions").respond_with_json(p.chat_completion())
    client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "x"}])
    first, second = requests_seen(httpserver)
    assert first.get_data() == second.get_data() != b""


def test_raw_generated_call_goes_through_the_same_pool_and_retries(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    _fail_then_succeed(httpserver, 503, NO_WAIT)
    response = list_models.sync_detailed(client=client.raw)
    assert response.status_code == 200
    assert isinstance(response.parsed, ModelList)
    assert client.raw.get_httpx_client() is client._http
    _, second = requests_seen(httpserver)
    assert second.headers["Authorization"] == f"Bearer {SENTINEL_KEY}"
    assert second.headers["User-Agent"].startswith("moonshot-client/")


@pytest.mark.anyio
async def test_async_raw_generated_call(
    aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer
) -> None:
    _fail_then_succeed(httpserver, 429, NO_WAIT)
    parsed = await list_models.asyncio(client=aclient.raw)
    assert isinstance(parsed, ModelList)
    assert aclient.raw.get_async_httpx_client() is aclient._http
    assert len(requests_seen(httpserver)) == 2


class _Flaky:
    """A MockTransport handler that fails to connect ``failures`` times, then answers."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.calls <= self.failures:
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(200, json=p.model_list())


def test_connection_errors_are_retried() -> None:
    flaky = _Flaky(failures=2)
    client = moonshot.Moonshot(
        api_key=SENTINEL_KEY,
        base_url="http://127.0.0.1:9",
        http_client=httpx.Client(transport=httpx.MockTransport(flaky)),
    )
    assert isinstance(client.models.list(), ModelList)
    assert flaky.calls == 3


def test_connection_errors_give_up_after_max_retries() -> None:
    flaky = _Flaky(failures=10)
    client = moonshot.Moonshot(
        api_key=SENTINEL_KEY,
        base_url="http://127.0.0.1:9",
        max_retries=1,
        http_client=httpx.Client(transport=httpx.MockTransport(flaky)),
    )
    with pytest.raises(moonshot.APIConnectionError):
        client.models.list()
    assert flaky.calls == 2


@pytest.mark.anyio
async def test_async_connection_errors_are_retried() -> None:
    flaky = _Flaky(failures=1)

    async def handler(request: httpx.Request) -> httpx.Response:
        return flaky(request)

    async with moonshot.AsyncMoonshot(
        api_key=SENTINEL_KEY,
        base_url="http://127.0.0.1:9",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    ) as client:
        assert isinstance(await client.models.list(), ModelList)
    assert flaky.calls == 2
