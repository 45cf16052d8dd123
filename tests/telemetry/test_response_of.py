"""``moonshot.response_of(result)``: the HTTP answer behind every result, without
OpenTelemetry configured: status, headers, request id, elapsed time."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import moonshot
import pytest
import spec_facts as facts
from moonshot.testing import LocalMoonshot

from .conftest import KEY

MODEL = facts.plain_model()
ASK = [{"role": "user", "content": "Hello"}]


@pytest.fixture
def plain(server: LocalMoonshot) -> Iterator[moonshot.Moonshot]:
    """A client with no providers (the global ones are not configured in tests)."""
    with moonshot.Moonshot(base_url=server.url, api_key=KEY) as client:
        yield client


def _check(info: moonshot.ResponseInfo | None, path: str, status: int = 200) -> None:
    assert info is not None
    assert info.status_code == status
    assert info.request_id is not None and info.request_id.startswith("local-")
    assert info.headers["x-request-id"] == info.request_id
    assert isinstance(info.elapsed, datetime.timedelta) and info.elapsed.total_seconds() > 0
    assert info.url.endswith(path)
    assert KEY not in repr(info)


def test_every_operation_result_tells_its_answer(plain: moonshot.Moonshot) -> None:
    cases: list[tuple[Any, str]] = []
    cases.append((plain.chat.completions.create(model=MODEL, messages=ASK), "/chat/completions"))
    cases.append((plain.models.list(), "/models"))
    uploaded = plain.files.create(("moon.txt", b"moon facts"), purpose="file-extract")
    cases.append((uploaded, "/files"))
    cases.append((plain.files.list(), "/files"))
    cases.append((plain.files.content(uploaded.id), "/content"))
    cases.append((plain.files.delete(uploaded.id), uploaded.id))
    cases.append((plain.balance.retrieve(), "/balance"))
    for result, path in cases:
        _check(moonshot.response_of(result), path)
    ids = [moonshot.response_of(result).request_id for result, _ in cases]  # type: ignore[union-attr]
    assert len(set(ids)) == len(ids)  # each result its own answer


def test_a_stream_and_its_final_result(plain: moonshot.Moonshot) -> None:
    stream = plain.chat.completions.create(model=MODEL, messages=ASK, stream=True)
    final = stream.get_final_completion()
    _check(moonshot.response_of(stream), "/chat/completions")
    _check(moonshot.response_of(final), "/chat/completions")
    assert moonshot.response_of(final) == moonshot.response_of(stream)


@pytest.mark.anyio
async def test_async_results(server: LocalMoonshot) -> None:
    async with moonshot.AsyncMoonshot(base_url=server.url, api_key=KEY) as client:
        result = await client.chat.completions.create(model=MODEL, messages=ASK)
        stream = await client.chat.completions.create(model=MODEL, messages=ASK, stream=True)
        final = await stream.get_final_completion()
    _check(moonshot.response_of(result), "/chat/completions")
    _check(moonshot.response_of(final), "/chat/completions")


def test_a_value_the_client_did_not_make_has_none() -> None:
    assert moonshot.response_of(object()) is None
    assert moonshot.response_of("text") is None


def test_what_is_kept_leaves_with_the_results() -> None:
    import httpx2
    from moonshot._telemetry import response_info

    request = httpx2.Request("GET", "https://api.example/v1/models")
    response = httpx2.Response(200, headers={"x-request-id": "r-1"}, request=request)

    class Result:
        pass

    alive = [Result() for _ in range(2000)]
    for result in alive:
        response_info.remember_response(result, response)
    info = moonshot.response_of(alive[0])
    assert info is not None and info.request_id == "r-1" and info.elapsed is None
    del alive, result
    response_info._limit[0] = len(response_info._SEEN)  # the next one sweeps
    kept = Result()
    response_info.remember_response(kept, response)
    assert all(ref() is not None for ref, _ in response_info._SEEN.values())
    assert len(response_info._SEEN) < 100  # the 2000 dead were swept
    assert moonshot.response_of(kept) is not None
    assert response_info._limit[0] >= 1024
