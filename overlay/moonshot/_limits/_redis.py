"""The shared store: Redis or Valkey, through redis-py (the ``redis`` extra).

Each operation is one atomic script (``_scripts``) or one command. A concurrency slot is
a lease that expires ``lease_seconds`` after it was last renewed; a thread renews the
leases of this process's requests in flight every third of that, so a killed process's
slots come back within the lease time. A store that cannot be reached raises
:class:`AccountLimitsStoreError` at once (short socket timeouts, no retries).
"""

from __future__ import annotations

import asyncio
import logging
import threading
import urllib.parse
import weakref
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from .._errors import AccountLimitsStoreError
from ._policy import Policy
from ._scripts import BUDGET, CORRECT, PAUSE, RENEW, TAKE

if TYPE_CHECKING:
    import redis
    import redis.asyncio

__all__ = ["AsyncRedisStore", "RedisStore", "redacted", "redis_url"]

logger = logging.getLogger("moonshot")

POLL_SECONDS = 0.01
"""The longest a request waits before it looks again for a free concurrency slot."""
SOCKET_TIMEOUT = 2.0
"""Seconds to connect to the store and for one answer of it."""
STATE_TTL_MS = 3_600_000
"""The pacing state of a key nobody used for an hour is dropped."""
SCHEMES = {"redis": "redis", "rediss": "rediss", "valkey": "redis", "valkeys": "rediss"}


def redis_url(url: str) -> str:
    """``url`` as redis-py takes it (``valkey://`` is ``redis://``)."""
    scheme, _, rest = url.partition("://")
    return f"{SCHEMES[scheme.lower()]}://{rest}"


