"""``AccountLimits``: what a client is given to share one account's limits."""

from __future__ import annotations

import importlib.util
import math
from typing import TYPE_CHECKING, Any

import httpx2

from .._defaults import DEFAULT_LEASE_SECONDS
from .._errors import ValidationError
from ._local import AsyncLocalStore, LocalStore
from ._policy import Policy
from ._usage import request_tokens

if TYPE_CHECKING:
    from ._redis import AsyncRedisStore, RedisStore

__all__ = ["DEFAULT_KEY", "AccountLimits"]

DEFAULT_KEY = "default"
_SCHEMES = ("redis://", "rediss://", "valkey://", "valkeys://")


def _positive(name: str, value: object, *, integer: bool = False) -> None:
    kind = "an integer >= 1" if integer else "a number > 0"
    bad = isinstance(value, bool) or not isinstance(value, int if integer else int | float)
    if bad or not math.isfinite(float(value)) or float(value) <= 0:  # type: ignore[arg-type]
        raise ValidationError(f"{name}: expected {kind} or None, got {value!r}", field=name)


class AccountLimits:
    """One account's limits, shared by every request of the clients given them.

    ``concurrency`` requests at a time, ``rpm`` requests and ``tpm`` tokens per minute
    (None: not limited here). Every request takes a slot before it is sent and gives it
    back when its answer or stream ends. ``store=None`` keeps the budget in this process
    (its threads and tasks share it); a ``redis://`` / ``valkey://`` URL (``rediss://``,
    ``valkeys://`` for TLS) shares it with every process that uses the same ``key``.
    ``lease_seconds``: how long a slot of a killed process stays taken on the store.
    """

    concurrency: int | None
    rpm: float | None
    tpm: float | None
    key: str
    lease_seconds: float

    def __init__(
        self,
        concurrency: int | None = None,
        rpm: float | None = None,
        tpm: float | None = None,
        store: str | None = None,
        key: str = DEFAULT_KEY,
        *,
        lease_seconds: float = DEFAULT_LEASE_SECONDS,
    ) -> None:
        if concurrency is not None:
            _positive("concurrency", concurrency, integer=True)
        if rpm is not None:
            _positive("rpm", rpm)
        if tpm is not None:
            _positive("tpm", tpm)
        _positive("lease_seconds", lease_seconds)
        if store is not None and (
            not isinstance(store, str) or not store.lower().startswith(_SCHEMES)
        ):
            got = f"a {store.partition(':')[0]!r} URL" if isinstance(store, str) else repr(store)
            raise ValidationError(
                "store: expected None (in-process) or a redis://, rediss://, valkey:// or "
                f"valkeys:// URL, got {got}",
                field="store",
            )
        if store is not None and importlib.util.find_spec("redis") is None:
            raise ValidationError(
                "store: a Redis / Valkey store needs redis-py; "
                "pip install 'moonshot-client[redis]'",
                field="store",
            )
        if not isinstance(key, str) or not key:
            raise ValidationError(f"key: expected a non-empty string, got {key!r}", field="key")
        self.concurrency = concurrency
        self.rpm = rpm
        self.tpm = tpm
        self.key = key
        self.lease_seconds = float(lease_seconds)
        self._policy = Policy(concurrency, rpm, tpm, self.lease_seconds)
        self._url = store
        self._local = LocalStore(self._policy) if store is None else None
        self._async_local: AsyncLocalStore | None = None
        self._redis: RedisStore | None = None
        self._async_redis: AsyncRedisStore | None = None

    @property
    def store(self) -> str:
        """Where the budget is kept: ``in-process`` or the store's URL without password."""
        if self._url is None:
            return "in-process"
        from ._redis import redacted

        return redacted(self._url)

    @property
    def counts_tokens(self) -> bool:
        return self.tpm is not None

    def charge(self, request: httpx2.Request) -> int:
        """The tokens a request is charged before it is sent (an estimate)."""
        return request_tokens(request)

    def sync_store(self) -> LocalStore | RedisStore:
        """The store as sync clients use it."""
        if self._local is not None:
            return self._local
        if self._redis is None:
            from ._redis import RedisStore

            assert self._url is not None
            self._redis = RedisStore(self._url, self.key, self._policy)
        return self._redis

    def async_store(self) -> AsyncLocalStore | AsyncRedisStore:
        """The store as async clients use it (the in-process one never blocks)."""
        if self._local is not None:
            if self._async_local is None:
                self._async_local = AsyncLocalStore(self._local)
            return self._async_local
        if self._async_redis is None:
            from ._redis import AsyncRedisStore

            assert self._url is not None
            self._async_redis = AsyncRedisStore(self._url, self.key, self._policy)
        return self._async_redis

    def in_flight(self) -> int:
        """Slots taken now (on a shared store: by every process, leases not expired)."""
        store = self.sync_store()
        return store.in_flight if isinstance(store, LocalStore) else store.in_flight()

    def __repr__(self) -> str:
        shown: list[str] = []
        for name in ("concurrency", "rpm", "tpm"):
            value: Any = getattr(self, name)
            if value is not None:
                shown.append(f"{name}={value!r}")
        shown.append(f"store={self.store!r}")
        if self._url is not None:
            shown.append(f"key={self.key!r}")
        return f"AccountLimits({', '.join(shown)})"
