"""Fixtures for AccountLimits: a real Redis (or Valkey) server on a free loopback port,
started and stopped here, and limits on the in-process store or on that server.

Without a server binary the store tests skip on a developer's machine and FAIL in CI
(``CI=true``): `.ci/run` installs it (scripts/install_redis.sh, `make redis`).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from moonshot import AccountLimits
from moonshot._openapi.chat_request import chat_catalog


def any_model() -> str:
    """The first model of the document's mapping (never named here)."""
    return next(iter(chat_catalog().by_model))


def messages() -> list[dict[str, str]]:
    return [{"role": "user", "content": "hello"}]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_binary() -> str:
    """The redis-server (or valkey-server) on the PATH; a skip, or a failure in CI."""
    for name in ("redis-server", "valkey-server"):
        found = shutil.which(name)
        if found:
            return found
    message = "no redis-server or valkey-server on the PATH (scripts/install_redis.sh)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


@dataclass
class StoreServer:
    """A running Redis/Valkey server that a test may stop (and start again)."""

    binary: str
    port: int
    password: str | None = None
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        auth = f":{self.password}@" if self.password else ""
        return f"redis://{auth}127.0.0.1:{self.port}/0"

    def start(self) -> None:
        folder = tempfile.mkdtemp(prefix="moonshot-redis-")
        args = [
            self.binary,
            "--port", str(self.port),
            "--bind", "127.0.0.1",
            "--save", "",
            "--appendonly", "no",
            "--dir", folder,
        ]  # fmt: skip
        if self.password:
            args += ["--requirepass", self.password]
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError(f"{self.binary} exited: {self.process.returncode}") from None
                time.sleep(0.02)
        raise RuntimeError(f"{self.binary} did not listen on port {self.port}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None


@pytest.fixture(scope="session")
def redis_server() -> Iterator[StoreServer]:
    """One server for the session (each test uses keys of its own)."""
    server = StoreServer(server_binary(), _free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def own_redis_server() -> Iterator[StoreServer]:
    """A server of this test's own, with a password, that the test may stop."""
    server = StoreServer(server_binary(), _free_port(), password="s3cret-PASS")
    server.start()
    yield server
    server.stop()


MakeLimits = Callable[..., AccountLimits]


@pytest.fixture(params=["in-process", "redis"])
def make_limits(request: pytest.FixtureRequest) -> MakeLimits:
    """``make_limits(**limits)``: AccountLimits on the in-process store or on Redis; on
    Redis each call is a separate store object (as another process would have) on this
    test's key, so two of them share one budget only through the server."""
    if request.param == "in-process":
        shared: dict[str, AccountLimits] = {}

        def local(**options: object) -> AccountLimits:
            # One process: limits made with the same options are one object.
            found = shared.get(repr(sorted(options.items())))
            if found is None:
                found = shared[repr(sorted(options.items()))] = AccountLimits(**options)  # type: ignore[arg-type]
            return found

        return local
    server: StoreServer = request.getfixturevalue("redis_server")
    key = uuid.uuid4().hex

    def on_redis(**options: object) -> AccountLimits:
        return AccountLimits(store=server.url, key=key, **options)  # type: ignore[arg-type]

    return on_redis


@pytest.fixture(scope="session", autouse=True)
def _schemas_compiled() -> None:
    """One call of each kind before threads make them: the first use compiles the
    document's schemas, and two threads compiling one at once can meet a half-built
    predicate (an IndexError in moonshot._openapi.schema_compile; reported, not this
    suite's subject)."""
    import moonshot
    from moonshot.testing import LocalMoonshot

    body = {"model": any_model(), "messages": messages()}
    with LocalMoonshot() as server, moonshot.Moonshot(base_url=server.url, api_key="k") as c:
        c.chat.completions.create(**body)  # type: ignore[arg-type]
        for _ in c.chat.completions.create(**body, stream=True):  # type: ignore[arg-type]
            pass
        list(c.chat.completions.create_many([body]))
        c.models.list()
