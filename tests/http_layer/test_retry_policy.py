"""``retry_after_seconds``, ``RetryPolicy`` and the retry transports, without a server."""

from __future__ import annotations

import email.utils

import httpx2
import pytest
from moonshot._http.retries import RetryPolicy, retry_after_seconds
from moonshot._http.transport import (
    MAX_RETRIES_EXTENSION,
    REPLAYABLE_EXTENSION,
    REWIND_EXTENSION,
    AsyncRetryTransport,
    RetryTransport,
)

NOW = 1_800_000_000.0
REAL_BACKOFF = RetryPolicy.backoff  # captured before the suite zeroes it for speed


def _date(offset: float) -> str:
    return email.utils.formatdate(NOW + offset, usegmt=True)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"retry-after": "7"}, 7.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after": "-3"}, 0.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "0"}, 0.0),
        ({"retry-after-ms": "-10"}, 0.0),
        ({"retry-after-ms": "100", "retry-after": "9"}, 0.1),
        ({"retry-after-ms": "soon", "retry-after": "9"}, 9.0),
        ({"retry-after": _date(42)}, 42.0),
        ({"retry-after": _date(-42)}, 0.0),
        ({"Retry-After": "Fri, 31 Dec 1999 23:59:59 GMT"}, 0.0),
        ({"retry-after": "tomorrow-ish"}, None),
        ({"retry-after": ""}, None),
    ],
)
def test_retry_after_seconds(headers: dict[str, str], expected: float | None) -> None:
    assert retry_after_seconds(httpx2.Headers(headers), now=NOW) == expected


def _response(status: int, **headers: str) -> httpx2.Response:
    return httpx2.Response(status, headers=headers)


def test_retryable_statuses() -> None:
    retryable = [s for s in range(400, 600) if RetryPolicy.retryable_status(s)]
    assert retryable == [408, 409, 429, *range(500, 600)]


def test_delay_for_honours_max_retries() -> None:
    policy = RetryPolicy(max_retries=2)
    response = _response(503, **{"retry-after": "1"})
    assert policy.delay_for(0, response) == 1.0
    assert policy.delay_for(1, response) == 1.0
    assert policy.delay_for(2, response) is None


def test_delay_for_caps_server_waits() -> None:
    policy = RetryPolicy(max_retry_after=10)
    assert policy.delay_for(0, _response(429, **{"retry-after": "10"})) == 10.0
    assert policy.delay_for(0, _response(429, **{"retry-after": "11"})) is None


def test_backoff_grows_with_jitter_and_a_ceiling() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=4.0)
    for retries_done, base in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (6, 4.0)]:
        for _ in range(20):
            assert 0.75 * base <= REAL_BACKOFF(policy, retries_done) <= base


def test_no_header_means_backoff() -> None:
    assert RetryPolicy().delay_for(0, _response(500)) == 0.0  # the suite's zeroed backoff


class _Script:
    """A transport handler answering from a list of statuses (or exceptions)."""

    def __init__(self, *outcomes: int | Exception) -> None:
        self.outcomes = list(outcomes)
        self.bodies: list[bytes] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.bodies.append(request.read())
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return httpx2.Response(outcome, headers={"retry-after-ms": "5"})


def _sync_client(script: _Script, sleeps: list[float], max_retries: int = 2) -> httpx2.Client:
    transport = RetryTransport(
        httpx2.MockTransport(script), RetryPolicy(max_retries=max_retries), sleep=sleeps.append
    )
    return httpx2.Client(transport=transport, base_url="http://127.0.0.1:9")


def test_transport_retries_and_sleeps_as_asked() -> None:
    script, sleeps = _Script(503, 429, 200), []
    response = _sync_client(script, sleeps).post("/x", content=b"payload")
    assert response.status_code == 200
    assert sleeps == [0.005, 0.005]
    assert script.bodies == [b"payload"] * 3


def test_transport_returns_the_last_answer_when_out_of_retries() -> None:
    script, sleeps = _Script(500, 500), []
    response = _sync_client(script, sleeps, max_retries=1).get("/x")
    assert response.status_code == 500
    assert sleeps == [0.005]


def test_transport_reraises_connection_errors_when_out_of_retries() -> None:
    script, sleeps = _Script(httpx2.ConnectError("no"), httpx2.ConnectError("still no")), []
    with pytest.raises(httpx2.ConnectError, match="still no"):
        _sync_client(script, sleeps, max_retries=1).get("/x")


def test_request_extension_overrides_max_retries() -> None:
    script, sleeps = _Script(503, 503, 503, 200), []
    client = _sync_client(script, sleeps, max_retries=0)
    response = client.get("/x", extensions={MAX_RETRIES_EXTENSION: 3})
    assert response.status_code == 200
    assert len(sleeps) == 3


def test_non_replayable_body_is_never_resent() -> None:
    script, sleeps = _Script(503, 200), []
    client = _sync_client(script, sleeps)
    response = client.post("/x", content=b"once", extensions={REPLAYABLE_EXTENSION: False})
    assert response.status_code == 503
    assert sleeps == [] and len(script.bodies) == 1


def test_streamed_body_is_not_resent_unless_marked_replayable() -> None:
    def chunks():  # type: ignore[no-untyped-def]
        yield b"part"

    script, sleeps = _Script(503, 200), []
    response = _sync_client(script, sleeps).post("/x", content=chunks())
    assert response.status_code == 503
    assert len(script.bodies) == 1


def test_rewind_called_before_each_resend() -> None:
    rewinds: list[int] = []
    script, sleeps = _Script(503, 503, 200), []
    client = _sync_client(script, sleeps)
    client.post(
        "/x",
        content=b"body",
        extensions={REWIND_EXTENSION: lambda: rewinds.append(1)},
    )
    assert len(rewinds) == 2


@pytest.mark.anyio
async def test_async_transport_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    import moonshot._http.transport as transport_module

    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(transport_module.anyio, "sleep", fake_sleep)
    script = _Script(httpx2.ReadError("reset"), 502, 200)

    async def handler(request: httpx2.Request) -> httpx2.Response:
        return script(request)

    transport = AsyncRetryTransport(httpx2.MockTransport(handler), RetryPolicy(max_retries=2))
    async with httpx2.AsyncClient(transport=transport, base_url="http://127.0.0.1:9") as client:
        response = await client.get("/x")
    assert response.status_code == 200
    assert slept == [0.0, 0.005]  # backoff is zeroed in this suite; the 502 asked for 5 ms
