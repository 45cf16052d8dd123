"""files.create: every input kind, the multipart framing, pre-flight checks, progress, retries."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import socket
from pathlib import Path
from typing import Any

import httpx2
import moonshot
import pytest
from moonshot._uploads import source as _upload_source
from moonshot._uploads.source import MAX_UPLOAD_BYTES
from pytest_httpserver import HTTPServer

from .conftest import API_KEY, UploadRecorder, parse_multipart

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
# What a hard-coded ``boundary=+++`` body would be cut at, followed by a forged field.
FORGERY = (
    b'start\r\n--+++\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n'
    b"--+++--\r\nend"
)


@pytest.fixture
def recorder(httpserver: HTTPServer) -> UploadRecorder:
    handler = UploadRecorder()
    httpserver.expect_request("/v1/files", method="POST").respond_with_handler(handler)
    return handler


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class NonSeekable(io.RawIOBase):
    """A pipe-like binary stream: readable once, not seekable, size unknown."""

    def __init__(self, data: bytes, name: str | None = None) -> None:
        self._inner = io.BytesIO(data)
        if name is not None:
            self.name = name

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, buffer: Any) -> int:
        chunk = self._inner.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _inputs(tmp_path: Path) -> dict[str, tuple[Any, str, str, bytes]]:
    """input kind -> (file argument, expected filename, expected content type, bytes)."""
    data = os.urandom(200_000) + FORGERY
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    return {
        "str path": (str(path), "report.pdf", "application/pdf", data),
        "PathLike": (path, "report.pdf", "application/pdf", data),
        "bytes": (PNG, "upload.png", "image/png", PNG),
        "file object": (path.open("rb"), "report.pdf", "application/pdf", data),
        "tuple": (("notes.txt", b"hello\r\n--+++"), "notes.txt", "text/plain", b"hello\r\n--+++"),
        "tuple with type": (
            ("a.bin", data, "application/x-custom"),
            "a.bin",
            "application/x-custom",
            data,
        ),
        "tuple of file object": (("b.jsonl", path.open("rb")), "b.jsonl", "", data),
        "non-seekable stream": (NonSeekable(data, "piped.csv"), "piped.csv", "text/csv", data),
    }


KINDS = [
    "str path",
    "PathLike",
    "bytes",
    "file object",
    "tuple",
    "tuple with type",
    "tuple of file object",
    "non-seekable stream",
]


def _check_arrival(recorder: UploadRecorder, name: str, ctype: str, data: bytes) -> None:
    (part,) = recorder.file_parts()
    assert part.filename == name
    if ctype:
        assert part.content_type == ctype
    assert part.sha256 == _sha(data)
    purposes = [p.data for p in recorder.uploads[0] if p.name == "purpose"]
    assert purposes == [b"file-extract"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_input_kind_arrives_byte_exact(
    client: moonshot.Moonshot, recorder: UploadRecorder, tmp_path: Path, kind: str
) -> None:
    file, name, ctype, data = _inputs(tmp_path)[kind]
    result = client.files.create(file, "file-extract")
    assert result.id == "file-1" and result.bytes_ == len(data)
    _check_arrival(recorder, name, ctype, data)


@pytest.mark.anyio
@pytest.mark.parametrize("kind", KINDS)
async def test_every_input_kind_arrives_byte_exact_async(
    aclient: moonshot.AsyncMoonshot, recorder: UploadRecorder, tmp_path: Path, kind: str
) -> None:
    file, name, ctype, data = _inputs(tmp_path)[kind]
    result = await aclient.files.create(file=file, purpose="file-extract")
    assert result.bytes_ == len(data)
    _check_arrival(recorder, name, ctype, data)


def test_known_size_is_sent_with_content_length_and_unknown_size_chunked(
    client: moonshot.Moonshot, recorder: UploadRecorder, tmp_path: Path
) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"x" * 1000)
    client.files.create(path, "file-extract")
    client.files.create(NonSeekable(b"y" * 1000), "file-extract")
    (known_headers, known_body), (unknown_headers, _) = recorder.bodies
    assert int(known_headers["Content-Length"]) == len(known_body)
    assert "Content-Length" not in unknown_headers
    assert unknown_headers["Transfer-Encoding"] == "chunked"


def test_boundary_is_random_and_absent_from_the_body(
    client: moonshot.Moonshot, recorder: UploadRecorder
) -> None:
    client.files.create(("a.txt", FORGERY), "file-extract")
    client.files.create(("b.txt", FORGERY), "file-extract")
    boundaries = []
    for headers, body in recorder.bodies:
        boundary = headers["Content-Type"].split("boundary=", 1)[1]
        assert boundary != "+++"
        assert body.count(b"--" + boundary.encode()) == 3  # purpose, file, closing
        boundaries.append(boundary)
    assert boundaries[0] != boundaries[1]
    # The forged field inside the file did not become a form field.
    for parts in recorder.uploads:
        assert [p.name for p in parts] == ["purpose", "file"]
        assert parts[1].data == FORGERY


def test_generated_fixed_boundary_would_corrupt_this_file() -> None:
    """Why the client frames uploads itself: the generated call cuts FORGERY short."""
    from moonshot_openapi.api.files import upload_file
    from moonshot_openapi.models import UploadFileBody, UploadFileBodyPurpose
    from moonshot_openapi.types import File

    body = UploadFileBody(
        file=File(payload=io.BytesIO(FORGERY), file_name="a.txt"),
        purpose=UploadFileBodyPurpose("file-extract"),
    )
    kwargs = upload_file._get_kwargs(body=body)
    request = httpx2.Request(
        "POST", "http://127.0.0.1/v1/files", headers=kwargs["headers"], files=kwargs["files"]
    )
    parts = parse_multipart(request.headers["Content-Type"], request.read())
    assert request.headers["Content-Type"].endswith("boundary=+++")
    assert parts[0].data == b"start"  # the file is cut at the forged delimiter
    assert (parts[1].name, parts[1].data) != ("purpose", b"file-extract")


def test_boundary_found_in_in_memory_bytes_is_replaced(
    monkeypatch: pytest.MonkeyPatch, client: moonshot.Moonshot, recorder: UploadRecorder
) -> None:
    from moonshot._uploads import multipart as _multipart

    tokens = iter(["aaaa", "bbbb"])
    monkeypatch.setattr(_multipart.secrets, "token_hex", lambda n: next(tokens))
    data = b"payload\r\n--moonshot-aaaa\r\nmore"
    client.files.create(("c.bin", data), "file-extract")
    headers, _ = recorder.bodies[0]
    assert headers["Content-Type"].endswith("boundary=moonshot-bbbb")
    assert recorder.file_parts()[0].data == data


# Pre-flight checks: a ValidationError naming the problem, and nothing reaches the server.


def _expect_nothing_sent(httpserver: HTTPServer) -> None:
    assert httpserver.log == []


def test_missing_path(client: moonshot.Moonshot, httpserver: HTTPServer, tmp_path: Path) -> None:
    with pytest.raises(moonshot.ValidationError, match="does not exist") as caught:
        client.files.create(tmp_path / "nope.pdf", "file-extract")
    assert caught.value.field == "file" and "nope.pdf" in str(caught.value)
    _expect_nothing_sent(httpserver)


def test_directory(client: moonshot.Moonshot, httpserver: HTTPServer, tmp_path: Path) -> None:
    with pytest.raises(moonshot.ValidationError, match="is a directory"):
        client.files.create(str(tmp_path), "file-extract")
    _expect_nothing_sent(httpserver)


def test_unreadable_path(client: moonshot.Moonshot, httpserver: HTTPServer, tmp_path: Path) -> None:
    # A bound Unix socket exists but cannot be opened for reading, even by root.
    path = tmp_path / "sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    try:
        with pytest.raises(moonshot.ValidationError, match="not a regular file"):
            client.files.create(path, "file-extract")
    finally:
        server.close()
    _expect_nothing_sent(httpserver)


def test_path_the_process_may_not_open(
    monkeypatch: pytest.MonkeyPatch,
    client: moonshot.Moonshot,
    httpserver: HTTPServer,
    tmp_path: Path,
) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x")
    real_open = Path.open

    def denied(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(_upload_source.Path, "open", denied)
    with pytest.raises(moonshot.ValidationError, match=r"not readable.*Permission denied"):
        client.files.create(path, "file-extract")
    _expect_nothing_sent(httpserver)


def test_file_over_the_documented_limit(
    client: moonshot.Moonshot, httpserver: HTTPServer, tmp_path: Path
) -> None:
    path = tmp_path / "big.bin"
    with path.open("wb") as handle:
        handle.truncate(MAX_UPLOAD_BYTES + 1)  # sparse: no disk or memory used
    with pytest.raises(moonshot.ValidationError) as caught:
        client.files.create(path, "file-extract")
    message = str(caught.value)
    assert str(MAX_UPLOAD_BYTES + 1) in message and str(MAX_UPLOAD_BYTES) in message
    assert "100 MB" in message
    with path.open("rb") as handle, pytest.raises(moonshot.ValidationError, match="over the"):
        client.files.create(handle, "file-extract")
    _expect_nothing_sent(httpserver)


def test_limit_is_the_documented_one() -> None:
    docs = Path(__file__).parents[3] / "shared" / "spec" / "docs" / "files-upload.md"
    if docs.exists():
        assert "must not exceed 100 MB" in docs.read_text()
    assert MAX_UPLOAD_BYTES == 100 * 1024 * 1024


@pytest.mark.parametrize("purpose", ["extract", "", None, "assistants"])
def test_purpose_outside_the_spec_enum(
    client: moonshot.Moonshot, httpserver: HTTPServer, purpose: Any
) -> None:
    with pytest.raises(moonshot.ValidationError) as caught:
        client.files.create(b"data", purpose)
    assert caught.value.field == "purpose"
    for allowed in ("file-extract", "image", "video", "batch"):
        assert allowed in str(caught.value)
    _expect_nothing_sent(httpserver)


def test_text_mode_file_and_odd_inputs(
    client: moonshot.Moonshot, httpserver: HTTPServer, tmp_path: Path
) -> None:
    path = tmp_path / "t.txt"
    path.write_text("hi")
    with path.open("r") as handle, pytest.raises(moonshot.ValidationError, match="'rb'"):
        client.files.create(handle, "file-extract")
    with pytest.raises(moonshot.ValidationError, match="got int"):
        client.files.create(42, "file-extract")  # type: ignore[arg-type]
    with pytest.raises(moonshot.ValidationError, match="tuple must be"):
        client.files.create(("a",), "file-extract")
    with pytest.raises(moonshot.ValidationError, match="line break"):
        client.files.create(("a.txt", b"x", "text/plain\r\nX-Evil: 1"), "file-extract")
    _expect_nothing_sent(httpserver)


@pytest.mark.anyio
async def test_preflight_errors_async(
    aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer, tmp_path: Path
) -> None:
    with pytest.raises(moonshot.ValidationError, match="does not exist"):
        await aclient.files.create(tmp_path / "nope", "file-extract")
    with pytest.raises(moonshot.ValidationError, match="purpose"):
        await aclient.files.create(b"x", "nope")
    _expect_nothing_sent(httpserver)


# Progress.


def test_progress_reports_every_chunk_up_to_the_total(
    client: moonshot.Moonshot, recorder: UploadRecorder, tmp_path: Path
) -> None:
    path = tmp_path / "p.bin"
    path.write_bytes(os.urandom(300_000))
    seen: list[tuple[int, int | None]] = []
    client.files.create(path, "file-extract", on_progress=lambda s, t: seen.append((s, t)))
    assert seen[-1] == (300_000, 300_000)
    assert len(seen) == 5  # 64 KiB chunks
    sent = [s for s, _ in seen]
    assert sent == sorted(sent) and all(t == 300_000 for _, t in seen)


def test_progress_of_a_stream_of_unknown_size(
    client: moonshot.Moonshot, recorder: UploadRecorder
) -> None:
    seen: list[tuple[int, int | None]] = []
    client.files.create(
        NonSeekable(b"z" * 70_000), "file-extract", on_progress=lambda s, t: seen.append((s, t))
    )
    assert seen[-1] == (70_000, None)


@pytest.mark.anyio
async def test_progress_async(aclient: moonshot.AsyncMoonshot, recorder: UploadRecorder) -> None:
    seen: list[tuple[int, int | None]] = []
    await aclient.files.create(
        b"q" * 200_000, "file-extract", on_progress=lambda s, t: seen.append((s, t))
    )
    assert seen[-1] == (200_000, 200_000) and len(seen) == 4


# Retries: rewound when possible, not attempted when not.


def _retrying_server(httpserver: HTTPServer) -> UploadRecorder:
    handler = UploadRecorder(fail_first=1)
    httpserver.expect_request("/v1/files", method="POST").respond_with_handler(handler)
    return handler


def _rewindable_inputs(tmp_path: Path, data: bytes) -> dict[str, Any]:
    path = tmp_path / "r.bin"
    path.write_bytes(data)
    handle = path.open("rb")
    handle.read(100)  # a seekable file is rewound to where it stood, not to 0
    return {
        "path": (path, data),
        "bytes": (data, data),
        "seekable file": (handle, data[100:]),
    }


@pytest.mark.parametrize("kind", ["path", "bytes", "seekable file"])
def test_retry_after_503_resends_the_whole_file(
    client: moonshot.Moonshot, httpserver: HTTPServer, tmp_path: Path, kind: str
) -> None:
    recorder = _retrying_server(httpserver)
    file, expected = _rewindable_inputs(tmp_path, os.urandom(150_000))[kind]
    seen: list[int] = []
    client.files.create(file, "file-extract", on_progress=lambda s, t: seen.append(s))
    assert len(recorder.bodies) == 2
    assert recorder.file_parts()[0].sha256 == _sha(expected)
    assert recorder.bodies[0][1] == recorder.bodies[1][1]  # the first try was complete too
    assert seen.count(len(expected)) == 2  # progress restarted for the resend


@pytest.mark.anyio
@pytest.mark.parametrize("kind", ["path", "bytes", "seekable file"])
async def test_retry_after_503_resends_the_whole_file_async(
    aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer, tmp_path: Path, kind: str
) -> None:
    recorder = _retrying_server(httpserver)
    file, expected = _rewindable_inputs(tmp_path, os.urandom(150_000))[kind]
    await aclient.files.create(file, "file-extract")
    assert len(recorder.bodies) == 2
    assert recorder.file_parts()[0].sha256 == _sha(expected)


def test_non_seekable_stream_is_not_retried(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    recorder = _retrying_server(httpserver)
    with pytest.raises(moonshot.InternalServerError) as caught:
        client.files.create(NonSeekable(b"once only"), "file-extract")
    assert caught.value.status_code == 503
    assert len(recorder.bodies) == 1


@pytest.mark.anyio
async def test_non_seekable_stream_is_not_retried_async(
    aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer
) -> None:
    recorder = _retrying_server(httpserver)
    with pytest.raises(moonshot.InternalServerError):
        await aclient.files.create(NonSeekable(b"once only"), "file-extract")
    assert len(recorder.bodies) == 1


def test_file_that_changes_size_mid_upload_is_reported(
    client: moonshot.Moonshot, httpserver: HTTPServer, tmp_path: Path
) -> None:
    recorder = _retrying_server(httpserver)
    path = tmp_path / "grows.log"
    path.write_bytes(b"a" * 1000)
    grown = False

    def grow(sent: int, total: int | None) -> None:
        nonlocal grown
        if not grown:
            grown = True
            with path.open("ab") as handle:
                handle.write(b"b" * 10)

    # The file grows after its size was taken: the body would not match Content-Length.
    with pytest.raises(moonshot.UploadError, match="changed during the upload"):
        client.files.create(path, "file-extract", on_progress=grow)
    assert recorder.uploads == []


def test_api_key_not_in_upload_errors(client: moonshot.Moonshot, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/files", method="POST").respond_with_json(
        {"error": {"message": "bad file", "type": "invalid_request_error"}}, status=400
    )
    with pytest.raises(moonshot.BadRequestError) as caught:
        client.files.create(b"x", "file-extract")
    assert "bad file" in str(caught.value)
    assert API_KEY not in str(caught.value) and API_KEY not in repr(caught.value)


def test_stream_of_unknown_size_is_stopped_at_the_limit(
    monkeypatch: pytest.MonkeyPatch, client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    from moonshot._uploads import multipart as _multipart

    monkeypatch.setattr(_multipart, "MAX_UPLOAD_BYTES", 100_000)
    httpserver.expect_request("/v1/files").respond_with_json({})
    with pytest.raises(moonshot.ValidationError, match="over the upload limit of 100000 bytes"):
        client.files.create(NonSeekable(b"x" * 200_000), "file-extract")


def test_path_upload_closes_its_file(
    client: moonshot.Moonshot, recorder: UploadRecorder, tmp_path: Path
) -> None:
    path = tmp_path / "closed.txt"
    path.write_bytes(b"abc")
    before = set(os.listdir("/proc/self/fd"))
    client.files.create(path, "file-extract")
    client.files.create(path, "file-extract")
    assert str(path) not in _open_files(set(os.listdir("/proc/self/fd")) - before)


def _open_files(fds: set[str]) -> set[str]:
    """What each descriptor points at; one closed meanwhile (a server thread's socket)
    is skipped rather than raced between a check and the readlink."""
    found = set()
    for fd in fds:
        with contextlib.suppress(FileNotFoundError):
            found.add(os.readlink(f"/proc/self/fd/{fd}"))
    return found


@pytest.mark.parametrize(
    ("name", "arrives_as"),
    [
        ('q"uote.txt', "q%22uote.txt"),
        ("inject.txt\r\nContent-Type: text/html", "inject.txt%0D%0AContent-Type: text/html"),
        ("résumé.txt", "résumé.txt"),
    ],
)
def test_filenames_cannot_break_the_framing(
    client: moonshot.Moonshot, recorder: UploadRecorder, name: str, arrives_as: str
) -> None:
    client.files.create((name, b"body"), "file-extract")
    (part,) = recorder.file_parts()
    assert part.filename == arrives_as
    assert part.data == b"body"
    assert [p.name for p in recorder.uploads[0]] == ["purpose", "file"]
