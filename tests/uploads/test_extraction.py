"""files.extract / extract_messages against the local server (moonshot.testing).

It really extracts text files, and answers a format it cannot extract (.pdf, .doc)
with a 400 on the content request, as the API does for a failed extraction.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import moonshot
import pytest
from moonshot.testing import LocalMoonshot

from .conftest import API_KEY


@pytest.fixture
def api() -> Iterator[LocalMoonshot]:
    with LocalMoonshot() as server:
        yield server


@pytest.fixture
def client(api: LocalMoonshot) -> Iterator[moonshot.Moonshot]:
    with moonshot.Moonshot(api_key=API_KEY, base_url=api.url) as c:
        yield c


@pytest.fixture
async def aclient(api: LocalMoonshot) -> AsyncIterator[moonshot.AsyncMoonshot]:
    async with moonshot.AsyncMoonshot(api_key=API_KEY, base_url=api.url) as c:
        yield c


def _ids(api: LocalMoonshot, method: str, suffix: str = "") -> list[str]:
    """File ids of the requests ``method /v1/files/<id><suffix>``, in order."""
    return [
        r.path.removeprefix("/v1/files/").removesuffix(suffix)
        for r in api.requests
        if r.method == method and r.path.startswith("/v1/files/") and r.path.endswith(suffix)
    ]


def uploaded(api: LocalMoonshot) -> int:
    return sum(r.method == "POST" and r.path == "/v1/files" for r in api.requests)


def deleted(api: LocalMoonshot) -> list[str]:
    return _ids(api, "DELETE")


def read(api: LocalMoonshot) -> list[str]:
    """The files whose content was asked for."""
    return _ids(api, "GET", "/content")


def _docs(tmp_path: Path, names: list[str]) -> list[Path]:
    paths = []
    for name in names:
        path = tmp_path / name
        path.write_text(f"contents of {name}")
        paths.append(path)
    return paths


def test_extract_returns_the_text(
    client: moonshot.Moonshot, api: LocalMoonshot, tmp_path: Path
) -> None:
    (path,) = _docs(tmp_path, ["a.txt"])
    assert client.files.extract(path) == "contents of a.txt"
    assert [f.purpose.value for f in client.files.list().data] == ["file-extract"]
    assert deleted(api) == []


def test_extract_can_delete_the_upload(
    client: moonshot.Moonshot, api: LocalMoonshot, tmp_path: Path
) -> None:
    (path,) = _docs(tmp_path, ["a.txt"])
    client.files.extract(path, delete=True)
    assert deleted(api) == read(api) and len(deleted(api)) == 1


def test_extract_deletes_even_when_reading_fails(
    client: moonshot.Moonshot, api: LocalMoonshot
) -> None:
    with pytest.raises(moonshot.BadRequestError, match="no extracted content"):
        client.files.extract(("unreadable.pdf", b"%PDF"), delete=True)
    assert deleted(api) == read(api) and len(deleted(api)) == 1


def test_extract_messages_in_input_order(
    client: moonshot.Moonshot, api: LocalMoonshot, tmp_path: Path
) -> None:
    paths = _docs(tmp_path, [f"d{i}.txt" for i in range(6)])
    messages = client.files.extract_messages(paths, concurrency=3, delete=True)
    assert messages == [{"role": "system", "content": f"contents of d{i}.txt"} for i in range(6)]
    assert sorted(deleted(api)) == sorted(read(api)) and uploaded(api) == 6
    assert client.files.list().data == []


def test_extract_messages_partial_failure_keeps_the_others(
    client: moonshot.Moonshot, api: LocalMoonshot, tmp_path: Path
) -> None:
    good = _docs(tmp_path, ["one.txt", "three.txt"])
    inputs = [good[0], ("unreadable.pdf", b"%PDF"), good[1], tmp_path / "missing.txt"]
    with pytest.raises(moonshot.ExtractionError) as caught:
        client.files.extract_messages(inputs)
    error = caught.value
    assert sorted(error.results) == [0, 2]
    assert error.results[2] == {"role": "system", "content": "contents of three.txt"}
    assert sorted(error.failures) == [1, 3]
    assert isinstance(error.failures[1], moonshot.BadRequestError)
    assert isinstance(error.failures[3], moonshot.ValidationError)
    assert "unreadable.pdf" in str(error) and "missing.txt" in str(error)
    assert [m["content"] for m in error.messages] == [
        "contents of one.txt",
        "contents of three.txt",
    ]
    assert uploaded(api) == 3  # the missing file was never uploaded


def test_extract_messages_rejects_bad_concurrency(client: moonshot.Moonshot) -> None:
    with pytest.raises(moonshot.ValidationError, match="concurrency"):
        client.files.extract_messages([b"x"], concurrency=0)


@pytest.mark.anyio
async def test_async_extract_and_messages(
    aclient: moonshot.AsyncMoonshot, api: LocalMoonshot, tmp_path: Path
) -> None:
    paths = _docs(tmp_path, [f"d{i}.md" for i in range(5)])
    assert await aclient.files.extract(paths[0]) == "contents of d0.md"
    messages = await aclient.files.extract_messages(paths, concurrency=2, delete=True)
    assert [m["content"] for m in messages] == [f"contents of d{i}.md" for i in range(5)]
    assert len(deleted(api)) == 5


@pytest.mark.anyio
async def test_async_extract_messages_partial_failure(
    aclient: moonshot.AsyncMoonshot, api: LocalMoonshot, tmp_path: Path
) -> None:
    (good,) = _docs(tmp_path, ["ok.txt"])
    with pytest.raises(moonshot.ExtractionError) as caught:
        await aclient.files.extract_messages([("unreadable.doc", b"x"), good], delete=True)
    assert list(caught.value.results) == [1]
    assert list(caught.value.failures) == [0]
    assert sorted(deleted(api)) == sorted(read(api)) and uploaded(api) == 2


@pytest.mark.anyio
async def test_async_concurrency_is_bounded(
    aclient: moonshot.AsyncMoonshot, api: LocalMoonshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    active = peak = 0
    original = type(aclient.files).create

    async def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal active, peak
        active += 1
        peak = max(peak, active)
        try:
            import anyio

            await anyio.sleep(0.01)
            return await original(self, *args, **kwargs)
        finally:
            active -= 1

    monkeypatch.setattr(type(aclient.files), "create", counting)
    files = [(f"f{i}.txt", b"x") for i in range(8)]
    messages = await aclient.files.extract_messages(files, concurrency=3)
    assert len(messages) == 8
    assert peak == 3
