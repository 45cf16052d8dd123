"""A checked call to a model operation other than chat (Responses, Messages), streamed or not."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .._http.base_client import AsyncBaseClient, Operation, SyncBaseClient
from .._http.config import TimeoutTypes
from .._http.signatures import NonceSource, nonce_headers, resolve_nonce
from .._openapi.operation_request import OperationBody, operation_body
from .._streams.options import EVENT_STREAM_HEADERS, check_stream_options
from ._resource import Resource
from .chat import _keeping_signature

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
    def request(self) -> OperationBody:
        return operation_body(self.path, self.module)


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
    extra_headers = options.extra_headers
    if options.stream:
        params = {**params, "stream": True}
        extra_headers = {**EVENT_STREAM_HEADERS, **(extra_headers or {})}
    request = endpoint.request
    body = request.check(params, what=endpoint.what)
    kwargs = request.kwargs(body)
    if options.extra_body:
        kwargs["json"] = {**kwargs["json"], **options.extra_body}
    parse = resource._parser(request.module)
    nonce = resolve_nonce(options.request_nonce, resource._client.request_nonce)
    if nonce is not None:
        extra_headers = {**nonce_headers(nonce), **(extra_headers or {})}
        parse = _keeping_signature(parse, str(body.get("model", "")))
    return Operation(kwargs, parse, timeout=options.timeout, extra_headers=extra_headers)


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
