"""``client.chat.completions``: chat completions, checked per model before sending."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

from .._base_client import AsyncBaseClient, Operation, SyncBaseClient
from .._chat_request import build_chat_kwargs, prepare_chat_body
from .._config import TimeoutTypes
from .._signatures import (
    NonceSource,
    nonce_headers,
    read_signature,
    record_signature,
    resolve_nonce,
)
from .._streaming import (
    DEFAULT_MAX_RESUMES,
    EVENT_STREAM_HEADERS,
    AsyncChatCompletionStream,
    ChatCompletionStream,
    check_stream_options,
    open_async_stream,
)
from ._resource import Resource

if TYPE_CHECKING:
    from moonshot_openapi.models import ChatCompletionResponse


def chat_operation(
    resource: Resource[Any],
    model: str,
    messages: Iterable[Any],
    params: Mapping[str, Any],
    *,
    extra_body: Mapping[str, Any] | None,
    extra_headers: Mapping[str, str] | None,
    timeout: TimeoutTypes,
    request_nonce: NonceSource = None,
) -> Operation[ChatCompletionResponse]:
    """Check the request for ``model`` and build the call; raises ValidationError."""
    body, _variant = prepare_chat_body(model, messages, params)
    kwargs = build_chat_kwargs(body)
    if extra_body:
        kwargs["json"] = {**kwargs["json"], **extra_body}
    parse = resource._parser("chat.create_chat_completion")
    nonce = resolve_nonce(request_nonce, resource._client.request_nonce)
    if nonce is not None:
        extra_headers = {**nonce_headers(nonce), **(extra_headers or {})}
        parse = _keeping_signature(parse, model)
    return Operation(kwargs, parse, timeout=timeout, extra_headers=extra_headers)


def _keeping_signature(
    parse: Callable[[httpx.Response], ChatCompletionResponse], model: str
) -> Callable[[httpx.Response], ChatCompletionResponse]:
    def parse_and_keep(response: httpx.Response) -> ChatCompletionResponse:
        result = parse(response)
        record_signature(result, read_signature(response, model))
        return result

    return parse_and_keep


def _stream_params(
    params: dict[str, Any], extra_headers: Mapping[str, str] | None
) -> tuple[dict[str, Any], dict[str, str]]:
    return {**params, "stream": True}, {**EVENT_STREAM_HEADERS, **(extra_headers or {})}


class Completions(Resource[SyncBaseClient]):
    @overload
    def create(
        self,
        *,
        model: str,
        messages: Iterable[Any],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        request_nonce: NonceSource = None,
        **params: Any,
    ) -> ChatCompletionResponse: ...

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Iterable[Any],
        stream: Literal[True],
        resume: bool = False,
        max_resumes: int = DEFAULT_MAX_RESUMES,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        request_nonce: NonceSource = None,
        **params: Any,
    ) -> ChatCompletionStream: ...

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Iterable[Any],
        stream: bool,
        resume: bool = False,
        max_resumes: int = DEFAULT_MAX_RESUMES,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        request_nonce: NonceSource = None,
        **params: Any,
    ) -> ChatCompletionResponse | ChatCompletionStream: ...

    def create(
        self,
        *,
        model: str,
        messages: Iterable[Any],
        stream: bool = False,
        resume: bool = False,
        max_resumes: int = DEFAULT_MAX_RESUMES,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        request_nonce: NonceSource = None,
        **params: Any,
    ) -> ChatCompletionResponse | ChatCompletionStream:
        """Create a chat completion (``POST /v1/chat/completions``).

        ``params`` are the body fields of the request variant ``model`` selects
        (``temperature``, ``thinking``, ``tools``...). They are checked against the API
        document before sending; only what is passed is sent. ``extra_body`` is merged
        into the JSON unchecked, for fields newer than the document.

        ``request_nonce`` (else the client's) is sent in the nonce header; the answer's
        signature is then read with ``moonshot.signature_of(result)`` (or the stream's
        ``request_signature``) and checked with ``client.signatures.verify``.

        ``stream=True`` returns a :class:`~moonshot.ChatCompletionStream` of typed chunks
        once the server has answered 200 (an error status raises as without streaming).
        ``resume=True`` continues a stream that breaks, up to ``max_resumes`` times, with
        Partial Mode (n=1 and no tool calls only); see the README section "Streaming".
        """
        check_stream_options(params, stream=stream, resume=resume, max_resumes=max_resumes)
        if stream:
            params, extra_headers = _stream_params(params, extra_headers)
        op = chat_operation(
            self,
            model,
            messages,
            params,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            request_nonce=request_nonce,
        )
        if stream:
            return ChatCompletionStream(self._client, op, resume=resume, max_resumes=max_resumes)
        result: ChatCompletionResponse = self._client._request(op)
        return result


class AsyncCompletions(Resource[AsyncBaseClient]):
    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Iterable[Any],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        request_nonce: NonceSource = None,
        **params: Any,
    ) -> ChatCompletionResponse: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Iterable[Any],
        stream: Literal[True],
        resume: bool = False,
        max_resumes: int = DEFAULT_MAX_RESUMES,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        request_nonce: NonceSource = None,
        **params: Any,
    ) -> AsyncChatCompletionStream: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Iterable[Any],
        stream: bool,
        resume: bool = False,
        max_resumes: int = DEFAULT_MAX_RESUMES,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        request_nonce: NonceSource = None,
        **params: Any,
    ) -> ChatCompletionResponse | AsyncChatCompletionStream: ...

    async def create(
        self,
        *,
        model: str,
        messages: Iterable[Any],
        stream: bool = False,
        resume: bool = False,
        max_resumes: int = DEFAULT_MAX_RESUMES,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        request_nonce: NonceSource = None,
        **params: Any,
    ) -> ChatCompletionResponse | AsyncChatCompletionStream:
        """Create a chat completion; see :meth:`Completions.create`.

        ``stream=True`` returns an :class:`~moonshot.AsyncChatCompletionStream`.
        """
        check_stream_options(params, stream=stream, resume=resume, max_resumes=max_resumes)
        if stream:
            params, extra_headers = _stream_params(params, extra_headers)
        op = chat_operation(
            self,
            model,
            messages,
            params,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            request_nonce=request_nonce,
        )
        if stream:
            return await open_async_stream(self._client, op, resume=resume, max_resumes=max_resumes)
        result: ChatCompletionResponse = await self._client._request(op)
        return result


class Chat(Resource[SyncBaseClient]):
    @property
    def completions(self) -> Completions:
        return Completions(self._client)


class AsyncChat(Resource[AsyncBaseClient]):
    @property
    def completions(self) -> AsyncCompletions:
        return AsyncCompletions(self._client)
