"""``client.batches``: create, inspect, cancel and list batch jobs."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

from moonshot_openapi.api.batch import cancel_batch, create_batch, list_batches, retrieve_batch
from moonshot_openapi.models import BatchCreateRequest, BatchListResponse, BatchObject
from moonshot_openapi.types import UNSET

from .._base_client import AsyncBaseClient, Operation, SyncBaseClient
from .._config import TimeoutTypes
from .._errors import ValidationError
from .._schema import SchemaChecker
from .._spec import component, load_spec
from ._resource import Resource

_SCHEMA = "BatchCreateRequest"


def _create_op(
    resource: Resource[Any],
    *,
    input_file_id: str,
    endpoint: str,
    completion_window: str,
    metadata: Mapping[str, str] | None,
    timeout: TimeoutTypes,
) -> Operation[BatchObject]:
    body: dict[str, Any] = {
        "input_file_id": input_file_id,
        "endpoint": endpoint,
        "completion_window": completion_window,
    }
    if metadata is not None:
        body["metadata"] = dict(metadata)
    problems = SchemaChecker(load_spec()).errors(component(_SCHEMA), body)
    if problems:
        raise ValidationError(
            "invalid batch request: " + "; ".join(problems),
            field=problems[0].split(":", 1)[0],
            errors=problems,
        )
    return resource._op(create_batch, body=BatchCreateRequest.from_dict(body), timeout=timeout)


def _page_op(
    resource: Resource[Any], after: str | None, limit: int | None, timeout: TimeoutTypes
) -> Operation[BatchListResponse]:
    return resource._op(
        list_batches,
        after=UNSET if after is None else after,
        limit=UNSET if limit is None else limit,
        timeout=timeout,
    )


def _next_cursor(page: BatchListResponse) -> str | None:
    if page.has_more is not True or not page.data:
        return None
    return page.data[-1].id


class Batches(Resource[SyncBaseClient]):
    def create(
        self,
        *,
        input_file_id: str,
        endpoint: str = "/v1/chat/completions",
        completion_window: str = "24h",
        metadata: Mapping[str, str] | None = None,
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
            self._op(retrieve_batch, batch_id, timeout=timeout)
        )
        return result

    def cancel(self, batch_id: str, *, timeout: TimeoutTypes = None) -> BatchObject:
        """``POST /v1/batches/{batch_id}/cancel``."""
        result: BatchObject = self._client._request(
            self._op(cancel_batch, batch_id, timeout=timeout)
        )
        return result

    def list(
        self, *, limit: int | None = None, timeout: TimeoutTypes = None
    ) -> Iterator[BatchObject]:
        """Every batch, page by page (``limit`` per page), following ``after`` / ``has_more``."""
        after: str | None = None
        while True:
            page: BatchListResponse = self._client._request(_page_op(self, after, limit, timeout))
            yield from page.data
            after = _next_cursor(page)
            if after is None:
                return


class AsyncBatches(Resource[AsyncBaseClient]):
    async def create(
        self,
        *,
        input_file_id: str,
        endpoint: str = "/v1/chat/completions",
        completion_window: str = "24h",
        metadata: Mapping[str, str] | None = None,
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
        op = self._op(retrieve_batch, batch_id, timeout=timeout)
        result: BatchObject = await self._client._request(op)
        return result

    async def cancel(self, batch_id: str, *, timeout: TimeoutTypes = None) -> BatchObject:
        """``POST /v1/batches/{batch_id}/cancel``."""
        op = self._op(cancel_batch, batch_id, timeout=timeout)
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
            for batch in page.data:
                yield batch
            after = _next_cursor(page)
            if after is None:
                return
