"""``client.chat.completions``: chat completions, checked per model before sending."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from moonshot_openapi.api.chat import create_chat_completion
from moonshot_openapi.models import ChatCompletionResponse

from .._base_client import AsyncBaseClient, Operation, SyncBaseClient, parser_for
from .._chat_request import build_chat_kwargs, prepare_chat_body
from .._config import TimeoutTypes
from ._resource import Resource


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
    body, variant = prepare_chat_body(model, messages, params)
    kwargs = build_chat_kwargs(body, variant)
    if extra_body:
        kwargs["json"] = {**kwargs["json"], **extra_body}
    return Operation(
        kwargs,
        parser_for(create_chat_completion, lambda: resource._client.raw),
        timeout=timeout,
        extra_headers=extra_headers,
    )


class Completions(Resource[SyncBaseClient]):
    def create(
        self,
        *,
        model: str,
        messages: Iterable[Any],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        **params: Any,
    ) -> ChatCompletionResponse:
        """Create a chat completion (``POST /v1/chat/completions``).

        ``params`` are the body fields of the request variant ``model`` selects
        (``temperature``, ``thinking``, ``tools``...). They are checked against the API
        document before sending; only what is passed is sent. ``extra_body`` is merged
        into the JSON unchecked, for fields newer than the document.
        """
        op = chat_operation(
            self,
            model,
            messages,
            params,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
        )
        result: ChatCompletionResponse = self._client._request(op)
        return result


class AsyncCompletions(Resource[AsyncBaseClient]):
    async def create(
        self,
        *,
        model: str,
        messages: Iterable[Any],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        **params: Any,
    ) -> ChatCompletionResponse:
        """Create a chat completion; see :meth:`Completions.create`."""
        op = chat_operation(
            self,
            model,
            messages,
            params,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
        )
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
