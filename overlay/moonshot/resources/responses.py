"""``client.responses``: the Responses API (``POST /v1/responses``), checked before sending."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, overload

from .._http.base_client import AsyncBaseClient, SyncBaseClient
from .._http.config import TimeoutTypes
from .._http.signatures import NonceSource
from .._streams.responses_stream import (
    AsyncResponseStream,
    ResponseAssembler,
    ResponseStream,
    parse_response_event,
)
from ._model_call import CallOptions, ModelEndpoint, create_async, create_sync
from ._resource import Resource

if TYPE_CHECKING:
    from .._openapi.answers import ResponsesResponse

__all__ = ["AsyncResponses", "Responses"]

PATH = "/v1/responses"
MODULE = "responses.create_a_model_response"
_WHAT = "responses"


_ENDPOINT = ModelEndpoint(
    PATH,
    MODULE,
    _WHAT,
    ResponseStream,
    AsyncResponseStream,
    ResponseAssembler,
    parse_response_event,
)


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
        result: ResponsesResponse | ResponseStream = create_sync(
            self,
            _ENDPOINT,
            {"model": model, "input": input, **params},
            CallOptions(stream, extra_body, extra_headers, timeout, request_nonce),
        )
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
        result: ResponsesResponse | AsyncResponseStream = await create_async(
            self,
            _ENDPOINT,
            {"model": model, "input": input, **params},
            CallOptions(stream, extra_body, extra_headers, timeout, request_nonce),
        )
        return result
