"""A checked call to a model operation other than chat (Responses, Messages), streamed or not."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .._http.base_client import AsyncBaseClient, Operation, SyncBaseClient
from .._http.config import TimeoutTypes
from .._http.signatures import NonceSource
from .._openapi.request_body import RequestBody, operation_body
from .._streams.options import check_stream_options
from ._resource import Resource

__all__ = ["ModelEndpoint", "create_async", "create_sync"]


@dataclass(frozen=True)
class ModelEndpoint:
    """One model operation: where it is, how its stream is typed and assembled."""

    path: str
    module: str  # the generated module under moonshot_openapi.api
    what: str  # its name in error messages
    stream_class: Callable[..., Any]
    async_stream_class: Callable[..., Any]
    assembler: Callable[[], Any]
    parse_event: Callable[[dict[str, Any]], Any]

    @property
    def request(self) -> RequestBody:
        return operation_body(self.path, self.module, self.what, signed=True)


@dataclass(frozen=True)
class CallOptions:
    """What ``create()`` takes besides the body fields."""

    stream: object
    extra_body: Mapping[str, Any] | None
    extra_headers: Mapping[str, str] | None
    timeout: TimeoutTypes
    request_nonce: NonceSource


def model_operation(
    resource: Resource[Any],
    endpoint: ModelEndpoint,
    params: Mapping[str, Any],
    options: CallOptions,
) -> Operation[Any]:
    """Check ``params`` against the operation's request schema and build the call.

    ``stream=True`` adds ``"stream": true`` to the body and asks for an event stream.
    Raises ValidationError naming every bad field before anything is sent.
    """
    check_stream_options(params, stream=options.stream, resume=False, max_resumes=0)
    return resource._json_op(
        endpoint.request,
        params,
        timeout=options.timeout,
        extra_body=options.extra_body,
        extra_headers=options.extra_headers,
        stream=bool(options.stream),
        request_nonce=options.request_nonce,
    )


def create_sync(
    resource: Resource[SyncBaseClient],
    endpoint: ModelEndpoint,
    params: Mapping[str, Any],
    options: CallOptions,
) -> Any:
    """The parsed answer, or (``stream=True``) the endpoint's stream once the server said 200."""
    op = model_operation(resource, endpoint, params, options)
    if options.stream:
        return endpoint.stream_class(
            resource._client, op, endpoint.assembler(), endpoint.parse_event
        )
    return resource._client._request(op)


async def create_async(
    resource: Resource[AsyncBaseClient],
    endpoint: ModelEndpoint,
    params: Mapping[str, Any],
    options: CallOptions,
) -> Any:
    """:func:`create_sync` on the async client."""
    op = model_operation(resource, endpoint, params, options)
    if options.stream:
        stream = endpoint.async_stream_class(
            resource._client, op, endpoint.assembler(), endpoint.parse_event
        )
        return await stream._start()
    return await resource._client._request(op)
