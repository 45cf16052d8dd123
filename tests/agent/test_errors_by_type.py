"""Errors by the API's error ``type``: which class, and how many tries each one gets."""

from __future__ import annotations

import time

import anyio
import moonshot
import pytest
from moonshot.testing import LocalMoonshot

from ._models import any_model

ASK = [{"role": "user", "content": "Hello"}]
CHAT = "/v1/chat/completions"


def _chat_tries(server: LocalMoonshot) -> int:
    return sum(1 for r in server.requests if r.path == CHAT)


@pytest.mark.parametrize(
    ("error_type", "cls", "status", "tries"),
    [
        ("exceeded_current_quota_error", moonshot.QuotaExceededError, 429, 1),
        ("engine_overloaded_error", moonshot.OverloadedError, 429, 3),
        ("rate_limit_reached_error", moonshot.RateLimitError, 429, 3),
        ("content_filter", moonshot.ContentFilterError, 400, 1),
    ],
)
def test_each_error_type_gets_its_class_and_retry_count(
    server: LocalMoonshot,
    client: moonshot.Moonshot,
    error_type: str,
    cls: type[moonshot.APIStatusError],
    status: int,
    tries: int,
) -> None:
    server.faults.fail_next(None, error_type=error_type, path=CHAT)
    with pytest.raises(cls) as caught:
        client.chat.completions.create(model=any_model(), messages=ASK)
    assert type(caught.value) is cls
    assert caught.value.type == error_type and caught.value.status_code == status
    assert _chat_tries(server) == tries


def test_new_classes_subclass_todays_status_classes() -> None:
    assert issubclass(moonshot.QuotaExceededError, moonshot.RateLimitError)
    assert issubclass(moonshot.OverloadedError, moonshot.RateLimitError)
    assert issubclass(moonshot.ContentFilterError, moonshot.BadRequestError)
    assert not issubclass(moonshot.QuotaExceededError, moonshot.OverloadedError)


def test_quota_is_not_retried_even_with_a_short_retry_after(
    server: LocalMoonshot, client: moonshot.Moonshot
) -> None:
    server.faults.fail_next(
        None, error_type="exceeded_current_quota_error", retry_after=0, path=CHAT
    )
    with pytest.raises(moonshot.QuotaExceededError):
        client.chat.completions.create(model=any_model(), messages=ASK)
    assert _chat_tries(server) == 1


def test_overloaded_then_success_recovers(server: LocalMoonshot, client: moonshot.Moonshot) -> None:
    server.faults.fail_next(2, error_type="engine_overloaded_error", path=CHAT)
    reply = client.chat.completions.create(model=any_model(), messages=ASK)
    assert reply.choices and _chat_tries(server) == 3


@pytest.mark.parametrize("header", ["Retry-After", "X-Retry-After", "Msh-Cooldown-Seconds"])
def test_rate_limit_honours_each_wait_header(
    server: LocalMoonshot, client: moonshot.Moonshot, header: str
) -> None:
    server.faults.fail_next(
        1, error_type="rate_limit_reached_error", headers={header: "0.3"}, path=CHAT
    )
    started = time.monotonic()
    client.chat.completions.create(model=any_model(), messages=ASK)
    assert time.monotonic() - started >= 0.3
    assert _chat_tries(server) == 2


@pytest.mark.parametrize("header", ["Retry-After", "X-Retry-After", "Msh-Cooldown-Seconds"])
def test_rate_limit_past_the_limit_is_raised_at_once(
    server: LocalMoonshot, client: moonshot.Moonshot, header: str
) -> None:
    # A daily token limit: the wait runs to tomorrow, far past the client's limit.
    server.faults.fail_next(
        None, error_type="rate_limit_reached_error", headers={header: "36000"}, path=CHAT
    )
    started = time.monotonic()
    with pytest.raises(moonshot.RateLimitError) as caught:
        client.chat.completions.create(model=any_model(), messages=ASK)
    assert time.monotonic() - started < 5
    assert type(caught.value) is moonshot.RateLimitError
    assert _chat_tries(server) == 1


