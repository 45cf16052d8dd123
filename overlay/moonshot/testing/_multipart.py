"""Request bodies read incrementally from the socket: length-delimited, chunked, multipart.

An upload is never held in memory: :class:`MultipartReader` hands out each part's data in
bounded chunks while it scans for the boundary, so the file part can go straight to disk.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

__all__ = [
    "BodyReader",
    "ChunkedReader",
    "LengthReader",
    "MultipartError",
    "MultipartReader",
    "Part",
    "boundary_of",
    "drain",
]

CHUNK = 64 * 1024
_MAX_HEADER_BYTES = 16 * 1024
_PARAM = re.compile(r';\s*([\w*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))')


class MultipartError(ValueError):
    """The body is not well-formed multipart/form-data."""


class BodyReader(Protocol):
    def read(self, size: int) -> bytes:
        """Up to ``size`` bytes of the body; ``b""`` at its end."""
        ...


class LengthReader:
    """A body of a known Content-Length."""

    def __init__(self, stream: io.BufferedIOBase, length: int) -> None:
        self._stream = stream
        self.remaining = length

    def read(self, size: int) -> bytes:
        if self.remaining <= 0:
            return b""
        data = self._stream.read1(min(size, self.remaining))
        if not data:
            raise MultipartError("the client closed the connection before the body ended")
        self.remaining -= len(data)
        return bytes(data)


class ChunkedReader:
    """A body sent with ``Transfer-Encoding: chunked``."""

    def __init__(self, stream: io.BufferedIOBase) -> None:
        self._stream = stream
        self._left = 0
        self._done = False

    def _next_size(self) -> int:
        line = self._stream.readline(1024)
        if not line:
            raise MultipartError("the client closed the connection inside a chunked body")
        try:
            return int(line.split(b";", 1)[0].strip(), 16)
        except ValueError as exc:
            raise MultipartError(f"bad chunk size line {line[:40]!r}") from exc

    def read(self, size: int) -> bytes:
        if self._done:
            return b""
        if self._left == 0:
            self._left = self._next_size()
            if self._left == 0:
                while self._stream.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                self._done = True
                return b""
        data = self._stream.read(min(size, self._left))
        if not data:
            raise MultipartError("the client closed the connection inside a chunked body")
        self._left -= len(data)
        if self._left == 0:
            self._stream.readline(1024)  # the CRLF after the chunk
        return data


def drain(reader: BodyReader) -> None:
    """Read and discard the rest of a body, so the connection can be reused."""
    while reader.read(CHUNK):
        pass


def boundary_of(content_type: str) -> bytes | None:
    """The boundary of a ``multipart/form-data`` Content-Type, if it is one."""
    if not content_type.lower().startswith("multipart/form-data"):
        return None
    for match in _PARAM.finditer(content_type):
        if match.group(1).lower() == "boundary":
            value = match.group(2) if match.group(2) is not None else match.group(3)
            return value.strip().encode("latin-1") or None
    return None


@dataclass(frozen=True)
class Part:
    """A part's headers: its form field name and, for files, the file name."""

    name: str
    filename: str | None
    content_type: str | None


def _parse_headers(block: bytes) -> Part:
    headers: dict[str, str] = {}
    for line in block.decode("utf-8", errors="replace").split("\r\n"):
        if ":" in line:
            key, value = line.split(":", 1)
            headers[key.strip().lower()] = value.strip()
    disposition = headers.get("content-disposition", "")
    params: dict[str, str] = {}
    for match in _PARAM.finditer(";" + disposition.split(";", 1)[-1]):
        value = match.group(2) if match.group(2) is not None else match.group(3).strip()
        params[match.group(1).lower()] = re.sub(r"\\(.)", r"\1", value)
    if "name" not in params:
        raise MultipartError("a multipart part has no Content-Disposition name")
    return Part(params["name"], params.get("filename"), headers.get("content-type"))


class MultipartReader:
    """Walks the parts of a multipart body; each part's data comes in bounded chunks."""

    def __init__(self, reader: BodyReader, boundary: bytes) -> None:
        self._reader = reader
        self._delimiter = b"\r\n--" + boundary
        # A leading CRLF lets the first boundary match the same delimiter as the others.
        self._buffer = bytearray(b"\r\n")
        self._state = "preamble"  # -> "headers" -> "data" -> "after" ... -> "end"

    def _fill(self) -> bool:
        data = self._reader.read(CHUNK)
        self._buffer += data
        return bool(data)

    def _skip_to_delimiter(self) -> None:
        for _ in self.data():
            pass

    def next_part(self) -> Part | None:
        """The next part's headers, or None after the closing boundary."""
        if self._state in ("preamble", "data"):
            self._skip_to_delimiter()
        if self._state == "end":
            return None
        while len(self._buffer) < 2:
            if not self._fill():
                raise MultipartError("the body ended without the closing boundary")
        if self._buffer[:2] == b"--":
            self._state = "end"
            return None
        while (end := self._buffer.find(b"\r\n\r\n")) < 0:
            if len(self._buffer) > _MAX_HEADER_BYTES or not self._fill():
                raise MultipartError("a multipart part has no end of headers")
        block = bytes(self._buffer[:end])
        del self._buffer[: end + 4]
        self._state = "data"
        return _parse_headers(block.split(b"\r\n", 1)[1] if b"\r\n" in block else b"")

    def data(self) -> Iterator[bytes]:
        """The current part's bytes, in chunks of at most about 64 KiB."""
        keep = len(self._delimiter) - 1
        while True:
            found = self._buffer.find(self._delimiter)
            if found >= 0:
                if found:
                    yield bytes(self._buffer[:found])
                del self._buffer[: found + len(self._delimiter)]
                self._state = "after"
                return
            if len(self._buffer) > keep:
                yield bytes(self._buffer[:-keep])
                del self._buffer[:-keep]
            if not self._fill():
                raise MultipartError("the body ended inside a part (no closing boundary)")
