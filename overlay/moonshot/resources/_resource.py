"""What every resource holds: the client it sends through, and how it builds a call."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import httpx2

from .._http.base_client import AsyncBaseClient, Operation, SyncBaseClient
from .._http.config import TimeoutTypes
from .._http.limits import CallBounds
from .._http.signatures import NonceSource, keeping_signature, nonce_headers, resolve_nonce
from .._openapi.generated import request_kwargs, response_parser
from .._openapi.request_body import RequestBody
from .._streams.options import EVENT_STREAM_HEADERS
from .._telemetry.shapes import RunReporter

C = TypeVar("C", SyncBaseClient, AsyncBaseClient)


class Resource(Generic[C]):
    """A group of API operations bound to one client."""

    def __init__(self, client: C) -> None:
        self._client: C = client
        self._parsers: dict[str, Callable[[httpx2.Response], Any]] = {}

    @property
    def telemetry(self) -> RunReporter:
        """The client's spans and metrics (docs/telemetry.md); tool runs report through it."""
        return self._client._telemetry

    def _parser(self, module: str) -> Callable[[httpx2.Response], Any]:
        """The 2xx parser of ``moonshot_openapi.api.<module>``, made once per resource."""
        found = self._parsers.get(module)
        if found is None:
            found = self._parsers[module] = response_parser(
                module, lambda: self._client.raw, strict=self._client.strict_responses
            )
        return found

    def _op(
        self,
        module: str,
        *args: Any,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
        parse: Callable[[httpx2.Response], Any] | None = None,
        overrides: dict[str, Any] | None = None,
        extensions: dict[str, Any] | None = None,
        bounds: CallBounds | None = None,
        **kwargs: Any,
    ) -> Operation[Any]:
        """A call to ``moonshot_openapi.api.<module>``: its request builder and its parser.

        ``parse`` replaces the generated parser, ``overrides`` replaces generated httpx2
        arguments, ``extensions`` go on the request, ``bounds`` are the call's size and time
        limits; ``kwargs`` go to the builder.
        """
        return Operation(
            request_kwargs(module, *args, **kwargs),
            parse or self._parser(module),
            timeout=timeout,
            extra_headers=extra_headers,
            extensions=extensions or {},
            overrides=overrides or {},
            bounds=bounds,
        )

    def _json_op(
        self,
        request: RequestBody,
        params: Mapping[str, Any],
        *,
        timeout: TimeoutTypes = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        stream: bool = False,
        request_nonce: NonceSource = None,
        bounds: CallBounds | None = None,
        path_params: Mapping[str, Any] | None = None,
    ) -> Operation[Any]:
        """The call of a JSON operation: every one goes through here.

        ``params`` are checked against the operation's request (ValidationError before
        anything is sent); ``extra_body`` is merged into the JSON unchecked (fields newer
        than the document) and ``extra_headers`` go on the request. ``stream`` asks for an
        event stream (``"stream": true``). A model call (``request.signed``) sends the
        call's nonce, else the client's, and keeps the answer's signature.
        """
        headers = extra_headers
        if stream:
            params = {**params, "stream": True}
            headers = {**EVENT_STREAM_HEADERS, **(headers or {})}
        body = request.check(params)
        kwargs = request.kwargs(body, **path_params) if path_params else request.kwargs(body)
        if extra_body:
            kwargs["json"] = {**kwargs["json"], **extra_body}
        parse = self._parser(request.module)
        if request.signed and (request_nonce is not None or self._client.request_nonce is not None):
            nonce = resolve_nonce(request_nonce, self._client.request_nonce)
            headers = {**nonce_headers(nonce), **(headers or {})}
            parse = keeping_signature(parse, str(body.get("model", "")))
        return Operation(kwargs, parse, timeout=timeout, extra_headers=headers, bounds=bounds)
