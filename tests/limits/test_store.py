"""The Redis / Valkey store: leases that expire after a kill and are renewed while in
flight, a store that cannot be reached or goes away, URLs without their password."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
import uuid

import moonshot
import pytest
from moonshot import AccountLimits, AccountLimitsStoreError
from moonshot.testing import LocalMoonshot

from .conftest import StoreServer, _free_port, any_model, messages

KEY = "sk-limits-test"

_HOLDER = textwrap.dedent(
    """
    import sys, time
    from moonshot import AccountLimits
    limits = AccountLimits(concurrency=2, store=sys.argv[1], key=sys.argv[2], lease_seconds=1.5)
    store = limits.sync_store()
    assert store.take("held-1", 0) == 0.0 and store.take("held-2", 0) == 0.0
    print("held", flush=True)
    time.sleep(60)
    """
)


def test_a_killed_process_slots_come_back_within_the_lease(redis_server: StoreServer) -> None:
    key = uuid.uuid4().hex
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, redis_server.url, key], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        limits = AccountLimits(concurrency=2, store=redis_server.url, key=key, lease_seconds=1.5)
        time.sleep(2.0)  # past the lease: the holder's thread renewed them
        assert limits.in_flight() == 2
        assert limits.sync_store().take("mine", 0) > 0
        os.kill(holder.pid, signal.SIGKILL)
        killed = time.monotonic()
        while limits.in_flight() and time.monotonic() - killed < 5:
            time.sleep(0.02)
        back_after = time.monotonic() - killed
        assert limits.in_flight() == 0
        assert back_after <= 1.5 + 0.3  # the lease, and the polling of a loaded machine
        assert limits.sync_store().take("mine", 0) == 0.0
    finally:
        holder.kill()
        holder.wait()


def test_an_unreachable_store_fails_the_call_at_once_naming_it() -> None:
    url = f"redis://user:hunter2-SECRET@127.0.0.1:{_free_port()}/0"
    limits = AccountLimits(concurrency=2, store=url)
    assert "hunter2" not in repr(limits)
    with (
        LocalMoonshot() as server,
        moonshot.Moonshot(base_url=server.url, api_key=KEY, account_limits=limits) as client,
    ):
        started = time.monotonic()
        with pytest.raises(AccountLimitsStoreError) as caught:
            client.chat.completions.create(model=any_model(), messages=messages())
        assert time.monotonic() - started < 3
        assert not [r for r in server.requests if r.path.endswith("/chat/completions")]
    error = caught.value
    assert isinstance(error, moonshot.MoonshotError)
    assert error.store == f"redis://user:***@127.0.0.1:{url.rsplit(':', 1)[1]}"
    assert "hunter2" not in str(error) and error.store in str(error)


def test_a_wrong_password_is_a_store_error_without_the_password(
    own_redis_server: StoreServer,
) -> None:
    url = own_redis_server.url.replace("s3cret-PASS", "wrong-PASS")
    limits = AccountLimits(rpm=600, store=url)
    with pytest.raises(AccountLimitsStoreError) as caught:
        limits.sync_store().take("x", 0)
    assert "wrong-PASS" not in str(caught.value) and "***" in str(caught.value)


def test_a_store_that_goes_away_mid_run(
    own_redis_server: StoreServer, caplog: pytest.LogCaptureFixture
) -> None:
    limits = AccountLimits(concurrency=2, store=own_redis_server.url, key=uuid.uuid4().hex)
    with (
        LocalMoonshot() as server,
        moonshot.Moonshot(base_url=server.url, api_key=KEY, account_limits=limits) as client,
    ):
        client.chat.completions.create(model=any_model(), messages=messages())
        stream = client.chat.completions.create(model=any_model(), messages=messages(), stream=True)
        own_redis_server.stop()
        # The stream sent before goes on to its end; giving its slot back is only logged.
        assert list(stream)
        assert "giving a slot back failed" in caplog.text
        started = time.monotonic()
        with pytest.raises(AccountLimitsStoreError):
            client.chat.completions.create(model=any_model(), messages=messages())
        assert time.monotonic() - started < 3
        # Back again: calls go on (the state of the budget is the server's: here, empty).
        own_redis_server.start()
        client.chat.completions.create(model=any_model(), messages=messages())


def test_valkey_urls_are_the_redis_protocol(redis_server: StoreServer) -> None:
    url = redis_server.url.replace("redis://", "valkey://")
    limits = AccountLimits(concurrency=1, store=url, key=uuid.uuid4().hex)
    assert limits.sync_store().take("a", 0) == 0.0
    assert limits.in_flight() == 1


def test_create_many_stops_when_the_store_is_unreachable() -> None:
    limits = AccountLimits(concurrency=2, store=f"redis://127.0.0.1:{_free_port()}")
    requests = [{"model": any_model(), "messages": messages()} for _ in range(5)]
    with (
        LocalMoonshot() as server,
        moonshot.Moonshot(base_url=server.url, api_key=KEY, account_limits=limits) as client,
        pytest.raises(AccountLimitsStoreError) as caught,
    ):
        list(client.chat.completions.create_many(requests))
    assert "create_many stopped" in "".join(getattr(caught.value, "__notes__", []))


def test_a_failed_send_whose_slot_cannot_be_given_back_raises_the_sends_error(
    own_redis_server: StoreServer,
) -> None:
    limits = AccountLimits(concurrency=2, store=own_redis_server.url, key=uuid.uuid4().hex)
    with (
        LocalMoonshot() as server,
        moonshot.Moonshot(
            base_url=server.url, api_key=KEY, max_retries=0, timeout=0.6, account_limits=limits
        ) as client,
    ):
        server.faults.delay(1.5, path="/v1/chat/completions")
        stopper = threading.Timer(0.2, own_redis_server.stop)
        stopper.start()
        with pytest.raises(moonshot.APITimeoutError):  # not the store's error, nor redis-py's
            client.chat.completions.create(model=any_model(), messages=messages())
        stopper.join()


def test_an_unreachable_store_fails_an_async_call_at_once() -> None:
    import asyncio

    limits = AccountLimits(concurrency=2, store=f"valkey://:pw-SECRET@127.0.0.1:{_free_port()}")

    async def main(url: str) -> AccountLimitsStoreError:
        async with moonshot.AsyncMoonshot(base_url=url, api_key=KEY, account_limits=limits) as c:
            with pytest.raises(AccountLimitsStoreError) as caught:
                await c.chat.completions.create(model=any_model(), messages=messages())
            return caught.value

    with LocalMoonshot() as server:
        started = time.monotonic()
        error = asyncio.run(main(server.url))
        assert time.monotonic() - started < 3
    assert "pw-SECRET" not in str(error) and error.store.startswith("valkey://:***@")
