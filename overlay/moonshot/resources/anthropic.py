"""``client.anthropic.messages``: the Anthropic-compatible Messages API
(``POST /anthropic/v1/messages``), checked before sending."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, overload

from .._http.base_client import AsyncBaseClient, SyncBaseClient
from .._http.config import TimeoutTypes
from .._http.signatures import NonceSource
from .._openapi.request_body import plain_items
from .._streams.messages_stream import (
    AsyncMessageStream,
    MessageAssembler,
    MessageStream,
    parse_message_event,
)
from ._model_call import CallOptions, ModelEndpoint, create_async, create_sync
from ._resource import Resource

if TYPE_CHECKING:
    from .._openapi.answers import MessagesResponse

__all__ = ["Anthropic", "AsyncAnthropic", "AsyncMessages", "Messages"]

PATH = "/anthropic/v1/messages"
MODULE = "messages.messages_api"
_WHAT = "messages"


_ENDPOINT = ModelEndpoint(
    PATH, MODULE, _WHAT, MessageStream, AsyncMessageStream, MessageAssembler, parse_message_event
)


class Messages(Resource[SyncBaseClient]):
    @overload
    def create(
        self,
        *,
        model: str,
        max_tokens: int,
        messages: Iterable[Any],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        request_nonce: NonceSource = None,
        **params: Any,
    ) -> MessagesResponse: ...

    @overload
    def create(
        self,
        *,
        model: str,
        max_tokens: int,
        messages: Iterable[Any],
        stream: Literal[True],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        request_nonce: NonceSource = None,
        **params: Any,
    ) -> MessageStream: ...

    def create(
        self,
        *,
        model: str,
        max_tokens: int,
        messages: Iterable[Any],
        stream: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        request_nonce: NonceSource = None,
        **params: Any,
    ) -> MessagesResponse | MessageStream:
        """Create a message (``POST /anthropic/v1/messages``).

        ``params`` are the other fields of ``MessagesRequest`` in the API document
        (``system``, ``tools``, ``tool_choice``, ``stop_sequences``...), checked against
        it before sending. ``stream=True`` returns a :class:`MessageStream` of typed
        events once the server has answered 200.
        """
        result: MessagesResponse | MessageStream = create_sync(
            self,
            _ENDPOINT,
            {"model": model, "max_tokens": max_tokens, "messages": plain_items(messages), **params},
            CallOptions(stream, extra_body, extra_headers, timeout, request_nonce),
        )
        return result


class AsyncMessages(Resource[AsyncBaseClient]):
    @overload
    async def create(
        self,
        *,
        model: str,
        max_tokens: int,
        messages: Iterable[Any],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        request_nonce: NonceSource = None,
        **params: Any,
    ) -> MessagesResponse: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        max_tokens: int,
        messages: Iterable[Any],
        stream: Literal[True],
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        request_nonce: NonceSource = None,
        **params: Any,
    ) -> AsyncMessageStream: ...

    async def create(
        self,
        *,
        model: str,
        max_tokens: int,
        messages: Iterable[Any],
        stream: bool = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        request_nonce: NonceSource = None,
        **params: Any,
    ) -> MessagesResponse | AsyncMessageStream:
        """Create a message; see :meth:`Messages.create`."""
        result: MessagesResponse | AsyncMessageStream = await create_async(
            self,
            _ENDPOINT,
            {"model": model, "max_tokens": max_tokens, "messages": plain_items(messages), **params},
            CallOptions(stream, extra_body, extra_headers, timeout, request_nonce),
        )
        return result


class Anthropic(Resource[SyncBaseClient]):
    """The Anthropic-compatible endpoints."""

    @property
    def messages(self) -> Messages:
        return Messages(self._client)


class AsyncAnthropic(Resource[AsyncBaseClient]):
    """The Anthropic-compatible endpoints."""

    @property
    def messages(self) -> AsyncMessages:
        return AsyncMessages(self._client)