def test_rate_limit_reset_is_the_wait_when_nothing_remains(
    server: LocalMoonshot, client: moonshot.Moonshot
) -> None:
    headers = {"X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "7200"}
    server.faults.fail_next(None, error_type="rate_limit_reached_error", headers=headers, path=CHAT)
    with pytest.raises(moonshot.RateLimitError) as caught:
        client.chat.completions.create(model=any_model(), messages=ASK)
    assert _chat_tries(server) == 1
    info = caught.value.rate_limit
    assert info is not None and (info.limit, info.remaining) == (5, 0)
    assert info.reset_seconds() == 7200


def test_the_longest_wait_header_wins(server: LocalMoonshot, client: moonshot.Moonshot) -> None:
    headers = {"Retry-After": "0", "Msh-Cooldown-Seconds": "5000"}
    server.faults.fail_next(None, error_type="rate_limit_reached_error", headers=headers, path=CHAT)
    with pytest.raises(moonshot.RateLimitError):
        client.chat.completions.create(model=any_model(), messages=ASK)
    assert _chat_tries(server) == 1


@pytest.mark.anyio
async def test_async_client_decides_by_type_too(
    server: LocalMoonshot, aclient: moonshot.AsyncMoonshot
) -> None:
    server.faults.fail_next(None, error_type="exceeded_current_quota_error", path=CHAT)
    with pytest.raises(moonshot.QuotaExceededError):
        await aclient.chat.completions.create(model=any_model(), messages=ASK)
    assert _chat_tries(server) == 1
    server.faults.clear()
    server.faults.fail_next(2, error_type="engine_overloaded_error", path=CHAT)
    with anyio.fail_after(10):
        await aclient.chat.completions.create(model=any_model(), messages=ASK)
    assert _chat_tries(server) == 4


def test_streams_decide_by_type_before_the_first_byte(
    server: LocalMoonshot, client: moonshot.Moonshot
) -> None:
    server.faults.fail_next(None, error_type="exceeded_current_quota_error", path=CHAT)
    with pytest.raises(moonshot.QuotaExceededError) as caught:
        client.chat.completions.create(model=any_model(), messages=ASK, stream=True)
    assert "quota" in caught.value.message.lower()
    assert _chat_tries(server) == 1


def test_per_key_rate_limit_sends_the_documented_headers() -> None:
    with LocalMoonshot(rate_limit=2, rate_limit_window=30) as server:
        first = moonshot.Moonshot(base_url=server.url, api_key="key-one")
        other = moonshot.Moonshot(base_url=server.url, api_key="key-two", max_retries=0)
        results = [first.chat.completions.create(model=any_model(), messages=ASK) for _ in range(2)]
        infos = [moonshot.rate_limit_of(r) for r in results]
        assert [(i.limit, i.remaining) for i in infos if i] == [(2, 1), (2, 0)]
        assert infos[0] is not None and 0 < (infos[0].reset_seconds() or 0) <= 30
        # Past the limit: 429 with Retry-After ~30 s, within the client's 60 s limit, so
        # a client without retries sees the error and its headers at once.
        no_retry = first.with_options(max_retries=0)
        with pytest.raises(moonshot.RateLimitError) as caught:
            no_retry.chat.completions.create(model=any_model(), messages=ASK)
        assert caught.value.type == "rate_limit_reached_error"
        assert caught.value.rate_limit is not None and caught.value.rate_limit.remaining == 0
        assert 0 < float(caught.value.response.headers["retry-after"]) <= 30
        # Limits are per key: another key still has its whole window; a stream reads
        # them from its response.
        with other.chat.completions.create(model=any_model(), messages=ASK, stream=True) as s:
            pass
        stream_info = moonshot.rate_limit_of(s)
        assert stream_info is not None and stream_info.remaining == 1
        other_result = other.chat.completions.create(model=any_model(), messages=ASK)
        other_info = moonshot.rate_limit_of(other_result)
        assert other_info is not None and other_info.remaining == 0
        first.close()
        other.close()


def test_rate_limit_of_is_none_without_headers(client: moonshot.Moonshot) -> None:
    result = client.chat.completions.create(model=any_model(), messages=ASK)
    assert moonshot.rate_limit_of(result) is None
    assert moonshot.rate_limit_of(object()) is None
