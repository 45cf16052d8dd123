"""``client.files``: upload (streamed), list, inspect, delete, and extract text from files."""

from __future__ import annotations

import builtins
import contextlib
import io
import json
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import anyio
import httpx2

from .._defaults import DEFAULT_EXTRACT_CONCURRENCY
from .._http.base_client import AsyncBaseClient, Operation, SyncBaseClient
from .._http.config import TimeoutTypes
from .._http.download import Destination, download, download_async
from .._http.limits import DOWNLOAD, FILE_CONTENT, Limit, call_bounds
from .._http.transport import REPLAYABLE_EXTENSION, REWIND_EXTENSION
from .._openapi import generated
from .._uploads.extraction import (
    EXTRACT_PURPOSE,
    check_concurrency,
    file_message,
    finish_extraction,
)
from .._uploads.multipart import (
    AsyncMultipartStream,
    MultipartUpload,
    ProgressCallback,
    SyncMultipartStream,
)
from .._uploads.source import FileInput, check_purpose, upload_source
from ._resource import Resource

if TYPE_CHECKING:
    from moonshot_openapi.typed_requests import UploadFilePurpose

    from .._openapi.answers import FileDeleteResponse, FileListResponse, FileObject

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


def _read_content(response: httpx2.Response) -> FileContent:
    return FileContent(response.content, response.encoding or "utf-8")


def _content_op(
    resource: Resource[Any],
    file_id: str,
    limit: Limit,
    timeout: TimeoutTypes,
    max_response_bytes: int | None,
    deadline: float | None,
    parse: Callable[[httpx2.Response], Any] | None = None,
) -> Operation[Any]:
    return resource._op(
        "files.get_file_content",
        file_id,
        timeout=timeout,
        extra_headers=CONTENT_ACCEPT,
        parse=parse,
        bounds=call_bounds(limit, max_response_bytes, deadline),
    )


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
    purpose = generated.UploadFileBodyPurpose(dict(upload.fields)["purpose"])
    placeholder = generated.File(payload=io.BytesIO(), file_name=upload.source.filename)
    body = generated.UploadFileBody(file=placeholder, purpose=purpose)
    return resource._op(
        "files.upload_file",
        body=body,
        timeout=timeout,
        # The generated call would send httpx2 ``files=`` under a fixed ``boundary=+++``.
        overrides={"files": None, "headers": upload.headers(), "content": stream},
        extensions={
            REPLAYABLE_EXTENSION: upload.source.rewindable,
            REWIND_EXTENSION: upload.rewind,
        },
    )


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

    def content(
        self,
        file_id: str,
        *,
        timeout: TimeoutTypes = None,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
    ) -> FileContent:
        """The extracted content of a file: ``.text``, ``.content`` (bytes), ``.json()``.

        Held in memory, up to ``max_response_bytes`` (docs/errors.md); :meth:`download`
        writes a content of any size to disk instead.
        """
        op = _content_op(
            self, file_id, FILE_CONTENT, timeout, max_response_bytes, deadline, _read_content
        )
        result: FileContent = self._client._request(op)
        return result

    def download(
        self,
        file_id: str,
        destination: Destination,
        *,
        timeout: TimeoutTypes = None,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
    ) -> int:
        """Write a file's content to ``destination`` (a path, or a binary file object) as
        it arrives, with flat memory; the number of bytes written.

        No size cap unless ``max_response_bytes`` is given. On an error the destination
        keeps what arrived.
        """
        op = _content_op(self, file_id, DOWNLOAD, timeout, max_response_bytes, deadline)
        return download(self._client, op, destination)

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
        self,
        files: Iterable[FileInput],
        *,
        concurrency: int = DEFAULT_EXTRACT_CONCURRENCY,
        delete: bool = False,
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

    async def content(
        self,
        file_id: str,
        *,
        timeout: TimeoutTypes = None,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
    ) -> FileContent:
        """The extracted content of a file: ``.text``, ``.content`` (bytes), ``.json()``.

        Held in memory, up to ``max_response_bytes`` (docs/errors.md); :meth:`download`
        writes a content of any size to disk instead.
        """
        op = _content_op(
            self, file_id, FILE_CONTENT, timeout, max_response_bytes, deadline, _read_content
        )
        result: FileContent = await self._client._request(op)
        return result

    async def download(
        self,
        file_id: str,
        destination: Destination,
        *,
        timeout: TimeoutTypes = None,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
    ) -> int:
        """Write a file's content to ``destination`` (a path, or a binary file object) as
        it arrives, with flat memory; the number of bytes written.

        No size cap unless ``max_response_bytes`` is given. On an error the destination
        keeps what arrived.
        """
        op = _content_op(self, file_id, DOWNLOAD, timeout, max_response_bytes, deadline)
        return await download_async(self._client, op, destination)

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
        self,
        files: Iterable[FileInput],
        *,
        concurrency: int = DEFAULT_EXTRACT_CONCURRENCY,
        delete: bool = False,
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
