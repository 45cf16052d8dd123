"""``client.files``: upload, list, inspect, delete files and read their extracted content."""

from __future__ import annotations

import json
import mimetypes
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import httpx
from moonshot_openapi.api.files import (
    delete_file,
    get_file_content,
    get_file_information,
    list_files,
    upload_file,
)
from moonshot_openapi.models import FileDeleteResponse, FileListResponse, FileObject

from .._base_client import AsyncBaseClient, Operation, SyncBaseClient
from .._config import TimeoutTypes
from ._resource import Resource

FileInput = str | os.PathLike[str] | bytes | IO[bytes] | tuple[Any, ...]


@dataclass(frozen=True)
class FileContent:
    """The body of ``GET /v1/files/{file_id}/content``."""

    content: bytes
    encoding: str = "utf-8"

    @property
    def text(self) -> str:
        return self.content.decode(self.encoding, errors="replace")

    def json(self) -> Any:
        return json.loads(self.content)


def _read_content(response: httpx.Response) -> FileContent:
    return FileContent(response.content, response.encoding or "utf-8")


def _file_tuple(file: FileInput) -> tuple[str, Any, str]:
    if isinstance(file, tuple):
        name, content, *rest = file
        return str(name), content, rest[0] if rest else _guess(str(name))
    if isinstance(file, str | os.PathLike):
        path = Path(file)
        return path.name, path.open("rb"), _guess(path.name)
    if isinstance(file, bytes):
        return "upload", file, "application/octet-stream"
    name = os.path.basename(str(getattr(file, "name", "upload")))
    return name, file, _guess(name)


def _guess(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def _upload_op(
    resource: Resource[Any], file: FileInput, purpose: str, timeout: TimeoutTypes
) -> Operation[FileObject]:
    op = resource._op(upload_file, body=_placeholder_body(purpose), timeout=timeout)
    op.kwargs.pop("files", None)
    headers = dict(op.kwargs.get("headers") or {})
    headers.pop("Content-Type", None)  # httpx writes a random multipart boundary
    op.kwargs["headers"] = headers
    op.overrides = {"files": {"file": _file_tuple(file)}, "data": {"purpose": purpose}}
    return op


def _placeholder_body(purpose: str) -> Any:
    from moonshot_openapi.models import UploadFileBody, UploadFileBodyPurpose
    from moonshot_openapi.types import File

    return UploadFileBody(file=File(payload=None), purpose=UploadFileBodyPurpose(purpose))  # type: ignore[arg-type]


class Files(Resource[SyncBaseClient]):
    def create(self, *, file: FileInput, purpose: str, timeout: TimeoutTypes = None) -> FileObject:
        """Upload a file (``POST /v1/files``)."""
        result: FileObject = self._client._request(_upload_op(self, file, purpose, timeout))
        return result

    def list(self, *, timeout: TimeoutTypes = None) -> FileListResponse:
        """``GET /v1/files``."""
        result: FileListResponse = self._client._request(self._op(list_files, timeout=timeout))
        return result

    def retrieve(self, file_id: str, *, timeout: TimeoutTypes = None) -> FileObject:
        """``GET /v1/files/{file_id}``."""
        op = self._op(get_file_information, file_id, timeout=timeout)
        result: FileObject = self._client._request(op)
        return result

    def delete(self, file_id: str, *, timeout: TimeoutTypes = None) -> FileDeleteResponse:
        """``DELETE /v1/files/{file_id}``."""
        op = self._op(delete_file, file_id, timeout=timeout)
        result: FileDeleteResponse = self._client._request(op)
        return result

    def content(self, file_id: str, *, timeout: TimeoutTypes = None) -> FileContent:
        """The extracted content of a file: ``.text``, ``.content`` (bytes), ``.json()``."""
        op = self._op(get_file_content, file_id, timeout=timeout)
        op.parse = _read_content
        result: FileContent = self._client._request(op)
        return result


class AsyncFiles(Resource[AsyncBaseClient]):
    async def create(
        self, *, file: FileInput, purpose: str, timeout: TimeoutTypes = None
    ) -> FileObject:
        """Upload a file (``POST /v1/files``)."""
        result: FileObject = await self._client._request(_upload_op(self, file, purpose, timeout))
        return result

    async def list(self, *, timeout: TimeoutTypes = None) -> FileListResponse:
        """``GET /v1/files``."""
        op = self._op(list_files, timeout=timeout)
        result: FileListResponse = await self._client._request(op)
        return result

    async def retrieve(self, file_id: str, *, timeout: TimeoutTypes = None) -> FileObject:
        """``GET /v1/files/{file_id}``."""
        op = self._op(get_file_information, file_id, timeout=timeout)
        result: FileObject = await self._client._request(op)
        return result

    async def delete(self, file_id: str, *, timeout: TimeoutTypes = None) -> FileDeleteResponse:
        """``DELETE /v1/files/{file_id}``."""
        op = self._op(delete_file, file_id, timeout=timeout)
        result: FileDeleteResponse = await self._client._request(op)
        return result

    async def content(self, file_id: str, *, timeout: TimeoutTypes = None) -> FileContent:
        """The extracted content of a file: ``.text``, ``.content`` (bytes), ``.json()``."""
        op = self._op(get_file_content, file_id, timeout=timeout)
        op.parse = _read_content
        result: FileContent = await self._client._request(op)
        return result
