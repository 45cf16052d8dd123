"""What ``files.create(file=...)`` accepts, checked and turned into a source of bytes.

A path is opened afresh for every try; a seekable file object is seeked back to where
it stood; bytes are sent from memory; a non-seekable stream can be read only once, so
its upload is never retried. Nothing here reads a whole file into memory.
"""

from __future__ import annotations

import io
import mimetypes
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .. import _defaults
from .._errors import UploadError, ValidationError
from .._openapi.document import operation
from .media import sniff_mime_type

__all__ = [
    "MAX_UPLOAD_BYTES",
    "FileInput",
    "UploadSource",
    "check_purpose",
    "upload_purposes",
    "upload_source",
]

MAX_UPLOAD_BYTES = _defaults.MAX_UPLOAD_BYTES  # the documented 100 MB per file

FileInput = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes] | tuple[Any, ...]

_DEFAULT_NAME = "upload"
_OCTET_STREAM = "application/octet-stream"


def upload_purposes() -> list[str]:
    """The ``purpose`` values of the upload operation's multipart schema."""
    body = operation("/v1/files", "post")["requestBody"]["content"]["multipart/form-data"]
    return list(body["schema"]["properties"]["purpose"]["enum"])


def check_purpose(purpose: Any) -> str:
    allowed = upload_purposes()
    if purpose not in allowed:
        raise ValidationError(
            f"purpose: {purpose!r} is not one of {', '.join(allowed)}", field="purpose"
        )
    return str(purpose)


@dataclass
class UploadSource:
    """One file to upload: name, type, size (None when unknown) and how to read it."""

    filename: str
    content_type: str
    size: int | None
    rewindable: bool
    data: bytes | None  # the bytes themselves when they are held in memory
    _open: Callable[[], IO[bytes]]
    _close_after: bool
    _passes: int = field(default=0)

    def open(self) -> IO[bytes]:
        """A reader positioned at the start of the file's bytes, for one pass."""
        if self._passes and not self.rewindable:
            raise UploadError(
                f"{self.filename}: this stream cannot be rewound, so it cannot be sent again"
            )
        self._passes += 1
        return self._open()

    def done(self, reader: IO[bytes]) -> None:
        """End a pass: closes what this source opened, leaves the caller's objects open."""
        if self._close_after:
            reader.close()


def _too_big(name: str, size: int) -> ValidationError:
    return ValidationError(
        f"file: {name} is {size} bytes, over the upload limit of {MAX_UPLOAD_BYTES} bytes "
        "(100 MB per file)",
        field="file",
    )


def _guess_type(name: str) -> str:
    return mimetypes.guess_type(name)[0] or _OCTET_STREAM


def _from_path(path: Path, name: str | None, content_type: str | None) -> UploadSource:
    shown = os.fspath(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ValidationError(f"file: {shown!r} does not exist", field="file") from None
    except OSError as error:
        raise ValidationError(f"file: cannot read {shown!r}: {error}", field="file") from None
    if stat.S_ISDIR(info.st_mode):
        raise ValidationError(f"file: {shown!r} is a directory, not a file", field="file")
    if not stat.S_ISREG(info.st_mode):
        raise ValidationError(f"file: {shown!r} is not a regular file", field="file")
    try:
        path.open("rb").close()
    except OSError as error:
        raise ValidationError(
            f"file: {shown!r} is not readable ({error.strerror or error})", field="file"
        ) from None
    if info.st_size > MAX_UPLOAD_BYTES:
        raise _too_big(repr(shown), info.st_size)
    filename = name or path.name
    return UploadSource(
        filename=filename,
        content_type=content_type or _guess_type(filename),
        size=info.st_size,
        rewindable=True,
        data=None,
        _open=lambda: path.open("rb"),
        _close_after=True,
    )


def _from_bytes(data: bytes, name: str | None, content_type: str | None) -> UploadSource:
    if len(data) > MAX_UPLOAD_BYTES:
        raise _too_big(name or "the bytes given", len(data))
    sniffed = sniff_mime_type(data)
    if name is None:
        extension = mimetypes.guess_extension(sniffed) if sniffed else None
        name = _DEFAULT_NAME + (extension or "")
    return UploadSource(
        filename=name,
        content_type=content_type or sniffed or _guess_type(name),
        size=len(data),
        rewindable=True,
        data=data,
        _open=lambda: io.BytesIO(data),
        _close_after=True,
    )


def _seekable(file: Any) -> bool:
    try:
        return bool(file.seekable())
    except (AttributeError, OSError, ValueError):
        return False


def _from_file_object(file: Any, name: str | None, content_type: str | None) -> UploadSource:
    if isinstance(file, io.TextIOBase):
        raise ValidationError(
            "file: the file object is open in text mode; open it with 'rb'", field="file"
        )
    if not callable(getattr(file, "read", None)):
        raise ValidationError(
            "file: expected a path, bytes, a binary file object or a "
            f"(filename, content[, content_type]) tuple, got {type(file).__name__}",
            field="file",
        )
    if name is None:
        raw_name = getattr(file, "name", None)
        name = os.path.basename(raw_name) if isinstance(raw_name, str) else _DEFAULT_NAME
    content_type = content_type or _guess_type(name)
    if not _seekable(file):
        return UploadSource(
            filename=name,
            content_type=content_type,
            size=None,
            rewindable=False,
            data=None,
            _open=lambda: file,
            _close_after=False,
        )
    start = file.tell()
    size = file.seek(0, io.SEEK_END) - start
    file.seek(start)
    if size > MAX_UPLOAD_BYTES:
        raise _too_big(name, size)

    def rewound() -> IO[bytes]:
        file.seek(start)
        return file  # type: ignore[no-any-return]

    return UploadSource(
        filename=name,
        content_type=content_type,
        size=size,
        rewindable=True,
        data=None,
        _open=rewound,
        _close_after=False,
    )


def upload_source(file: Any) -> UploadSource:
    """Check ``file`` and describe how to read it; raises ValidationError before any I/O."""
    name: str | None = None
    content_type: str | None = None
    content = file
    if isinstance(file, tuple):
        if len(file) not in (2, 3):
            raise ValidationError(
                "file: a tuple must be (filename, content) or (filename, content, content_type)",
                field="file",
            )
        name, content = str(file[0]), file[1]
        content_type = str(file[2]) if len(file) == 3 and file[2] is not None else None
        if isinstance(content, str):
            content = content.encode("utf-8")
    if content_type is not None and any(c in content_type for c in "\r\n"):
        raise ValidationError("file: the content type has a line break in it", field="file")
    if isinstance(content, str | os.PathLike):
        return _from_path(Path(content), name, content_type)
    if isinstance(content, bytes | bytearray | memoryview):
        return _from_bytes(bytes(content), name, content_type)
    return _from_file_object(content, name, content_type)