def redacted(url: str) -> str:
    """``url`` with its password (if any) replaced by ``***``."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.netloc.rpartition("@")[2]
    return urllib.parse.urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def _options(*, asynchronous: bool = False) -> dict[str, Any]:
    """Short timeouts and no retries: an unreachable store fails the call at once."""
    from redis.backoff import NoBackoff

    if asynchronous:
        from redis.asyncio.retry import Retry as AsyncRetry

        retry: Any = AsyncRetry(NoBackoff(), 0)
    else:
        from redis.retry import Retry

        retry = Retry(NoBackoff(), 0)
    return {
        "socket_connect_timeout": SOCKET_TIMEOUT,
        "socket_timeout": SOCKET_TIMEOUT,
        "retry": retry,
        "decode_responses": False,
    }


def _import_redis() -> Any:
    try:
        import redis
    except ImportError as error:  # pragma: no cover - the extra is installed in dev
        raise ImportError(
            "AccountLimits(store='redis://...') needs redis-py: "
            "pip install 'moonshot-client[redis]'"
        ) from error
    return redis


class _Keys:
    def __init__(self, key: str) -> None:
        self.leases = f"moonshot:limits:{{{key}}}:leases"
        self.state = f"moonshot:limits:{{{key}}}:state"
        self.both = [self.leases, self.state]


class _Common:
    """The URL, keys, policy and the renewal of leases, for both flavours."""

    name: str

    def __init__(self, url: str, key: str, policy: Policy) -> None:
        self.name = redacted(url)
        self._url = redis_url(url)
        self._keys = _Keys(key)
        self._policy = policy
        self._lease_us = int(policy.lease_seconds * 1_000_000)
        self._leases: set[str] = set()
        self._lock = threading.Lock()
        self._renewer: threading.Thread | None = None
        self._wake = threading.Event()
        self._sync: redis.Redis | None = None
        self._scripts: dict[str, Any] = {}

    def error(self, error: Exception, doing: str) -> AccountLimitsStoreError:
        return AccountLimitsStoreError(
            f"account limits store {self.name}: {doing} failed: {type(error).__name__}: {error}",
            store=self.name,
        )

    def take_args(self, lease: str, tokens: int) -> list[Any]:
        policy = self._policy
        return [
            lease,
            self._lease_us,
            policy.concurrency or 0,
            int(policy.request_gap * 1_000_000),
            tokens,
            policy.token_gap * 1_000_000,
            int(POLL_SECONDS * 1_000_000),
            STATE_TTL_MS,
        ]

    # -- the sync client: the sync store's and the renewal thread's ---------------------

    def sync_client(self) -> redis.Redis:
        client = self._sync
        if client is None:
            with self._lock:  # one client and its scripts, even when threads start at once
                client = self._sync
                if client is None:
                    redis = _import_redis()
                    client = redis.Redis.from_url(self._url, **_options())
                    scripts = {
                        name: client.register_script(text)
                        for name, text in (
                            ("take", TAKE),
                            ("renew", RENEW),
                            ("correct", CORRECT),
                            ("pause", PAUSE),
                            ("budget", BUDGET),
                        )
                    }
                    self._scripts = scripts
                    self._sync = client
        return client

    def run(self, name: str, keys: list[str], args: list[Any]) -> Any:
        self.sync_client()
        return self._scripts[name](keys=keys, args=args)

    # -- leases in flight ---------------------------------------------------------------

    def hold(self, lease: str) -> None:
        """Keep ``lease`` renewed until :meth:`drop`."""
        if not self._policy.concurrency:
            return
        with self._lock:
            self._leases.add(lease)
            if self._renewer is None:
                self._renewer = threading.Thread(
                    target=_renew_forever,
                    args=(weakref.ref(self), self._policy.lease_seconds / 3, self._wake),
                    name="moonshot-limits-renew",
                    daemon=True,
                )
                self._renewer.start()

    def drop(self, lease: str) -> None:
        with self._lock:
            self._leases.discard(lease)

    forget = drop  # a response dropped unclosed: its lease expires once no longer renewed

    def renew(self) -> None:
        with self._lock:
            leases = list(self._leases)
        if leases:
            self.run("renew", [self._keys.leases], [self._lease_us, *leases])

    def in_flight(self) -> int:
        """Leases that have not expired, in every process (for tests and the bench)."""
        client = self.sync_client()
        client.zremrangebyscore(self._keys.leases, "-inf", _server_now_us(client))
        return int(client.zcard(self._keys.leases))

    def __del__(self) -> None:
        self._wake.set()


def _server_now_us(client: redis.Redis) -> int:
    seconds, micros = client.time()
    return int(seconds) * 1_000_000 + int(micros)


def _renew_forever(store: weakref.ref[_Common], every: float, wake: threading.Event) -> None:
    """Renew the leases in flight until the store is gone."""
    while not wake.wait(every):
        found = store()
        if found is None:
            return
        try:
            found.renew()
        except Exception as error:  # the store is away: the leases will expire
            logger.warning("account limits store %s: renewing leases failed: %s", found.name, error)
        del found


class RedisStore(_Common):
    """The store for sync clients."""

    def take(self, lease: str, tokens: int) -> float:
        try:
            waited = self.run("take", self._keys.both, self.take_args(lease, tokens))
        except Exception as error:
            raise self.error(error, "taking a slot") from error
        if int(waited) == 0:
            self.hold(lease)
            return 0.0
        return int(waited) / 1_000_000

    def release(self, lease: str) -> None:
        self.drop(lease)
        if self._policy.concurrency:
            self.sync_client().zrem(self._keys.leases, lease)

    def correct(self, tokens: int) -> None:
        if self._policy.token_gap and tokens:
            args = [tokens, self._policy.token_gap * 1_000_000, STATE_TTL_MS]
            self.run("correct", self._keys.both, args)

    def pause(self, seconds: float) -> None:
        self.run("pause", self._keys.both, [int(seconds * 1_000_000), STATE_TTL_MS])

    def budget(self, remaining: int, reset: float) -> None:
        args = [remaining, int(reset * 1_000_000), STATE_TTL_MS]
        self.run("budget", self._keys.both, args)


class AsyncRedisStore(_Common):
    """The store for async clients: redis-py's asyncio client, one per event loop."""

    def __init__(self, url: str, key: str, policy: Policy) -> None:
        super().__init__(url, key, policy)
        self._clients: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, tuple[redis.asyncio.Redis, dict[str, Any]]
        ] = weakref.WeakKeyDictionary()

    def _client(self) -> tuple[redis.asyncio.Redis, dict[str, Any]]:
        loop = asyncio.get_running_loop()
        found = self._clients.get(loop)
        if found is None:
            _import_redis()
            import redis.asyncio

            client = redis.asyncio.Redis.from_url(self._url, **_options(asynchronous=True))
            scripts = {
                name: client.register_script(text)
                for name, text in (
                    ("take", TAKE),
                    ("correct", CORRECT),
                    ("pause", PAUSE),
                    ("budget", BUDGET),
                )
            }
            found = self._clients[loop] = (client, scripts)
        return found

    async def _run(self, name: str, keys: list[str], args: list[Any]) -> Any:
        scripts = self._client()[1]
        result: Awaitable[Any] = scripts[name](keys=keys, args=args)
        return await result

    async def take(self, lease: str, tokens: int) -> float:
        try:
            waited = await self._run("take", self._keys.both, self.take_args(lease, tokens))
        except Exception as error:
            raise self.error(error, "taking a slot") from error
        if int(waited) == 0:
            self.hold(lease)
            return 0.0
        return int(waited) / 1_000_000

    async def release(self, lease: str) -> None:
        self.drop(lease)
        if self._policy.concurrency:
            remove: Callable[..., Awaitable[Any]] = self._client()[0].zrem
            await remove(self._keys.leases, lease)

    async def correct(self, tokens: int) -> None:
        if self._policy.token_gap and tokens:
            args = [tokens, self._policy.token_gap * 1_000_000, STATE_TTL_MS]
            await self._run("correct", self._keys.both, args)

    async def pause(self, seconds: float) -> None:
        await self._run("pause", self._keys.both, [int(seconds * 1_000_000), STATE_TTL_MS])

    async def budget(self, remaining: int, reset: float) -> None:
        args = [remaining, int(reset * 1_000_000), STATE_TTL_MS]
        await self._run("budget", self._keys.both, args)
