"""AccountLimits on both stores: every request of every client given them takes a slot,
streams hold theirs until they end, RPM spacing, the server's signals shared."""

from __future__ import annotations

import asyncio
import threading
import time

import moonshot
import pytest
from moonshot.testing import LocalMoonshot

from .conftest import MakeLimits, any_model, messages

KEY = "sk-limits-test"
CHAT = "/v1/chat/completions"


def _call_many(clients: list[moonshot.Moonshot], count: int) -> list[BaseException]:
    errors: list[BaseException] = []

    def one(client: moonshot.Moonshot) -> None:
        try:
            client.chat.completions.create(model=any_model(), messages=messages())
        except moonshot.MoonshotError as error:
            errors.append(error)

    threads = [
        threading.Thread(target=one, args=(clients[i % len(clients)],)) for i in range(count)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_two_clients_sharing_limits_never_pass_the_servers_concurrency(
    make_limits: MakeLimits,
) -> None:
    with LocalMoonshot(concurrency_limit=2) as server:
        server.faults.delay(0.03, count=None, path=CHAT)
        clients = [
            moonshot.Moonshot(
                base_url=server.url,
                api_key=KEY,
                max_retries=0,
                account_limits=make_limits(concurrency=2),
            )
            for _ in range(2)
        ]
        errors = _call_many(clients, 16)
        assert errors == []
        assert make_limits(concurrency=2).in_flight() == 0


def test_without_limits_the_same_load_is_refused() -> None:
    """The control of the test above: the server does answer 429 past its concurrency."""
    with LocalMoonshot(concurrency_limit=2) as server:
        server.faults.delay(0.03, count=None, path=CHAT)
        clients = [
            moonshot.Moonshot(base_url=server.url, api_key=KEY, max_retries=0) for _ in range(2)
        ]
        errors = _call_many(clients, 16)
        assert any(isinstance(error, moonshot.RateLimitError) for error in errors)


def test_a_stream_holds_its_slot_until_it_ends(make_limits: MakeLimits) -> None:
    limits = make_limits(concurrency=1)
    with (
        LocalMoonshot() as server,
        moonshot.Moonshot(base_url=server.url, api_key=KEY, account_limits=limits) as client,
    ):
        stream = client.chat.completions.create(model=any_model(), messages=messages(), stream=True)
        assert limits.in_flight() == 1
        for _ in stream:
            pass
        assert limits.in_flight() == 0
        # Closed before its end: given back too.
        stream = client.chat.completions.create(model=any_model(), messages=messages(), stream=True)
        assert limits.in_flight() == 1
        stream.close()
        assert limits.in_flight() == 0


def test_an_error_answer_gives_its_slot_back(make_limits: MakeLimits) -> None:
    limits = make_limits(concurrency=1)
    with (
        LocalMoonshot() as server,
        moonshot.Moonshot(
            base_url=server.url, api_key=KEY, max_retries=0, account_limits=limits
        ) as client,
    ):
        server.faults.fail_next(status=500)
        with pytest.raises(moonshot.InternalServerError):
            client.chat.completions.create(model=any_model(), messages=messages())
        assert limits.in_flight() == 0
        client.models.list()  # not a model call: a slot all the same
        assert limits.in_flight() == 0


def test_rpm_spaces_requests_across_clients(make_limits: MakeLimits) -> None:
    rpm = 1200  # one request per 50 ms at 97 %: ~0.052 s apart
    with LocalMoonshot() as server:
        clients = [
            moonshot.Moonshot(base_url=server.url, api_key=KEY, account_limits=make_limits(rpm=rpm))
            for _ in range(2)
        ]
        started = time.monotonic()
        assert _call_many(clients, 9) == []
        elapsed = time.monotonic() - started
    # Nine requests: the first at once, eight gaps of 60 / (1200 * 0.97) s.
    assert elapsed >= 8 * 60 / (rpm * 0.97) * 0.95


def test_a_429_wait_pauses_every_client_sharing_the_limits(make_limits: MakeLimits) -> None:
    with LocalMoonshot() as server:
        first = moonshot.Moonshot(
            base_url=server.url,
            api_key=KEY,
            max_retries=0,
            account_limits=make_limits(concurrency=4),
        )
        second = moonshot.Moonshot(
            base_url=server.url,
            api_key=KEY,
            max_retries=0,
            account_limits=make_limits(concurrency=4),
        )
        server.faults.fail_next(status=429, error_type="rate_limit_reached_error", retry_after=0.4)
        with pytest.raises(moonshot.RateLimitError):
            first.chat.completions.create(model=any_model(), messages=messages())
        started = time.monotonic()
        second.chat.completions.create(model=any_model(), messages=messages())
        assert time.monotonic() - started >= 0.3


def test_a_spent_ratelimit_budget_holds_every_client_until_the_reset(
    make_limits: MakeLimits,
) -> None:
    with LocalMoonshot(rate_limit=2, rate_limit_window=1.0) as server:
        clients = [
            moonshot.Moonshot(
                base_url=server.url,
                api_key=KEY,
                max_retries=0,
                account_limits=make_limits(concurrency=8),
            )
            for _ in range(2)
        ]
        # Two answers spend the window's budget (X-RateLimit-Remaining: 0); the next
        # requests wait for X-RateLimit-Reset instead of being refused.
        for client in clients:
            client.chat.completions.create(model=any_model(), messages=messages())
        assert _call_many(clients, 2) == []


def test_the_deadline_bounds_the_wait_for_a_slot(make_limits: MakeLimits) -> None:
    limits = make_limits(concurrency=1)
    with (
        LocalMoonshot() as server,
        moonshot.Moonshot(base_url=server.url, api_key=KEY, account_limits=limits) as client,
    ):
        stream = client.chat.completions.create(model=any_model(), messages=messages(), stream=True)
        started = time.monotonic()
        with pytest.raises(moonshot.APITimeoutError):
            client.with_options(deadline=0.2).chat.completions.create(
                model=any_model(), messages=messages()
            )
        assert time.monotonic() - started < 2
        stream.close()


def test_async_clients_share_the_budget(make_limits: MakeLimits) -> None:
    async def main(url: str) -> list[BaseException | object]:
        clients = [
            moonshot.AsyncMoonshot(
                base_url=url, api_key=KEY, max_retries=0, account_limits=make_limits(concurrency=2)
            )
            for _ in range(2)
        ]
        calls = [
            clients[i % 2].chat.completions.create(model=any_model(), messages=messages())
            for i in range(12)
        ]
        return await asyncio.gather(*calls, return_exceptions=True)

    with LocalMoonshot(concurrency_limit=2) as server:
        server.faults.delay(0.03, count=None, path=CHAT)
        results = asyncio.run(main(server.url))
    assert not [r for r in results if isinstance(r, BaseException)]
    assert make_limits(concurrency=2).in_flight() == 0


def test_async_stream_gives_its_slot_back_on_close(make_limits: MakeLimits) -> None:
    limits = make_limits(concurrency=1)

    async def main(url: str) -> tuple[int, int]:
        async with moonshot.AsyncMoonshot(base_url=url, api_key=KEY, account_limits=limits) as c:
            stream = await c.chat.completions.create(
                model=any_model(), messages=messages(), stream=True
            )
            during = limits.in_flight()
            async for _ in stream:
                pass
            return during, limits.in_flight()

    with LocalMoonshot() as server:
        assert asyncio.run(main(server.url)) == (1, 0)


def test_with_options_sets_and_clears_the_limits(make_limits: MakeLimits) -> None:
    limits = make_limits(concurrency=1)
    with LocalMoonshot() as server, moonshot.Moonshot(base_url=server.url, api_key=KEY) as client:
        limited = client.with_options(account_limits=limits)
        stream = limited.chat.completions.create(
            model=any_model(), messages=messages(), stream=True
        )
        assert limits.in_flight() == 1
        client.chat.completions.create(model=any_model(), messages=messages())  # not limited
        limited.with_options(account_limits=None).models.list()
        stream.close()
        assert limits.in_flight() == 0


def test_uploads_responses_and_messages_take_slots_too(make_limits: MakeLimits) -> None:
    from ops._doc import MESSAGES, RESPONSES, model_for, present

    limits = make_limits(concurrency=1)
    with (
        LocalMoonshot() as server,
        moonshot.Moonshot(base_url=server.url, api_key=KEY, account_limits=limits) as client,
    ):
        stream = client.chat.completions.create(model=any_model(), messages=messages(), stream=True)
        with pytest.raises(moonshot.APITimeoutError):  # the one slot is the stream's
            client.with_options(deadline=0.2).files.create(
                file=("a.txt", b"hello"), purpose="file-extract"
            )
        stream.close()
        client.files.create(file=("a.txt", b"hello"), purpose="file-extract")
        assert limits.in_flight() == 0
        # The Responses and Messages streams, where the document has them.
        if RESPONSES in present(RESPONSES):
            opened = client.responses.create(model=model_for(RESPONSES), input="Moon?", stream=True)
            assert limits.in_flight() == 1
            opened.close()
            assert limits.in_flight() == 0
        if MESSAGES in present(MESSAGES):
            message_stream = client.anthropic.messages.create(
                model=model_for(MESSAGES), max_tokens=64, messages=messages(), stream=True
            )
            assert limits.in_flight() == 1
            for _ in message_stream:
                pass
            assert limits.in_flight() == 0


def test_each_retry_takes_the_gate_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """RPM counts the requests the server sees: a retried call is two of them."""
    limits = moonshot.AccountLimits(concurrency=1, rpm=6000)
    store = limits.sync_store()
    taken: list[str] = []
    original = store.take

    def counting(lease: str, tokens: int) -> float:
        wait = original(lease, tokens)
        if wait == 0:
            taken.append(lease)
        return wait

    monkeypatch.setattr(store, "take", counting)
    with (
        LocalMoonshot() as server,
        moonshot.Moonshot(
            base_url=server.url, api_key=KEY, max_retries=2, account_limits=limits
        ) as client,
    ):
        server.faults.fail_next(status=503, retry_after=0.01)
        client.chat.completions.create(model=any_model(), messages=messages())
    assert len(taken) == 2 and len(set(taken)) == 2
    assert limits.in_flight() == 0
