"""Configuration: key and base URL from the environment, base URL forms, options, timeouts."""

from __future__ import annotations

import re
import threading
import warnings
from collections.abc import Iterator

import httpx2
import moonshot
import pytest
import spec_facts as facts
from client import _payloads as p
from client.conftest import SENTINEL_KEY, requests_seen
from moonshot._http.config import DEFAULT_BASE_URL
from moonshot_openapi.models import ModelList
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

MODEL = facts.plain_model()


def _serve_models(server: HTTPServer) -> None:
    server.expect_request("/v1/models", method="GET").respond_with_json(p.model_list())


def test_key_and_base_url_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, httpserver: HTTPServer
) -> None:
    monkeypatch.setenv("MOONSHOT_API_KEY", SENTINEL_KEY)
    monkeypatch.setenv("MOONSHOT_BASE_URL", httpserver.url_for("/v1"))
    _serve_models(httpserver)
    with moonshot.Moonshot() as client:
        assert isinstance(client.models.list(), ModelList)
    [request] = requests_seen(httpserver)
    assert request.headers["Authorization"] == f"Bearer {SENTINEL_KEY}"


@pytest.mark.anyio
async def test_async_key_and_base_url_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, httpserver: HTTPServer
) -> None:
    monkeypatch.setenv("MOONSHOT_API_KEY", SENTINEL_KEY)
    monkeypatch.setenv("MOONSHOT_BASE_URL", httpserver.url_for("/"))
    _serve_models(httpserver)
    async with moonshot.AsyncMoonshot() as client:
        await client.models.list()
    [request] = requests_seen(httpserver)
    assert request.headers["Authorization"] == f"Bearer {SENTINEL_KEY}"


def test_arguments_win_over_the_environment(
    monkeypatch: pytest.MonkeyPatch, httpserver: HTTPServer
) -> None:
    monkeypatch.setenv("MOONSHOT_API_KEY", "sk-from-env")
    monkeypatch.setenv("MOONSHOT_BASE_URL", "http://127.0.0.1:9/v1")
    _serve_models(httpserver)
    with moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=httpserver.url_for("/v1")) as client:
        client.models.list()
    assert requests_seen(httpserver)[0].headers["Authorization"] == f"Bearer {SENTINEL_KEY}"


@pytest.mark.parametrize("cls", [moonshot.Moonshot, moonshot.AsyncMoonshot])
@pytest.mark.parametrize("key", [None, ""])
def test_missing_key_names_the_variable(cls: type, key: str | None) -> None:
    with pytest.raises(moonshot.MoonshotError) as caught:
        cls(api_key=key)
    assert "MOONSHOT_API_KEY" in str(caught.value)
    assert "api_key" in str(caught.value)


def test_default_base_url() -> None:
    client = moonshot.Moonshot(api_key=SENTINEL_KEY)
    assert client.base_url == DEFAULT_BASE_URL
    assert client.base_url.startswith("https://")


@pytest.mark.parametrize("suffix", ["", "/", "/v1", "/v1/"])
def test_base_url_with_or_without_v1(
    suffix: str, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = httpserver.url_for("/").rstrip("/")
    _serve_models(httpserver)
    httpserver.expect_request("/v1/files/f-1").respond_with_json(p.file_object("f-1"))
    with moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=root + suffix) as client:
        client.models.list()
        client.files.retrieve("f-1")
    assert [r.path for r in requests_seen(httpserver)] == ["/v1/models", "/v1/files/f-1"]


def test_base_url_with_a_path_prefix(httpserver: HTTPServer) -> None:
    """A gateway that mounts the API under a prefix keeps the prefix."""
    httpserver.expect_request("/gateway/moonshot/v1/models").respond_with_json(p.model_list())
    base_url = httpserver.url_for("/gateway/moonshot/v1")
    with moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=base_url) as client:
        client.models.list()
    assert [r.path for r in requests_seen(httpserver)] == ["/gateway/moonshot/v1/models"]


@pytest.mark.parametrize("url", ["ftp://example.com", "not a url", "https://"])
def test_bad_base_url(url: str) -> None:
    with pytest.raises(moonshot.MoonshotError) as caught:
        moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=url)
    assert "base_url" in str(caught.value)


def test_plain_http_to_a_remote_host_warns() -> None:
    with pytest.warns(UserWarning, match="not TLS"):
        moonshot.Moonshot(api_key=SENTINEL_KEY, base_url="http://api.example.com/v1")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        moonshot.Moonshot(api_key=SENTINEL_KEY, base_url="http://localhost:8000")


@pytest.mark.parametrize("bad", [-1, 1.5, "2"])
def test_bad_max_retries(bad: object, client: moonshot.Moonshot) -> None:
    with pytest.raises(moonshot.MoonshotError, match="max_retries"):
        moonshot.Moonshot(api_key=SENTINEL_KEY, max_retries=bad)  # type: ignore[arg-type]
    with pytest.raises(moonshot.MoonshotError, match="max_retries"):
        client.with_options(max_retries=bad)  # type: ignore[arg-type]


