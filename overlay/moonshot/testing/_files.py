"""The local server's file store: uploads streamed to a folder, limits, extracted text."""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import _defaults
from .._openapi.document import load_spec, spec_checker
from ._errors import ServerError
from ._extract import extract_text
from ._multipart import BodyReader, MultipartError, MultipartReader, boundary_of

__all__ = ["FileLimits", "FileStore", "StoredFile"]

MB = 1024 * 1024
_FIELD_LIMIT = 4096


@dataclass(frozen=True)
class FileLimits:
    """The documented upload limits; smaller values make them testable."""

    max_file_bytes: int = _defaults.MAX_UPLOAD_BYTES
    max_files: int = _defaults.MAX_UPLOAD_FILES
    max_total_bytes: int = _defaults.MAX_UPLOAD_TOTAL_BYTES


@dataclass
class StoredFile:
    id: str
    filename: str
    purpose: str
    bytes: int
    created_at: int
    path: Path
    status: str = "ready"
    status_details: str | None = None
    text_path: Path | None = field(default=None, repr=False)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "object": "file",
            "bytes": self.bytes,
            "created_at": self.created_at,
            "filename": self.filename,
            "purpose": self.purpose,
            "status": self.status,
        }
        if self.status_details is not None:
            data["status_details"] = self.status_details
        return data


def _size_text(size: int) -> str:
    return f"{size / MB:g} MB" if size >= MB else f"{size} bytes"


def _upload_schema() -> Any:
    body = load_spec()["paths"]["/v1/files"]["post"]["requestBody"]
    return body["content"]["multipart/form-data"]["schema"]


class FileStore:
    """Files by id, stored under ``root``; thread-safe."""

    def __init__(self, root: Path, limits: FileLimits) -> None:
        self.root = root
        self.limits = limits
        self._files: dict[str, StoredFile] = {}
        self._lock = threading.Lock()

    def _new_id(self) -> str:
        return f"file-{secrets.token_hex(10)}"

    def receive(self, reader: BodyReader, content_type: str) -> StoredFile:
        """Store the file of a ``multipart/form-data`` upload, streaming it to disk."""
        boundary = boundary_of(content_type)
        if boundary is None:
            raise ServerError(400, "Invalid request: the upload must be multipart/form-data")
        temp = self.root / f"upload-{secrets.token_hex(8)}.part"
        try:
            fields, filename, size = self._read_parts(MultipartReader(reader, boundary), temp)
            return self._admit(fields, filename, size, temp)
        except MultipartError as exc:
            raise ServerError(400, f"Invalid request: malformed multipart body: {exc}") from exc
        finally:
            temp.unlink(missing_ok=True)

    def _read_parts(
        self, parts: MultipartReader, temp: Path
    ) -> tuple[dict[str, str], str | None, int]:
        fields: dict[str, str] = {}
        filename: str | None = None
        size = 0
        while (part := parts.next_part()) is not None:
            if part.name == "file" and part.filename is not None and filename is None:
                filename = part.filename or "upload"
                with temp.open("wb") as sink:
                    for chunk in parts.data():
                        size += len(chunk)
                        if size <= self.limits.max_file_bytes:
                            sink.write(chunk)
                continue
            value = bytearray()
            for chunk in parts.data():
                if len(value) < _FIELD_LIMIT:
                    value += chunk[: _FIELD_LIMIT - len(value)]
            fields[part.name] = value.decode("utf-8", errors="replace")
        return fields, filename, size

    def _admit(
        self, fields: dict[str, str], filename: str | None, size: int, temp: Path
    ) -> StoredFile:
        purpose = fields.get("purpose")
        form: dict[str, Any] = {} if filename is None else {"file": filename}
        if purpose is not None:
            form["purpose"] = purpose
        problems = spec_checker().errors(_upload_schema(), form)
        if problems:
            raise ServerError(400, "Invalid request: upload: " + "; ".join(problems))
        assert filename is not None and purpose is not None
        limits = self.limits
        if size == 0:
            raise ServerError(400, f"Invalid request: file {filename!r} is empty")
        if size > limits.max_file_bytes:
            raise ServerError(
                400,
                f"File size is too large: {filename!r} is {_size_text(size)}; "
                f"the maximum is {_size_text(limits.max_file_bytes)} per file",
                code="file_size_exceeded",
            )
        with self._lock:
            if len(self._files) >= limits.max_files:
                raise ServerError(
                    400,
                    f"Too many files: the limit is {limits.max_files} files per user; "
                    "delete some before uploading more",
                    code="file_count_exceeded",
                )
            used = sum(f.bytes for f in self._files.values())
            if used + size > limits.max_total_bytes:
                raise ServerError(
                    400,
                    f"Storage limit reached: {_size_text(used)} stored, this file is "
                    f"{_size_text(size)}, the limit is {_size_text(limits.max_total_bytes)} "
                    "in total",
                    code="file_storage_exceeded",
                )
            stored = StoredFile(self._new_id(), filename, purpose, size, int(time.time()), Path())
            stored.path = self.root / stored.id
            temp.rename(stored.path)
            self._files[stored.id] = stored
        if purpose == "file-extract":
            self._extract(stored)
        return stored

    def _extract(self, stored: StoredFile) -> None:
        result = extract_text(stored.path, stored.filename)
        if result.text is None:
            stored.status, stored.status_details = "error", result.problem
            return
        stored.text_path = stored.path.with_suffix(".txt")
        stored.text_path.write_text(result.text, encoding="utf-8")

    def add(self, filename: str, purpose: str, data: bytes) -> StoredFile:
        """Store a file the server itself produced (batch output and error files)."""
        with self._lock:
            stored = StoredFile(
                self._new_id(), filename, purpose, len(data), int(time.time()), Path()
            )
            stored.path = self.root / stored.id
            stored.path.write_bytes(data)
            self._files[stored.id] = stored
        return stored

    def get(self, file_id: str) -> StoredFile:
        with self._lock:
            stored = self._files.get(file_id)
        if stored is None:
            raise ServerError(404, f"File not found: {file_id}", code="file_not_found")
        return stored

    def list(self) -> list[StoredFile]:
        with self._lock:
            return list(self._files.values())

    def delete(self, file_id: str) -> StoredFile:
        with self._lock:
            stored = self._files.pop(file_id, None)
        if stored is None:
            raise ServerError(404, f"File not found: {file_id}", code="file_not_found")
        stored.path.unlink(missing_ok=True)
        if stored.text_path is not None:
            stored.text_path.unlink(missing_ok=True)
        return stored

    def content_path(self, file_id: str) -> Path:
        """What ``GET /v1/files/{id}/content`` returns: extracted text, or the raw file."""
        stored = self.get(file_id)
        if stored.status == "error":
            raise ServerError(
                400,
                f"File {file_id} has no extracted content: {stored.status_details}",
                code="file_extract_failed",
            )
        if stored.purpose == "file-extract" and stored.text_path is not None:
            return stored.text_path
        if stored.purpose == "batch":
            return stored.path
        raise ServerError(
            400,
            f"File {file_id} was uploaded with purpose {stored.purpose!r}; content is "
            "available for purpose 'file-extract' (extracted text) and 'batch'",
        )
