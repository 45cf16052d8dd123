"""``with_options`` reuses what does not change (timeouts per value, bounds, resource
classes) and still gives each copy its own settings and its own resources."""

from __future__ import annotations

import httpx2
import moonshot
import pytest

KEY = "sk-test-with-options"


def test_a_reused_timeout_keeps_each_clients_connect_default() -> None:
    slow = moonshot.Moonshot(api_key=KEY, timeout=httpx2.Timeout(600.0, connect=2.0))
    plain = moonshot.Moonshot(api_key=KEY)
    assert slow.with_options(timeout=5).timeout == httpx2.Timeout(5.0, connect=2.0)
    assert plain.with_options(timeout=5).timeout == httpx2.Timeout(5.0, connect=5.0)
    assert plain.with_options(timeout=1).timeout == httpx2.Timeout(1.0, connect=1.0)


def test_bounds_are_kept_unless_given_and_checked_when_given() -> None:
    client = moonshot.Moonshot(api_key=KEY, deadline=3.0, max_response_bytes=10_000)
    kept = client.with_options(timeout=5)
    assert kept._config.bounds == client._config.bounds
    changed = client.with_options(deadline=1.0)
    assert changed._config.bounds.deadline == 1.0
    assert changed._config.bounds.max_response_bytes == 10_000
    with pytest.raises(moonshot.ValidationError, match="deadline"):
        client.with_options(deadline=-1.0)


def test_each_copy_gets_its_own_resources_bound_to_it() -> None:
    client = moonshot.Moonshot(api_key=KEY)
    first = client.chat.completions
    one, two = client.with_options(timeout=5), client.with_options(timeout=5)
    assert one.chat is not two.chat is not client.chat
    assert one.chat.completions._client is one
    assert two.files._client is two
    assert client.chat.completions is first  # the original keeps what it built
    assert type(one.chat) is type(client.chat)
