"""``client.chat.completions``: chat completions, checked per model before sending."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .._base_client import AsyncBaseClient, Operation, SyncBaseClient
from .._chat_request import build_chat_kwargs, prepare_chat_body
from .._config import TimeoutTypes
from .._streaming import (
    DEFAULT_MAX_RESUMES,
    EVENT_STREAM_HEADERS,
    AsyncChatCompletionStream,
    ChatCompletionStream,
    check_stream_options,
    open_async_stream,
)
from ._resource import Resource

if TYPE_CHECKING:  # generated from the document: one overload of create() per request variant
    from moonshot_openapi.typed_calls import AsyncCreateChatCompletion, CreateChatCompletion
    from moonshot_openapi.typed_responses import ChatCompletionResponse


def chat_operation(
    resource: Resource[Any],
    model: str,
    messages: Iterable[Any],
    params: Mapping[str, Any],
    *,
    extra_body: Mapping[str, Any] | None,
    extra_headers: Mapping[str, str] | None,
    timeout: TimeoutTypes,
) -> Operation[ChatCompletionResponse]:
    """Check the request for ``model`` and build the call; raises ValidationError."""
    body, _variant = prepare_chat_body(model, messages, params)
    kwargs = build_chat_kwargs(body)
    if extra_body:
        kwargs["json"] = {**kwargs["json"], **extra_body}
    parse = resource._parser("chat.create_chat_completion")
    return Operation(kwargs, parse, timeout=timeout, extra_headers=extra_headers)


def _stream_params(
    params: dict[str, Any], extra_headers: Mapping[str, str] | None
) -> tuple[dict[str, Any], dict[str, str]]:
    return {**params, "stream": True}, {**EVENT_STREAM_HEADERS, **(extra_headers or {})}


class Completions(Resource[SyncBaseClient]):
    def _create(
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
        )
        if stream:
            return ChatCompletionStream(self._client, op, resume=resume, max_resumes=max_resumes)
        result: ChatCompletionResponse = self._client._request(op)
        return result

    if TYPE_CHECKING:
        create: CreateChatCompletion[ChatCompletionResponse, ChatCompletionStream, TimeoutTypes]
    else:
        create = _create


class AsyncCompletions(Resource[AsyncBaseClient]):
    async def _create(
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
        )
        if stream:
            return await open_async_stream(self._client, op, resume=resume, max_resumes=max_resumes)
        result: ChatCompletionResponse = await self._client._request(op)
        return result

    if TYPE_CHECKING:
        create: AsyncCreateChatCompletion[
            ChatCompletionResponse, AsyncChatCompletionStream, TimeoutTypes
        ]
    else:
        create = _create


class Chat(Resource[SyncBaseClient]):
    @property
    def completions(self) -> Completions:
        return Completions(self._client)


class AsyncChat(Resource[AsyncBaseClient]):
    @property
    def completions(self) -> AsyncCompletions:
        return AsyncCompletions(self._client)
