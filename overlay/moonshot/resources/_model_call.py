"""Building a checked call to a model operation other than chat (Responses, Messages)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._base_client import Operation
from .._config import TimeoutTypes
from .._operation_request import OperationBody
from .._signatures import NonceSource, nonce_headers, resolve_nonce
from .._streaming import EVENT_STREAM_HEADERS, check_stream_options
from ._resource import Resource
from .chat import _keeping_signature

__all__ = ["model_operation"]


def model_operation(
    resource: Resource[Any],
    request: OperationBody,
    what: str,
    params: Mapping[str, Any],
    *,
    stream: object,
    extra_body: Mapping[str, Any] | None,
    extra_headers: Mapping[str, str] | None,
    timeout: TimeoutTypes,
    request_nonce: NonceSource,
) -> Operation[Any]:
    """Check ``params`` against the operation's request schema and build the call.

    ``stream=True`` adds ``"stream": true`` to the body and asks for an event stream.
    Raises ValidationError naming every bad field before anything is sent.
    """
    check_stream_options(params, stream=stream, resume=False, max_resumes=0)
    if stream:
        params = {**params, "stream": True}
        extra_headers = {**EVENT_STREAM_HEADERS, **(extra_headers or {})}
    body = request.check(params, what=what)
    kwargs = request.kwargs(body)
    if extra_body:
        kwargs["json"] = {**kwargs["json"], **extra_body}
    parse = resource._parser(request.module)
    nonce = resolve_nonce(request_nonce, resource._client.request_nonce)
    if nonce is not None:
        extra_headers = {**nonce_headers(nonce), **(extra_headers or {})}
        parse = _keeping_signature(parse, str(body.get("model", "")))
    return Operation(kwargs, parse, timeout=timeout, extra_headers=extra_headers)
