"""``client.files``: upload (streamed), list, inspect, delete, and extract text from files."""

from __future__ import annotations

import builtins
import contextlib
import io
import json
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import anyio
import httpx

from .._base_client import AsyncBaseClient, Operation, SyncBaseClient
from .._config import TimeoutTypes
from .._extraction import (
    EXTRACT_PURPOSE,
    check_concurrency,
    file_message,
    finish_extraction,
)
from .._multipart import (
    AsyncMultipartStream,
    MultipartUpload,
    ProgressCallback,
    SyncMultipartStream,
)
from .._transport import REPLAYABLE_EXTENSION, REWIND_EXTENSION
from .._upload_source import FileInput, check_purpose, upload_source
from ._resource import Resource

if TYPE_CHECKING:
    from moonshot_openapi.models import (
        FileDeleteResponse,
        FileListResponse,
        FileObject,
    )
    from moonshot_openapi.typed_requests import UploadFilePurpose

__all__ = ["AsyncFiles", "FileContent", "FileInput", "Files"]


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


# GET /v1/files/{file_id}/content answers text/plain only: a JSON-only Accept is refused (406).
CONTENT_ACCEPT = {"Accept": "text/plain, */*"}


def _read_content(response: httpx.Response) -> FileContent:
    return FileContent(response.content, response.encoding or "utf-8")


def prepare_upload(
    file: FileInput, purpose: str, on_progress: ProgressCallback | None
) -> MultipartUpload:
    """Check the purpose and the file (before any I/O on the network) and frame the body."""
    checked = check_purpose(purpose)
    return MultipartUpload(upload_source(file), [("purpose", checked)], on_progress=on_progress)


def _upload_op(
    resource: Resource[Any],
    upload: MultipartUpload,
    stream: SyncMultipartStream | AsyncMultipartStream,
    timeout: TimeoutTypes,
) -> Operation[FileObject]:
    from moonshot_openapi.models import UploadFileBody, UploadFileBodyPurpose
    from moonshot_openapi.types import File

    purpose = UploadFileBodyPurpose(dict(upload.fields)["purpose"])
    placeholder = File(payload=io.BytesIO(), file_name=upload.source.filename)
    op = resource._op("files.upload_file", body=UploadFileBody(file=placeholder, purpose=purpose))
    op.timeout = timeout
    # The generated call would send httpx ``files=`` under a fixed ``boundary=+++``.
    op.kwargs.pop("files", None)
    op.kwargs["headers"] = upload.headers()
    op.overrides = {"content": stream}
    op.extensions = {
        REPLAYABLE_EXTENSION: upload.source.rewindable,
        REWIND_EXTENSION: upload.rewind,
    }
    return op


class Files(Resource[SyncBaseClient]):
    def create(
        self,
        file: FileInput,
        purpose: UploadFilePurpose,
        *,
        on_progress: ProgressCallback | None = None,
        timeout: TimeoutTypes = None,
    ) -> FileObject:
        """Upload a file (``POST /v1/files``), streamed from disk in 64 KiB chunks.

        ``file``: a path, bytes, a binary file object or ``(filename, content[,
        content_type])``. ``purpose``: one of the API document's values (file-extract,
        image, video, batch). ``on_progress(sent_bytes, total_bytes)`` follows the file's
        bytes. Retries resend from the start when the source can be rewound (paths,
        bytes, seekable files) and are not attempted otherwise.
        """
        upload = prepare_upload(file, purpose, on_progress)
        op = _upload_op(self, upload, SyncMultipartStream(upload), timeout)
        result: FileObject = self._client._request(op)
        return result

    def list(self, *, timeout: TimeoutTypes = None) -> FileListResponse:
        """``GET /v1/files``."""
        result: FileListResponse = self._client._request(
            self._op("files.list_files", timeout=timeout)
        )
        return result

    def retrieve(self, file_id: str, *, timeout: TimeoutTypes = None) -> FileObject:
        """``GET /v1/files/{file_id}``."""
        op = self._op("files.get_file_information", file_id, timeout=timeout)
        result: FileObject = self._client._request(op)
        return result

    def delete(self, file_id: str, *, timeout: TimeoutTypes = None) -> FileDeleteResponse:
        """``DELETE /v1/files/{file_id}``."""
        op = self._op("files.delete_file", file_id, timeout=timeout)
        result: FileDeleteResponse = self._client._request(op)
        return result

    def content(self, file_id: str, *, timeout: TimeoutTypes = None) -> FileContent:
        """The extracted content of a file: ``.text``, ``.content`` (bytes), ``.json()``."""
        op = self._op(
            "files.get_file_content", file_id, timeout=timeout, extra_headers=CONTENT_ACCEPT
        )
        op.parse = _read_content
        result: FileContent = self._client._request(op)
        return result

    def extract(self, file: FileInput, *, delete: bool = False) -> str:
        """Upload ``file`` with purpose ``file-extract`` and return its extracted text.

        ``delete=True`` deletes the uploaded copy afterwards (also when reading fails).
        """
        uploaded = self.create(file, EXTRACT_PURPOSE)
        try:
            text = self.content(uploaded.id).text
        except BaseException:
            if delete:
                with contextlib.suppress(Exception):
                    self.delete(uploaded.id)  # the original error is the one to report
            raise
        if delete:
            self.delete(uploaded.id)
        return text

    def extract_messages(
        self, files: Iterable[FileInput], *, concurrency: int = 4, delete: bool = False
    ) -> builtins.list[dict[str, str]]:
        """Extract many files into ``{"role": "system", "content": text}`` messages, in order.

        Up to ``concurrency`` files are uploaded at once (in threads). If any file fails,
        the others still finish and :class:`moonshot.ExtractionError` is raised with
        ``.results`` (index -> message) and ``.failures`` (index -> exception).
        """
        workers = check_concurrency(concurrency)
        inputs = builtins.list(files)
        results: dict[int, dict[str, str]] = {}
        failures: dict[int, BaseException] = {}

        def one(index: int) -> None:
            try:
                results[index] = file_message(self.extract(inputs[index], delete=delete))
            except Exception as error:
                failures[index] = error

        with ThreadPoolExecutor(max_workers=min(workers, max(len(inputs), 1))) as pool:
            builtins.list(pool.map(one, range(len(inputs))))
        return finish_extraction(inputs, results, failures)


