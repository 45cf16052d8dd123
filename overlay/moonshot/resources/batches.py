"""``client.batches``: create, inspect, cancel and list batch jobs."""

from __future__ import annotations

import contextlib
import tempfile
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any

import anyio
import anyio.to_thread
import httpx2

from .._batch_lines.requests import check_batch_options, write_batch_jsonl
from .._batch_lines.results import BatchResult, BatchWatch, parse_result_line, result_file_ids
from .._defaults import DEFAULT_POLL_INTERVAL
from .._errors import APIConnectionError, APIResponseValidationError
from .._http.base_client import AsyncBaseClient, Operation, SyncBaseClient
from .._http.bounded_read import adecoded, alines, decoded, lines
from .._http.config import TimeoutTypes
from .._http.limits import LineTooLongError, result_caps, too_large
from .._openapi import generated
from .._openapi.request_body import operation_body
from ._resource import Resource
from .files import CONTENT_ACCEPT, AsyncFiles, Files

if TYPE_CHECKING:
    from moonshot_openapi.typed_requests import (
        CreateBatchCompletionWindow,
        CreateBatchEndpoint,
        CreateBatchInputFileId,
        CreateBatchMetadata,
    )

    from .._openapi.answers import BatchListResponse, BatchObject


def _unset_if_none(value: Any) -> Any:
    return generated.UNSET if value is None else value


def _create_op(
    resource: Resource[Any],
    *,
    input_file_id: str,
    endpoint: str,
    completion_window: str,
    metadata: Mapping[str, str] | None,
    timeout: TimeoutTypes,
) -> Operation[BatchObject]:
    check_batch_options(completion_window, metadata, endpoint)  # incl. metadata count/keys
    body: dict[str, Any] = {
        "input_file_id": input_file_id,
        "endpoint": endpoint,
        "completion_window": completion_window,
    }
    if metadata is not None:
        body["metadata"] = dict(metadata)
    request = operation_body("/v1/batches", "batch.create_batch", "batches.create")
    return resource._json_op(request, body, timeout=timeout)


def _page_op(
    resource: Resource[Any], after: str | None, limit: int | None, timeout: TimeoutTypes
) -> Operation[BatchListResponse]:
    return resource._op(
        "batch.list_batches",
        after=_unset_if_none(after),
        limit=_unset_if_none(limit),
        timeout=timeout,
    )


def _page_items(page: BatchListResponse) -> list[BatchObject]:
    """The page's batches: none when the answer's ``data`` is not a list (answers are read
    as they come, so a page may lack it)."""
    return page.data if isinstance(page.data, list) else []


def _next_cursor(page: BatchListResponse, previous: str | None) -> str | None:
    """The ``after`` for the next page; None when done, or when the cursor would not move
    (or the last item has no string ``id`` to move it by)."""
    items = _page_items(page)
    if page.has_more is not True or not items:
        return None
    cursor = getattr(items[-1], "id", None)
    return None if cursor == previous or not isinstance(cursor, str) else cursor


_BATCH_FILENAME = "batch-requests.jsonl"
_JSONL_TYPE = "application/jsonl"


def _jsonl_temp_file(requests: Iterable[Any]) -> IO[bytes]:
    """The checked requests as JSONL in an anonymous temporary file, rewound to its start."""
    handle = tempfile.TemporaryFile(suffix=".jsonl")  # noqa: SIM115 - returned open
    try:
        write_batch_jsonl(requests, handle)
        handle.seek(0)
    except BaseException:
        handle.close()
        raise
    return handle


def _result_lines_op(resource: Resource[Any], file_id: str) -> Operation[Any]:
    return resource._op("files.get_file_content", file_id, extra_headers=CONTENT_ACCEPT)


def _read_line(line: str, file_id: str, number: int, response: httpx2.Response) -> BatchResult:
    try:
        return parse_result_line(line)
    except ValueError as error:
        raise APIResponseValidationError(
            f"batch result file {file_id}, line {number}: not a JSON object ({error})",
            response=response,
        ) from error


def _broken(file_id: str, lines: int, error: httpx2.TransportError) -> APIConnectionError:
    return APIConnectionError(
        f"batch result file {file_id} broke off after {lines} line(s): "
        f"{type(error).__name__}: {error}",
        request=getattr(error, "_request", None),
    )