def test_default_headers_are_sent(base_url: str, httpserver: HTTPServer) -> None:
    _serve_models(httpserver)
    with moonshot.Moonshot(
        api_key=SENTINEL_KEY, base_url=base_url, default_headers={"X-Team": "search"}
    ) as client:
        client.models.list()
    assert requests_seen(httpserver)[0].headers["X-Team"] == "search"


def test_with_options_shares_the_pool(client: moonshot.Moonshot) -> None:
    quick = client.with_options(timeout=3.0)
    assert quick._http is client._http
    assert quick.raw is client.raw
    assert quick.timeout.read == 3.0
    assert client.timeout.read == 600.0  # the original keeps its defaults
    assert quick.max_retries == client.max_retries
    assert quick.chat._client is quick
    assert quick.models._client is quick


@pytest.mark.anyio
async def test_async_with_options_shares_the_pool(aclient: moonshot.AsyncMoonshot) -> None:
    clone = aclient.with_options(timeout=httpx2.Timeout(2.0), max_retries=0)
    assert clone._http is aclient._http
    assert clone.max_retries == 0 and aclient.max_retries == 2
    assert clone.timeout == httpx2.Timeout(2.0)


def test_custom_http_client_is_used(base_url: str, httpserver: HTTPServer) -> None:
    _serve_models(httpserver)
    through: list[httpx2.Request] = []
    http = httpx2.Client(headers={"X-Proxy-Tag": "p1"}, event_hooks={"request": [through.append]})
    with moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=base_url, http_client=http) as client:
        client.models.list()
    assert [r.url.path for r in through] == ["/v1/models"]  # sent by the caller's client
    assert http.is_closed  # closing the Moonshot client closes it, as it always did
    [request] = requests_seen(httpserver)
    assert request.headers["X-Proxy-Tag"] == "p1"
    assert request.headers["Authorization"] == f"Bearer {SENTINEL_KEY}"


def test_close_closes_the_pool(base_url: str) -> None:
    client = moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=base_url)
    client.close()
    assert client._http.is_closed


# -- timeouts ---------------------------------------------------------------------------------


class _HoldingServer:
    """A threaded local server whose every answer waits until :meth:`release` is called."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.server = HTTPServer(host="127.0.0.1", threaded=True)
        self.server.expect_request(re.compile(".*")).respond_with_handler(self._hold)

    def _hold(self, request: Request) -> Response:
        self.gate.wait(10)
        return Response(b"{}", content_type="application/json")

    def release(self) -> None:
        gate, self.gate = self.gate, threading.Event()
        gate.set()


@pytest.fixture(scope="module")
def holding_server() -> Iterator[_HoldingServer]:
    holder = _HoldingServer()
    holder.server.start()
    yield holder
    holder.release()
    holder.server.stop()


@pytest.fixture
def slow_base_url(holding_server: _HoldingServer) -> Iterator[str]:
    """Base URL of a server that answers only after the test (its own, not ``httpserver``,
    so requests abandoned on timeout cannot be answered into a later test's log)."""
    yield holding_server.server.url_for("/v1")
    holding_server.release()


@pytest.fixture
def slow_client(slow_base_url: str) -> Iterator[moonshot.Moonshot]:
    with moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=slow_base_url, max_retries=0) as c:
        yield c


def test_per_call_timeout_raises_api_timeout_error(slow_client: moonshot.Moonshot) -> None:
    with pytest.raises(moonshot.APITimeoutError) as caught:
        slow_client.models.list(timeout=0.05)
    assert isinstance(caught.value, moonshot.APIConnectionError)
    assert "timed out" in str(caught.value).lower()
    assert caught.value.request is not None


def test_with_options_timeout_applies(slow_client: moonshot.Moonshot) -> None:
    with pytest.raises(moonshot.APITimeoutError):
        slow_client.with_options(timeout=0.05).balance.retrieve()


@pytest.mark.anyio
async def test_async_per_call_timeout(slow_base_url: str) -> None:
    async with moonshot.AsyncMoonshot(
        api_key=SENTINEL_KEY, base_url=slow_base_url, max_retries=0
    ) as client:
        with pytest.raises(moonshot.APITimeoutError):
            await client.chat.completions.create(
                model=MODEL, messages=[{"role": "user", "content": "x"}], timeout=0.05
            )


def test_timeouts_are_retried() -> None:
    calls: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        calls.append(request)
        raise httpx2.ReadTimeout("slow", request=request)

    client = moonshot.Moonshot(
        api_key=SENTINEL_KEY,
        base_url="http://127.0.0.1:9",
        max_retries=2,
        http_client=httpx2.Client(transport=httpx2.MockTransport(handler)),
    )
    with pytest.raises(moonshot.APITimeoutError, match="ReadTimeout"):
        client.models.list(timeout=0.5)
    assert len(calls) == 3
    assert calls[0].extensions["timeout"]["read"] == 0.5