class AsyncFiles(Resource[AsyncBaseClient]):
    async def create(
        self,
        file: FileInput,
        purpose: UploadFilePurpose,
        *,
        on_progress: ProgressCallback | None = None,
        timeout: TimeoutTypes = None,
    ) -> FileObject:
        """Upload a file (``POST /v1/files``); see :meth:`Files.create`."""
        upload = prepare_upload(file, purpose, on_progress)
        op = _upload_op(self, upload, AsyncMultipartStream(upload), timeout)
        result: FileObject = await self._client._request(op)
        return result

    async def list(self, *, timeout: TimeoutTypes = None) -> FileListResponse:
        """``GET /v1/files``."""
        op = self._op("files.list_files", timeout=timeout)
        result: FileListResponse = await self._client._request(op)
        return result

    async def retrieve(self, file_id: str, *, timeout: TimeoutTypes = None) -> FileObject:
        """``GET /v1/files/{file_id}``."""
        op = self._op("files.get_file_information", file_id, timeout=timeout)
        result: FileObject = await self._client._request(op)
        return result

    async def delete(self, file_id: str, *, timeout: TimeoutTypes = None) -> FileDeleteResponse:
        """``DELETE /v1/files/{file_id}``."""
        op = self._op("files.delete_file", file_id, timeout=timeout)
        result: FileDeleteResponse = await self._client._request(op)
        return result

    async def content(self, file_id: str, *, timeout: TimeoutTypes = None) -> FileContent:
        """The extracted content of a file: ``.text``, ``.content`` (bytes), ``.json()``."""
        op = self._op(
            "files.get_file_content", file_id, timeout=timeout, extra_headers=CONTENT_ACCEPT
        )
        op.parse = _read_content
        result: FileContent = await self._client._request(op)
        return result

    async def extract(self, file: FileInput, *, delete: bool = False) -> str:
        """Upload ``file`` with purpose ``file-extract`` and return its extracted text."""
        uploaded = await self.create(file, EXTRACT_PURPOSE)
        try:
            text = (await self.content(uploaded.id)).text
        except BaseException:
            if delete:
                with anyio.CancelScope(shield=True), contextlib.suppress(Exception):
                    await self.delete(uploaded.id)  # the original error is the one to report
            raise
        if delete:
            await self.delete(uploaded.id)
        return text

    async def extract_messages(
        self, files: Iterable[FileInput], *, concurrency: int = 4, delete: bool = False
    ) -> builtins.list[dict[str, str]]:
        """Extract many files concurrently (at most ``concurrency`` at once); see
        :meth:`Files.extract_messages` for the result and :class:`moonshot.ExtractionError`."""
        limiter = anyio.CapacityLimiter(check_concurrency(concurrency))
        inputs = builtins.list(files)
        results: dict[int, dict[str, str]] = {}
        failures: dict[int, BaseException] = {}

        async def one(index: int) -> None:
            async with limiter:
                try:
                    text = await self.extract(inputs[index], delete=delete)
                except Exception as error:
                    failures[index] = error
                else:
                    results[index] = file_message(text)

        async with anyio.create_task_group() as group:
            for index in range(len(inputs)):
                group.start_soon(one, index)
        return finish_extraction(inputs, results, failures)