class Batches(Resource[SyncBaseClient]):
    def create(
        self,
        *,
        input_file_id: CreateBatchInputFileId,
        endpoint: CreateBatchEndpoint = "/v1/chat/completions",
        completion_window: CreateBatchCompletionWindow = "24h",
        metadata: CreateBatchMetadata | None = None,
        timeout: TimeoutTypes = None,
    ) -> BatchObject:
        """Create a batch from an uploaded JSONL file (``POST /v1/batches``)."""
        op = _create_op(
            self,
            input_file_id=input_file_id,
            endpoint=endpoint,
            completion_window=completion_window,
            metadata=metadata,
            timeout=timeout,
        )
        result: BatchObject = self._client._request(op)
        return result

    def retrieve(self, batch_id: str, *, timeout: TimeoutTypes = None) -> BatchObject:
        """``GET /v1/batches/{batch_id}``."""
        result: BatchObject = self._client._request(
            self._op("batch.retrieve_batch", batch_id, timeout=timeout)
        )
        return result

    def cancel(self, batch_id: str, *, timeout: TimeoutTypes = None) -> BatchObject:
        """``POST /v1/batches/{batch_id}/cancel``."""
        result: BatchObject = self._client._request(
            self._op("batch.cancel_batch", batch_id, timeout=timeout)
        )
        return result

    def list(
        self, *, limit: int | None = None, timeout: TimeoutTypes = None
    ) -> Iterator[BatchObject]:
        """Every batch, page by page (``limit`` per page), following ``after`` / ``has_more``."""
        after: str | None = None
        while True:
            page: BatchListResponse = self._client._request(_page_op(self, after, limit, timeout))
            yield from _page_items(page)
            after = _next_cursor(page, after)
            if after is None:
                return

    def create_from_requests(
        self,
        requests: Iterable[Any],
        *,
        completion_window: str = "24h",
        metadata: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> BatchObject:
        """Check chat request bodies, upload them as a JSONL batch file and create the batch.

        ``requests``: any iterable of chat bodies (``{"model", "messages", ...}``) or of
        ``{"custom_id", "body"}`` pairs; missing ids become ``request-<index>``. Every body
        is checked as ``chat.completions.create`` would check it, and every bad line is
        reported (``ValidationError.errors``) before anything is uploaded.
        """
        check_batch_options(completion_window, metadata)
        files = Files(self._client)
        with _jsonl_temp_file(requests) as handle:
            uploaded = files.create(
                (_BATCH_FILENAME, handle, _JSONL_TYPE), "batch", timeout=timeout
            )
        try:
            return self.create(
                input_file_id=uploaded.id,
                completion_window=completion_window,
                metadata=metadata,
                timeout=timeout,
            )
        except BaseException:
            with contextlib.suppress(Exception):
                files.delete(uploaded.id)  # do not leave an orphan input file behind
            raise

    def wait(
        self,
        batch_id: str,
        *,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        timeout: float | None = None,
        on_update: Callable[[BatchObject], object] | None = None,
    ) -> BatchObject:
        """Poll until the batch is completed, failed, expired or cancelled, and return it.

        ``timeout`` (seconds, None = no limit) raises :class:`moonshot.BatchWaitTimeout`
        carrying the last state. ``on_update(batch)`` sees each change of status or counts.
        """
        watch = BatchWatch(poll_interval, timeout, on_update)
        while True:
            batch = self.retrieve(batch_id)
            if watch.done(batch):
                return batch
            time.sleep(watch.pause(batch))

    def results(self, batch: BatchObject | str) -> Iterator[BatchResult]:
        """The parsed lines of the batch's output file, then of its error file.

        Lines are streamed, not loaded at once. A line that is not JSON raises
        APIResponseValidationError naming the file and line, after the lines before it.
        """
        if isinstance(batch, str):
            batch = self.retrieve(batch)
        for file_id in result_file_ids(batch):
            response = self._client._send(_result_lines_op(self, file_id), stream=True)
            number = 0
            cap, per_line = result_caps(self._client._config.bounds)
            try:
                for line in lines(decoded(response, cap), per_line):
                    number += 1
                    if line.strip():
                        yield _read_line(line, file_id, number, response)
            except httpx2.TransportError as error:
                raise _broken(file_id, number, error) from error
            except LineTooLongError as error:
                raise too_large(per_line, error.received, response) from error
            finally:
                response.close()


class AsyncBatches(Resource[AsyncBaseClient]):
    async def create(
        self,
        *,
        input_file_id: CreateBatchInputFileId,
        endpoint: CreateBatchEndpoint = "/v1/chat/completions",
        completion_window: CreateBatchCompletionWindow = "24h",
        metadata: CreateBatchMetadata | None = None,
        timeout: TimeoutTypes = None,
    ) -> BatchObject:
        """Create a batch from an uploaded JSONL file (``POST /v1/batches``)."""
        op = _create_op(
            self,
            input_file_id=input_file_id,
            endpoint=endpoint,
            completion_window=completion_window,
            metadata=metadata,
            timeout=timeout,
        )
        result: BatchObject = await self._client._request(op)
        return result

    async def retrieve(self, batch_id: str, *, timeout: TimeoutTypes = None) -> BatchObject:
        """``GET /v1/batches/{batch_id}``."""
        op = self._op("batch.retrieve_batch", batch_id, timeout=timeout)
        result: BatchObject = await self._client._request(op)
        return result

    async def cancel(self, batch_id: str, *, timeout: TimeoutTypes = None) -> BatchObject:
        """``POST /v1/batches/{batch_id}/cancel``."""
        op = self._op("batch.cancel_batch", batch_id, timeout=timeout)
        result: BatchObject = await self._client._request(op)
        return result

    async def list(
        self, *, limit: int | None = None, timeout: TimeoutTypes = None
    ) -> AsyncIterator[BatchObject]:
        """Every batch, page by page (``limit`` per page), following ``after`` / ``has_more``."""
        after: str | None = None
        while True:
            page: BatchListResponse = await self._client._request(
                _page_op(self, after, limit, timeout)
            )
            for batch in _page_items(page):
                yield batch
            after = _next_cursor(page, after)
            if after is None:
                return

    async def create_from_requests(
        self,
        requests: Iterable[Any],
        *,
        completion_window: str = "24h",
        metadata: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
    ) -> BatchObject:
        """Check, upload and create a batch; see :meth:`Batches.create_from_requests`.

        The JSONL file is written in a worker thread.
        """
        check_batch_options(completion_window, metadata)
        files = AsyncFiles(self._client)
        handle = await anyio.to_thread.run_sync(_jsonl_temp_file, requests)
        try:
            uploaded = await files.create(
                (_BATCH_FILENAME, handle, _JSONL_TYPE), "batch", timeout=timeout
            )
        finally:
            handle.close()
        try:
            return await self.create(
                input_file_id=uploaded.id,
                completion_window=completion_window,
                metadata=metadata,
                timeout=timeout,
            )
        except BaseException:
            with anyio.CancelScope(shield=True), contextlib.suppress(Exception):
                await files.delete(uploaded.id)  # do not leave an orphan input file behind
            raise

    async def wait(
        self,
        batch_id: str,
        *,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        timeout: float | None = None,
        on_update: Callable[[BatchObject], object] | None = None,
    ) -> BatchObject:
        """Poll until the batch reaches a terminal status; see :meth:`Batches.wait`."""
        watch = BatchWatch(poll_interval, timeout, on_update)
        while True:
            batch = await self.retrieve(batch_id)
            if watch.done(batch):
                return batch
            await anyio.sleep(watch.pause(batch))

    async def results(self, batch: BatchObject | str) -> AsyncIterator[BatchResult]:
        """The parsed output lines, then the error lines; see :meth:`Batches.results`."""
        if isinstance(batch, str):
            batch = await self.retrieve(batch)
        for file_id in result_file_ids(batch):
            response = await self._client._send(_result_lines_op(self, file_id), stream=True)
            number = 0
            cap, per_line = result_caps(self._client._config.bounds)
            try:
                async for line in alines(adecoded(response, cap), per_line):
                    number += 1
                    if line.strip():
                        yield _read_line(line, file_id, number, response)
            except httpx2.TransportError as error:
                raise _broken(file_id, number, error) from error
            except LineTooLongError as error:
                raise too_large(per_line, error.received, response) from error
            finally:
                await response.aclose()
