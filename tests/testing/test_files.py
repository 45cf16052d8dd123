"""Files: streamed uploads, text extraction, the documented limits, content, deletion."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import httpx2
import moonshot
import pytest
from moonshot.testing import LocalMoonshot

from .conftest import KEY

BOUNDARY = "test-boundary-1234"


def multipart(
    chunks: Iterator[bytes], filename: str, purpose: str = "file-extract"
) -> Iterator[bytes]:
    """A multipart/form-data body built on the fly from ``chunks``."""
    yield (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\n{purpose}\r\n'
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; '
        f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'
    ).encode()
    yield from chunks
    yield f"\r\n--{BOUNDARY}--\r\n".encode()


def pattern(total: int, block: int = 64 * 1024) -> Iterator[bytes]:
    """``total`` bytes in blocks, including boundary-like bytes to tempt the parser."""
    piece = (b"\r\n--test-boundary-123" + os.urandom(32)) * (block // 53 + 1)
    piece = piece[:block]
    sent = 0
    while sent < total:
        size = min(block, total - sent)
        yield piece[:size]
        sent += size


def _upload_raw(
    server: LocalMoonshot, body: Iterator[bytes], length: int | None
) -> httpx2.Response:
    headers = {
        "Authorization": f"Bearer {KEY}",
        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}",
    }
    if length is not None:
        headers["Content-Length"] = str(length)
    root = server.url.removesuffix("/v1")
    return httpx2.post(f"{root}/v1/files", content=body, headers=headers, timeout=60)


@pytest.mark.parametrize(
    ("name", "data", "text"),
    [
        ("notes.txt", b"plain text\n", "plain text\n"),
        ("readme.md", "# Título\n".encode(), "# Título\n"),
        ("table.csv", b"a,b\n1,2\n", "a,b\n1,2\n"),
        ("data.json", b'{"k": [1, 2]}', '{"k": [1, 2]}'),
        ("main.py", b"print('hi')\n", "print('hi')\n"),
        (
            "page.html",
            b"<html><head><title>T</title><style>p{color:red}</style></head><body>"
            b"<h1>Header</h1><p>One &amp; <b>two</b></p><script>alert(1)</script></body></html>",
            "Header\nOne & two",
        ),
    ],
)
def test_text_formats_are_extracted(
    client: moonshot.Moonshot, name: str, data: bytes, text: str
) -> None:
    uploaded = client.files.create(file=(name, data), purpose="file-extract")
    assert uploaded.status == "ready" and uploaded.bytes_ == len(data)
    assert client.files.content(uploaded.id).text == text


@pytest.mark.parametrize("name", ["paper.pdf", "sheet.xlsx", "photo.png", "noextension"])
def test_formats_it_cannot_extract_get_a_clear_status(client: moonshot.Moonshot, name: str) -> None:
    uploaded = client.files.create(file=(name, b"\x00\x01binary"), purpose="file-extract")
    assert uploaded.status == "error"
    assert "cannot extract" in uploaded.status_details
    with pytest.raises(moonshot.BadRequestError, match="no extracted content"):
        client.files.content(uploaded.id)


def test_content_of_an_image_upload_is_refused(client: moonshot.Moonshot) -> None:
    uploaded = client.files.create(file=("a.png", b"\x89PNG\r\n\x1a\n"), purpose="image")
    assert uploaded.status == "ready"
    with pytest.raises(moonshot.BadRequestError, match="purpose 'image'"):
        client.files.content(uploaded.id)


def test_files_live_in_the_storage_folder_until_deleted(
    client: moonshot.Moonshot, server: LocalMoonshot
) -> None:
    uploaded = client.files.create(file=("a.txt", b"abc"), purpose="file-extract")
    stored = server.storage_dir / uploaded.id
    assert stored.read_bytes() == b"abc"
    assert client.files.delete(uploaded.id).deleted
    assert not stored.exists()
    assert client.files.list().data == []
    with pytest.raises(moonshot.NotFoundError):
        client.files.content(uploaded.id)


def test_the_temporary_folder_goes_away_on_stop() -> None:
    with LocalMoonshot() as server:
        root = server.storage_dir
        assert root.is_dir()
    assert not root.exists()


def test_file_size_limit(client: moonshot.Moonshot) -> None:
    with (
        LocalMoonshot(max_file_bytes=1000) as small,
        moonshot.Moonshot(strict_responses=True, base_url=small.url, api_key=KEY) as c,
    ):
        c.files.create(file=("ok.txt", b"x" * 1000), purpose="file-extract")
        with pytest.raises(moonshot.BadRequestError) as caught:
            c.files.create(file=("big.txt", b"x" * 1001), purpose="file-extract")
        assert len(c.files.list().data) == 1
    assert caught.value.code == "file_size_exceeded"
    assert "big.txt" in caught.value.message and "1000 bytes" in caught.value.message
    assert caught.value.body["error"]["type"] == "invalid_request_error"


def test_file_count_and_total_size_limits() -> None:
    with (
        LocalMoonshot(max_files=2, max_total_bytes=10) as small,
        moonshot.Moonshot(strict_responses=True, base_url=small.url, api_key=KEY) as c,
    ):
        first = c.files.create(file=("a.txt", b"12345"), purpose="file-extract")
        with pytest.raises(moonshot.BadRequestError) as total:
            c.files.create(file=("b.txt", b"123456"), purpose="file-extract")
        c.files.create(file=("b.txt", b"12345"), purpose="file-extract")
        with pytest.raises(moonshot.BadRequestError) as count:
            c.files.create(file=("c.txt", b"1"), purpose="file-extract")
        c.files.delete(first.id)
        c.files.create(file=("c.txt", b"1"), purpose="file-extract")
    assert total.value.code == "file_storage_exceeded"
    assert count.value.code == "file_count_exceeded" and "2 files" in count.value.message


def test_upload_form_is_checked(server: LocalMoonshot, http: httpx2.Client) -> None:
    no_purpose = http.post("/v1/files", files={"file": ("a.txt", b"x")})
    assert no_purpose.status_code == 400 and "purpose" in no_purpose.json()["error"]["message"]
    bad_purpose = http.post("/v1/files", files={"file": ("a.txt", b"x")}, data={"purpose": "fun"})
    message = bad_purpose.json()["error"]["message"]
    assert bad_purpose.status_code == 400 and "file-extract" in message and "fun" in message
    no_file = http.post("/v1/files", files={"purpose": (None, b"batch")})
    assert no_file.status_code == 400 and "file" in no_file.json()["error"]["message"]
    empty = http.post("/v1/files", files={"file": ("a.txt", b"")}, data={"purpose": "batch"})
    assert empty.status_code == 400 and "empty" in empty.json()["error"]["message"]
    not_multipart = http.post("/v1/files", json={"purpose": "batch"})
    assert not_multipart.status_code == 400


def test_a_truncated_multipart_body_is_400(server: LocalMoonshot) -> None:
    body = list(multipart(iter([b"abc"]), "a.txt"))[:-1]  # no closing boundary
    response = _upload_raw(server, iter(body), sum(len(p) for p in body))
    assert response.status_code == 400
    assert "malformed multipart" in response.json()["error"]["message"]


def test_chunked_upload_is_stored_byte_for_byte(server: LocalMoonshot) -> None:
    blocks = list(pattern(3 * 1024 * 1024 + 17))
    response = _upload_raw(server, multipart(iter(blocks), "blob.txt", "batch"), None)
    assert response.status_code == 200, response.text
    stored = server.storage_dir / response.json()["id"]
    assert hashlib.sha256(stored.read_bytes()).digest() == hashlib.sha256(b"".join(blocks)).digest()


def test_a_large_upload_does_not_sit_in_memory(server: LocalMoonshot) -> None:
    size = 64 * 1024 * 1024
    head = sum(len(p) for p in multipart(iter(()), "large.txt", "batch"))
    tracemalloc.start()
    try:
        baseline = tracemalloc.get_traced_memory()[0]
        response = _upload_raw(server, multipart(pattern(size), "large.txt", "batch"), head + size)
        peak = tracemalloc.get_traced_memory()[1] - baseline
    finally:
        tracemalloc.stop()
    assert response.status_code == 200, response.text
    assert response.json()["bytes"] == size
    assert Path(server.storage_dir / response.json()["id"]).stat().st_size == size
    # Client and server share this process: together they held well under a tenth of it.
    assert peak < 6 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB while uploading 64 MB"


def test_an_oversized_upload_is_read_to_the_end_and_refused(server: LocalMoonshot) -> None:
    with LocalMoonshot(max_file_bytes=1024 * 1024) as small:
        size = 4 * 1024 * 1024
        response = _upload_raw(small, multipart(pattern(size), "big.txt"), None)
        assert response.status_code == 400
        assert response.json()["error"]["code"] == "file_size_exceeded"
        assert list(small.storage_dir.iterdir()) == []
