"""``client.chat.completions``: chat completions, checked per model before sending."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, overload

from .._base_client import AsyncBaseClient, Operation, SyncBaseClient
from .._chat_request import build_chat_kwargs, prepare_chat_body
from .._config import TimeoutTypes
from .._limits import CallBounds, chat_bounds
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
    bounds: CallBounds | None = None,
) -> Operation[ChatCompletionResponse]:
    """Check the request for ``model`` and build the call; raises ValidationError."""
    body, _variant = prepare_chat_body(model, messages, params)
    kwargs = build_chat_kwargs(body)
    if extra_body:
        kwargs["json"] = {**kwargs["json"], **extra_body}
    parse = resource._parser("chat.create_chat_completion")
    return Operation(kwargs, parse, timeout=timeout, extra_headers=extra_headers, bounds=bounds)


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
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
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
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
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
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
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
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        **params: Any,
    ) -> ChatCompletionResponse | ChatCompletionStream:
        """Create a chat completion (``POST /v1/chat/completions``).

        ``params`` are the body fields of the request variant ``model`` selects
        (``temperature``, ``thinking``, ``tools``...). They are checked against the API
        document before sending; only what is passed is sent. ``extra_body`` is merged
        into the JSON unchecked, for fields newer than the document.

        ``stream=True`` returns a :class:`~moonshot.ChatCompletionStream` of typed chunks
        once the server has answered 200 (an error status raises as without streaming).
        ``resume=True`` continues a stream that breaks, up to ``max_resumes`` times, with
        Partial Mode (n=1 and no tool calls only); see the README section "Streaming".

        ``max_response_bytes`` caps the body (for a stream, the completion it assembles),
        ``deadline`` bounds the whole call in seconds and ``idle_timeout`` the silence
        between two events of a stream; they override the client's (README "Limits").
        """
        check_stream_options(params, stream=stream, resume=resume, max_resumes=max_resumes)
        bounds = chat_bounds(stream, max_response_bytes, deadline, idle_timeout)
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
            bounds=bounds,
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
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
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
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
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
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
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
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        **params: Any,
    ) -> ChatCompletionResponse | AsyncChatCompletionStream:
        """Create a chat completion; see :meth:`Completions.create`.

        ``stream=True`` returns an :class:`~moonshot.AsyncChatCompletionStream`.
        """
        check_stream_options(params, stream=stream, resume=resume, max_resumes=max_resumes)
        bounds = chat_bounds(stream, max_response_bytes, deadline, idle_timeout)
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
            bounds=bounds,
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
