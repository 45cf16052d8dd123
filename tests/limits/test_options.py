"""AccountLimits' options: checked before anything is sent, each error naming its field."""

from __future__ import annotations

import moonshot
import pytest
from moonshot import AccountLimits


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"concurrency": 0}, "concurrency"),
        ({"concurrency": 1.5}, "concurrency"),
        ({"concurrency": True}, "concurrency"),
        ({"rpm": -1}, "rpm"),
        ({"rpm": float("inf")}, "rpm"),
        ({"tpm": "many"}, "tpm"),
        ({"store": "http://localhost:6379"}, "store"),
        ({"store": 6379}, "store"),
        ({"key": ""}, "key"),
        ({"lease_seconds": 0}, "lease_seconds"),
    ],
)
def test_bad_options_name_their_field(options: dict[str, object], field: str) -> None:
    with pytest.raises(moonshot.ValidationError) as caught:
        AccountLimits(**options)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert field in str(caught.value)


def test_a_client_takes_only_account_limits() -> None:
    with pytest.raises(moonshot.ValidationError) as caught:
        moonshot.Moonshot(api_key="k", account_limits={"rpm": 60})  # type: ignore[arg-type]
    assert caught.value.field == "account_limits"
    client = moonshot.Moonshot(api_key="k")
    with pytest.raises(moonshot.ValidationError):
        client.with_options(account_limits=60)  # type: ignore[arg-type]


def test_repr_and_store_hide_the_password() -> None:
    limits = AccountLimits(concurrency=4, rpm=600, store="rediss://u:pa55-word@db:6380/2", key="k")
    assert "pa55" not in repr(limits)
    assert limits.store == "rediss://u:***@db:6380/2"
    assert repr(AccountLimits(rpm=60)) == "AccountLimits(rpm=60, store='in-process')"


def test_a_store_url_without_redis_py_is_refused_when_made(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    found = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "redis" else found(name, *a)
    )
    with pytest.raises(moonshot.ValidationError, match=r"moonshot-client\[redis\]") as caught:
        AccountLimits(concurrency=1, store="redis://localhost:6379")
    assert caught.value.field == "store"
    AccountLimits(concurrency=1)  # in-process needs nothing
