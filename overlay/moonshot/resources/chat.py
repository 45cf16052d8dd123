"""``client.chat.completions``: chat completions, checked per model before sending."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from os import PathLike
from typing import TYPE_CHECKING, Any

import httpx2

from .._defaults import DEFAULT_MAX_RESUMES
from .._http.base_client import AsyncBaseClient, Operation, SyncBaseClient
from .._http.config import TimeoutTypes
from .._http.limits import CallBounds, chat_bounds
from .._http.signatures import (
    NonceSource,
    nonce_headers,
    read_signature,
    record_signature,
    resolve_nonce,
)
from .._openapi.chat_request import build_chat_kwargs, prepare_chat_body
from .._streams.options import EVENT_STREAM_HEADERS, check_stream_options
from ._agent_calls import AsyncAgentCompletions, SyncAgentCompletions
from ._resource import Resource

if TYPE_CHECKING:  # generated from the document: one overload of create() per request variant
    from moonshot_openapi.typed_calls import AsyncCreateChatCompletion, CreateChatCompletion

    from .._batches.results import BatchResult
    from .._openapi.answers import ChatCompletionResponse
    from .._streams.chat_stream import AsyncChatCompletionStream, ChatCompletionStream
    from ..batching import Progress


_CHAT_MODULE = "chat.create_chat_completion"


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
    request_nonce: NonceSource = None,
) -> Operation[ChatCompletionResponse]:
    """Check the request for ``model`` and build the call; raises ValidationError."""
    body = prepare_chat_body(model, messages, params)
    kwargs = build_chat_kwargs(body)
    if extra_body:
        kwargs["json"] = {**kwargs["json"], **extra_body}
    parse = resource._parser(_CHAT_MODULE)
    if request_nonce is not None or resource._client.request_nonce is not None:
        nonce = resolve_nonce(request_nonce, resource._client.request_nonce)
        extra_headers = {**nonce_headers(nonce), **(extra_headers or {})}
        parse = _keeping_signature(parse, model)
    return Operation(kwargs, parse, timeout=timeout, extra_headers=extra_headers, bounds=bounds)


def _keeping_signature(
    parse: Callable[[httpx2.Response], ChatCompletionResponse], model: str
) -> Callable[[httpx2.Response], ChatCompletionResponse]:
    def parse_and_keep(response: httpx2.Response) -> ChatCompletionResponse:
        result = parse(response)
        record_signature(result, read_signature(response, model))
        return result

    return parse_and_keep


def _stream_params(
    params: dict[str, Any], extra_headers: Mapping[str, str] | None
) -> tuple[dict[str, Any], dict[str, str]]:
    return {**params, "stream": True}, {**EVENT_STREAM_HEADERS, **(extra_headers or {})}


class _ChatOperations:
    """What the agent helpers call back for: the checked chat call, built as ``create`` does."""

    def _chat_operation(
        self, model: str, messages: Iterable[Any], params: Mapping[str, Any], **options: Any
    ) -> Operation[ChatCompletionResponse]:
        return chat_operation(self, model, messages, params, **options)  # type: ignore[arg-type]


class Completions(_ChatOperations, SyncAgentCompletions, Resource[SyncBaseClient]):
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
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
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
            request_nonce=request_nonce,
        )
        if stream:  # the stream classes are imported by the first call that streams
            from .._streams.chat_stream import ChatCompletionStream

            return ChatCompletionStream(self._client, op, resume=resume, max_resumes=max_resumes)
        result: ChatCompletionResponse = self._client._request(op)
        return result

    if TYPE_CHECKING:
        create: CreateChatCompletion[ChatCompletionResponse, ChatCompletionStream, TimeoutTypes]
    else:
        create = _create

    def create_many(
        self,
        requests: Iterable[Any],
        *,
        max_concurrency: int = 8,
        rpm: float | None = None,
        tpm: float | None = None,
        output: str | PathLike[str] | None = None,
        on_progress: Callable[[Progress], object] | None = None,
        max_retries: int = 2,
        total: int | None = None,
    ) -> Iterator[BatchResult]:
        """Send many chat requests under the account's rate limits; results as they come.

        ``requests``: what ``batches.create_from_requests`` takes (chat bodies, or
        ``{"custom_id", "body"}``), any iterable, read lazily; each is checked before it is
        sent and a bad one becomes a failed result naming its index. At most
        ``max_concurrency`` in flight (lowered after 429s, climbing back), under ``rpm``
        and ``tpm`` when given. ``output``: a JSONL file the results are appended to;
        rerunning with it skips every ``custom_id`` already there. An exhausted quota
        stops the run: ``QuotaExceededError`` is raised after the results in flight.
        See the README section "Many requests under rate limits".
        """
        from ..batching._run import run_sync
        from ..batching._schedule import RunOptions

        options = RunOptions(max_concurrency, rpm, tpm, output, on_progress, max_retries, total)
        options.check()
        return run_sync(self._client, requests, options)


class AsyncCompletions(_ChatOperations, AsyncAgentCompletions, Resource[AsyncBaseClient]):
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
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: NonceSource = None,
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
            request_nonce=request_nonce,
        )
        if stream:  # the stream classes are imported by the first call that streams
            from .._streams.chat_stream import open_async_stream

            return await open_async_stream(self._client, op, resume=resume, max_resumes=max_resumes)
        result: ChatCompletionResponse = await self._client._request(op)
        return result

    if TYPE_CHECKING:
        create: AsyncCreateChatCompletion[
            ChatCompletionResponse, AsyncChatCompletionStream, TimeoutTypes
        ]
    else:
        create = _create

    def create_many(
        self,
        requests: Iterable[Any],
        *,
        max_concurrency: int = 8,
        rpm: float | None = None,
        tpm: float | None = None,
        output: str | PathLike[str] | None = None,
        on_progress: Callable[[Progress], object] | None = None,
        max_retries: int = 2,
        total: int | None = None,
    ) -> AsyncIterator[BatchResult]:
        """Send many chat requests under the account's rate limits: ``async for`` over
        the results as they come; see :meth:`Completions.create_many`."""
        from ..batching._run import run_async
        from ..batching._schedule import RunOptions

        options = RunOptions(max_concurrency, rpm, tpm, output, on_progress, max_retries, total)
        options.check()
        return run_async(self._client, requests, options)


class Chat(Resource[SyncBaseClient]):
    def __init__(self, client: SyncBaseClient) -> None:
        super().__init__(client)
        # one resource, so its parser cache lasts
        self.completions: Completions = Completions(client)


class AsyncChat(Resource[AsyncBaseClient]):
    def __init__(self, client: AsyncBaseClient) -> None:
        super().__init__(client)
        self.completions: AsyncCompletions = AsyncCompletions(client)
