"""A ``multipart/form-data`` body streamed from its file in 64 KiB chunks.

The boundary is random for every upload (the generated code would send ``+++``,
which a file holding ``\\r\\n--+++`` could forge). The Content-Length is known up
front whenever the file's size is, so memory stays flat whatever the file size.
The sync and async streams are thin loops over :class:`MultipartUpload`.
"""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import IO

import anyio.to_thread

from .. import _defaults
from .._errors import UploadError, ValidationError
from .source import MAX_UPLOAD_BYTES, UploadSource

__all__ = [
    "CHUNK_SIZE",
    "AsyncMultipartStream",
    "MultipartUpload",
    "ProgressCallback",
    "SyncMultipartStream",
]

CHUNK_SIZE = _defaults.UPLOAD_CHUNK_SIZE

ProgressCallback = Callable[[int, int | None], object]


def _quote(value: str) -> str:
    """A form-data parameter value, escaped the way browsers do it."""
    return value.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def _new_boundary() -> str:
    return "moonshot-" + secrets.token_hex(16)


class MultipartUpload:
    """The body of one upload: text fields first, then the file part.

    ``on_progress(sent_bytes, total_bytes)`` is called after each chunk of the file's
    own bytes (``total_bytes`` is None for a stream of unknown size) and starts from 0
    again when a retry resends the body.
    """

    def __init__(
        self,
        source: UploadSource,
        fields: Sequence[tuple[str, str]],
        *,
        file_field: str = "file",
        on_progress: ProgressCallback | None = None,
    ) -> None:
        self.source = source
        self.fields: list[tuple[str, str]] = list(fields)
        self._on_progress = on_progress
        self._sent = 0
        self._reader: IO[bytes] | None = None
        self.boundary: str = _new_boundary()
        while self._boundary_occurs_in(fields):
            self.boundary = _new_boundary()
        self._head, self._tail = self._frame(fields, file_field)

    def _frame(self, fields: Sequence[tuple[str, str]], file_field: str) -> tuple[bytes, bytes]:
        delimiter = f"--{self.boundary}\r\n"
        head = "".join(
            f'{delimiter}Content-Disposition: form-data; name="{_quote(name)}"\r\n\r\n{value}\r\n'
            for name, value in fields
        )
        head += (
            f'{delimiter}Content-Disposition: form-data; name="{_quote(file_field)}"; '
            f'filename="{_quote(self.source.filename)}"\r\n'
            f"Content-Type: {self.source.content_type}\r\n\r\n"
        )
        return head.encode("utf-8"), f"\r\n--{self.boundary}--\r\n".encode("ascii")

    def _boundary_occurs_in(self, fields: Sequence[tuple[str, str]]) -> bool:
        """Whether the boundary occurs in a field, the file name, or file bytes held in memory.

        A file streamed from disk is not scanned: 128 random bits do not collide.
        """
        texts = [self.source.filename, *(value for _, value in fields)]
        if any(self.boundary in text for text in texts):
            return True
        data = self.source.data
        return data is not None and b"--" + self.boundary.encode("ascii") in data

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"

    @property
    def content_length(self) -> int | None:
        if self.source.size is None:
            return None
        return len(self._head) + self.source.size + len(self._tail)

    def headers(self) -> dict[str, str]:
        """Content-Type with this body's boundary, and Content-Length when it is known."""
        headers = {"Content-Type": self.content_type}
        length = self.content_length
        if length is None:
            headers["Transfer-Encoding"] = "chunked"
        else:
            headers["Content-Length"] = str(length)
        return headers

    def rewind(self) -> None:
        """Get ready to send the body again (the transport calls this before a resend)."""
        self._close_reader()
        self._sent = 0

    # The steps both streams take.

    def begin(self) -> IO[bytes]:
        self._close_reader()
        self._sent = 0
        self._reader = self.source.open()
        return self._reader

    def account(self, chunk: bytes) -> None:
        self._sent += len(chunk)
        if self.source.size is None and self._sent > MAX_UPLOAD_BYTES:
            raise ValidationError(
                f"file: {self.source.filename} is over the upload limit of "
                f"{MAX_UPLOAD_BYTES} bytes (100 MB per file); upload stopped",
                field="file",
            )
        if self.source.size is not None and self._sent > self.source.size:
            raise self._changed()
        if self._on_progress is not None:
            self._on_progress(self._sent, self.source.size)

    def release(self) -> None:
        """Close what this pass opened (a path's file), whether or not it finished."""
        self._close_reader()

    def finish(self) -> None:
        self._close_reader()
        if self.source.size is not None and self._sent != self.source.size:
            raise self._changed()
        if self._sent == 0 and self._on_progress is not None:
            self._on_progress(0, self.source.size)

    def _changed(self) -> UploadError:
        return UploadError(
            f"{self.source.filename} changed during the upload: expected "
            f"{self.source.size} bytes, read {self._sent}; nothing complete was sent"
        )

    def _close_reader(self) -> None:
        if self._reader is not None:
            self.source.done(self._reader)
            self._reader = None

    @property
    def head(self) -> bytes:
        return self._head

    @property
    def tail(self) -> bytes:
        return self._tail


class SyncMultipartStream:
    """Iterable body for ``httpx2.Client``: each iteration sends the whole body from the start."""

    def __init__(self, upload: MultipartUpload) -> None:
        self._upload = upload

    def __iter__(self) -> Iterator[bytes]:
        upload = self._upload
        reader = upload.begin()
        try:
            yield upload.head
            while chunk := reader.read(CHUNK_SIZE):
                upload.account(chunk)
                yield chunk
            upload.finish()
        finally:
            upload.release()
        yield upload.tail


class AsyncMultipartStream:
    """Async iterable body for ``httpx2.AsyncClient``; file reads run in a worker thread."""

    def __init__(self, upload: MultipartUpload) -> None:
        self._upload = upload

    async def __aiter__(self) -> AsyncIterator[bytes]:
        upload = self._upload
        reader = upload.begin()
        in_memory = upload.source.data is not None
        try:
            yield upload.head
            while True:
                if in_memory:
                    chunk = reader.read(CHUNK_SIZE)
                else:
                    chunk = await anyio.to_thread.run_sync(reader.read, CHUNK_SIZE)
                if not chunk:
                    break
                upload.account(chunk)
                yield chunk
            upload.finish()
        finally:
            upload.release()
        yield upload.tail
