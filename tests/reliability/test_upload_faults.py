"""Uploads under faults: a reset after the body or before it, a 503 burst, a source that
cannot be rewound. Each ends in a complete resend or a typed error saying what happened,
with the caller's progress figures kept, the file closed and the pooled connection free."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import httpx2
import moonshot
import pytest

from . import _figures
from ._servers import (
    ScriptedServer,
    error_json,
    reset_before_body,
    reset_now,
    respond_json,
)
from .conftest import SENTINEL_KEY

pytestmark = pytest.mark.timeout(30)

POOL_OF_ONE = httpx2.Limits(max_connections=1, max_keepalive_connections=1)
TIMEOUT = httpx2.Timeout(5.0, connect=1.0, pool=1.0)
SIZE = 4 * 1024 * 1024 + 123


def file_object(request: Any = None) -> dict[str, Any]:
    return {
        "id": "file-1",
        "object": "file",
        "bytes": SIZE,
        "created_at": 1,
        "filename": "report.pdf",
        "purpose": "file-extract",
        "status": "ok",
    }


@pytest.fixture
def backoff_seconds() -> float:
    return 0.01


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "report.pdf"
    path.write_bytes(os.urandom(SIZE))
    return path


class OneWayReader(io.RawIOBase):
    """A readable stream that cannot seek: a pipe or a socket, say."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def _sync(server: ScriptedServer, retries: int = 2) -> moonshot.Moonshot:
    return moonshot.Moonshot(
        api_key=SENTINEL_KEY,
        base_url=server.url,
        max_retries=retries,
        timeout=TIMEOUT,
        http_client=httpx2.Client(limits=POOL_OF_ONE),
    )


def _async(server: ScriptedServer, retries: int = 2) -> moonshot.AsyncMoonshot:
    return moonshot.AsyncMoonshot(
        api_key=SENTINEL_KEY,
        base_url=server.url,
        max_retries=retries,
        timeout=TIMEOUT,
        http_client=httpx2.AsyncClient(limits=POOL_OF_ONE),
    )


def _complete_bodies(server: ScriptedServer, data: bytes) -> int:
    return sum(data in request.body for request in server.requests)


UPLOAD_FAULTS = {
    "reset after the body": ([reset_now], 2),
    "reset before the body": ([reset_before_body], 1),
    "503 then 502": ([error_json(503), error_json(502)], 3),
}


@pytest.mark.parametrize("name", list(UPLOAD_FAULTS))
def test_upload_from_a_path_is_resent_whole(report: Path, name: str) -> None:
    plan, whole_bodies = UPLOAD_FAULTS[name]
    fds = _open_fds()
    progress: list[tuple[int, int | None]] = []
    with ScriptedServer(plan=[*plan, respond_json(file_object())]) as server:
        client = _sync(server)
        uploaded = client.files.create(
            report, "file-extract", on_progress=lambda sent, total: progress.append((sent, total))
        )
        assert uploaded.id == "file-1"
        assert _complete_bodies(server, report.read_bytes()) == whole_bodies
        assert server.requests[-1].headers["content-length"] == str(len(server.requests[-1].body))
        assert progress[-1] == (SIZE, SIZE)
        assert client.models.list().data  # the one connection is free
        client.close()
    assert _open_fds() <= fds
    _figures.survived(f"sync: upload, {name}")


@pytest.mark.anyio
@pytest.mark.parametrize("name", list(UPLOAD_FAULTS))
async def test_async_upload_is_resent_whole(report: Path, name: str) -> None:
    plan, whole_bodies = UPLOAD_FAULTS[name]
    fds = _open_fds()
    with ScriptedServer(plan=[*plan, respond_json(file_object())]) as server:
        client = _async(server)
        uploaded = await client.files.create(report, "file-extract")
        assert uploaded.id == "file-1"
        assert _complete_bodies(server, report.read_bytes()) == whole_bodies
        assert (await client.models.list()).data
        await client.close()
    assert _open_fds() <= fds
    _figures.survived(f"async: upload, {name}")


def test_failed_upload_says_what_happened_and_keeps_the_progress(report: Path) -> None:
    fds = _open_fds()
    progress: list[int] = []
    with ScriptedServer(plan=[reset_before_body] * 3) as server:
        client = _sync(server)
        with pytest.raises(moonshot.APIConnectionError) as caught:
            client.files.create(report, "file-extract", on_progress=lambda s, t: progress.append(s))
        assert "Connection error" in str(caught.value)
        assert len(server.requests) == 3
        # The caller's progress shows what left before each reset (how much is up to timing).
        assert all(0 < sent <= SIZE for sent in progress)
        assert isinstance(caught.value.__cause__, httpx2.TransportError)
        assert client.models.list().data
        client.close()
    assert _open_fds() <= fds  # the file opened for each attempt is closed
    _figures.survived("sync: upload reset every time")


def test_a_stream_that_cannot_rewind_is_not_resent() -> None:
    data = os.urandom(300_000)
    with ScriptedServer(plan=[reset_now]) as server:
        client = _sync(server)
        with pytest.raises(moonshot.APIConnectionError):
            client.files.create(("data.bin", OneWayReader(data)), "file-extract")
        assert len(server.requests) == 1  # no second try with half a body
        assert _complete_bodies(server, data) == 1
        assert client.models.list().data
        client.close()
    _figures.survived("sync: upload of a one-way stream, reset")


@pytest.mark.anyio
async def test_async_stream_that_cannot_rewind_is_not_resent() -> None:
    data = os.urandom(300_000)
    with ScriptedServer(plan=[error_json(503)]) as server:
        client = _async(server)
        with pytest.raises(moonshot.InternalServerError):
            await client.files.create(("data.bin", OneWayReader(data)), "file-extract")
        assert len(server.requests) == 1
        assert (await client.models.list()).data
        await client.close()
    _figures.survived("async: upload of a one-way stream, 503")
