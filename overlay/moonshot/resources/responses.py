"""``client.responses``: the Responses API (``POST /v1/responses``), checked before sending."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, overload

from .._base_client import AsyncBaseClient, SyncBaseClient
from .._config import TimeoutTypes
from .._operation_request import operation_body
from .._responses_stream import (
    AsyncResponseStream,
    ResponseAssembler,
    ResponseStream,
    parse_response_event,
)
from .._signatures import NonceSource
from ._model_call import model_operation
from ._resource import Resource

if TYPE_CHECKING:
    from moonshot_openapi.models import ResponsesResponse

    from .._operation_request import OperationBody

__all__ = ["AsyncResponses", "Responses"]

PATH = "/v1/responses"
MODULE = "responses.create_a_model_response"
_WHAT = "responses"


def _request() -> OperationBody:
    return operation_body(PATH, MODULE)


class Responses(Resource[SyncBaseClient]):
    @overload
    def create(
        self,
        *,
        model: str,
        input: Any,
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        request_nonce: NonceSource = None,
        **params: Any,
    ) -> ResponsesResponse: ...

    @overload
    def create(
        self,
        *,
        model: str,
        input: Any,
        stream: Literal[True],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        request_nonce: NonceSource = None,
        **params: Any,
    ) -> ResponseStream: ...

    def create(
        self,
        *,
        model: str,
        input: Any,
        stream: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        request_nonce: NonceSource = None,
        **params: Any,
    ) -> ResponsesResponse | ResponseStream:
        """Create a model response (``POST /v1/responses``).

        ``params`` are the other fields of ``ResponsesRequest`` in the API document
        (``instructions``, ``tools``, ``reasoning``, ``max_output_tokens``...), checked
        against it before sending. ``stream=True`` returns a :class:`ResponseStream`
        of typed events once the server has answered 200.
        """
        op = model_operation(
            self,
            _request(),
            _WHAT,
            {"model": model, "input": input, **params},
            stream=stream,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            request_nonce=request_nonce,
        )
        if stream:
            return ResponseStream(self._client, op, ResponseAssembler(), parse_response_event)
        result: ResponsesResponse = self._client._request(op)
        return result


class AsyncResponses(Resource[AsyncBaseClient]):
    @overload
    async def create(
        self,
        *,
        model: str,
        input: Any,
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        request_nonce: NonceSource = None,
        **params: Any,
    ) -> ResponsesResponse: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        input: Any,
        stream: Literal[True],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        request_nonce: NonceSource = None,
        **params: Any,
    ) -> AsyncResponseStream: ...

    async def create(
        self,
        *,
        model: str,
        input: Any,
        stream: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        request_nonce: NonceSource = None,
        **params: Any,
    ) -> ResponsesResponse | AsyncResponseStream:
        """Create a model response; see :meth:`Responses.create`."""
        op = model_operation(
            self,
            _request(),
            _WHAT,
            {"model": model, "input": input, **params},
            stream=stream,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            request_nonce=request_nonce,
        )
        if stream:
            stream_ = AsyncResponseStream(
                self._client, op, ResponseAssembler(), parse_response_event
            )
            return await stream_._start()
        result: ResponsesResponse = await self._client._request(op)
        return result