def _paths_seen(server: HTTPServer) -> list[str]:
    return [request.full_path.rstrip("?") for request in requests_seen(server)]


def test_a_path_sent_again_goes_to_the_same_url_under_a_base_path(httpserver: HTTPServer) -> None:
    # The client keeps the URL httpx2 joined for a path; the second call takes that one.
    httpserver.expect_request("/proxy/v1/files/file-1").respond_with_json(p.file_object("file-1"))
    httpserver.expect_request("/proxy/v1/files/file-2").respond_with_json(p.file_object("file-2"))
    httpserver.expect_request("/proxy/v1/models").respond_with_json(p.model_list())
    base_url = httpserver.url_for("/proxy/v1")
    with moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=base_url) as client:
        client.models.list()
        client.models.list()
        client.with_options(timeout=5.0).models.list()
        client.files.retrieve("file-1")
        client.files.retrieve("file-2")
        client.files.retrieve("file-1")
    assert _paths_seen(httpserver) == [
        "/proxy/v1/models",
        "/proxy/v1/models",
        "/proxy/v1/models",
        "/proxy/v1/files/file-1",
        "/proxy/v1/files/file-2",
        "/proxy/v1/files/file-1",
    ]


def test_query_parameters_are_sent_once_on_every_call(httpserver: HTTPServer) -> None:
    # Neither a call's query nor the caller's client's is kept with the path.
    page = {"object": "list", "data": [], "has_more": False}
    httpserver.expect_request("/v1/batches").respond_with_json(page)
    httpserver.expect_request("/v1/models").respond_with_json(p.model_list())
    with httpx2.Client(params={"tenant": "t1"}) as own:
        client = moonshot.Moonshot(
            api_key=SENTINEL_KEY, base_url=httpserver.url_for("/v1"), http_client=own
        )
        client.models.list()
        client.models.list()
        list(client.batches.list(limit=3))
        list(client.batches.list(limit=4))
    with moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=httpserver.url_for("/v1")) as plain:
        list(plain.batches.list(limit=5))
        plain.models.list()
        list(plain.batches.list())
        list(plain.batches.list(limit=6))  # the path's URL kept, this call's query added
    assert _paths_seen(httpserver) == [
        "/v1/models?tenant=t1",
        "/v1/models?tenant=t1",
        "/v1/batches?tenant=t1&limit=3",
        "/v1/batches?tenant=t1&limit=4",
        "/v1/batches?limit=5",
        "/v1/models",
        "/v1/batches",
        "/v1/batches?limit=6",
    ]


def test_with_options_takes_the_size_cap_and_turns_it_off(
    base_url: str, httpserver: HTTPServer
) -> None:
    _serve_models(httpserver)
    with moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=base_url) as client:
        capped = client.with_options(max_response_bytes=10)
        with pytest.raises(moonshot.ResponseTooLargeError) as caught:
            capped.models.list()
        assert caught.value.max_bytes == 10
        assert client.models.list().data  # the original keeps the operation's default
        uncapped = capped.with_options(max_response_bytes=None)
        assert uncapped.models.list().data
        assert capped.with_options(timeout=5.0)._config.bounds.max_response_bytes == 10


def test_with_options_deadline_applies_to_the_copy_only(slow_client: moonshot.Moonshot) -> None:
    hurried = slow_client.with_options(deadline=0.2)
    with pytest.raises(moonshot.APITimeoutError, match="deadline"):
        hurried.balance.retrieve()
    assert slow_client._config.bounds.deadline is None
    assert hurried.with_options(deadline=None)._config.bounds.deadline is None
    assert hurried.with_options(max_retries=0)._config.bounds.deadline == 0.2


@pytest.mark.parametrize(
    ("option", "bad"),
    [("max_response_bytes", 0), ("max_line_bytes", -5), ("deadline", 0), ("idle_timeout", "1")],
)
def test_with_options_rejects_bad_bounds(
    client: moonshot.Moonshot, option: str, bad: object
) -> None:
    with pytest.raises(moonshot.ValidationError, match=option) as caught:
        client.with_options(**{option: bad})  # type: ignore[arg-type]
    assert caught.value.field == option


@pytest.mark.anyio
async def test_a_silent_server_past_the_deadline_is_the_deadline_error(
    slow_base_url: str,
) -> None:
    """The read timeout cut short to the deadline says so (not a bare read timeout)."""
    async with moonshot.AsyncMoonshot(
        api_key=SENTINEL_KEY, base_url=slow_base_url, max_retries=0, deadline=0.2
    ) as client:
        with pytest.raises(moonshot.APITimeoutError, match=r"deadline=0\.2 s"):
            await client.balance.retrieve()
        with pytest.raises(moonshot.APITimeoutError, match=r"Request timed out"):
            await client.balance.retrieve(timeout=0.05)  # its own timeout, well before
