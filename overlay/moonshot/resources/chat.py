"""``client.chat.completions``: chat completions, checked per model before sending."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from os import PathLike
from typing import TYPE_CHECKING, Any, TypeVar

import httpx2

from .._defaults import DEFAULT_MAX_CONCURRENCY, DEFAULT_MAX_RESUMES, DEFAULT_MAX_RETRIES
from .._http.base_client import AsyncBaseClient, Operation, SyncBaseClient
from .._http.config import TimeoutTypes
from .._http.limits import CallBounds, chat_bounds
from .._http.signatures import NonceSource
from .._openapi.chat_request import chat_request_body
from .._streams.options import check_stream_options
from ._agent_calls import AsyncAgentCompletions, SyncAgentCompletions
from ._resource import C, Resource

if TYPE_CHECKING:  # generated from the document: one overload of create() per request variant
    from moonshot_openapi.typed_calls import AsyncCreateChatCompletion, CreateChatCompletion

    from .._batch_lines.results import BatchResult
    from .._openapi.answers import ChatCompletionResponse
    from .._streams.chat_stream import AsyncChatCompletionStream, ChatCompletionStream
    from ..many_requests import Progress

T = TypeVar("T")


class _ChatOperations(Resource[C]):
    """The checked chat call, built as ``create`` builds it (also for the agent helpers)."""

    def chat_operation(
        self,
        model: str,
        messages: Iterable[Any],
        params: Mapping[str, Any],
        *,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = None,
        stream: bool = False,
        bounds: CallBounds | None = None,
        request_nonce: NonceSource = None,
    ) -> Operation[Any]:
        """Check the request for ``model`` and build the call; raises ValidationError."""
        return self._json_op(
            chat_request_body(),
            {"model": model, "messages": messages, **params},
            timeout=timeout,
            extra_body=extra_body,
            extra_headers=extra_headers,
            stream=stream,
            request_nonce=request_nonce,
            bounds=bounds,
        )


def _keeping_json(op: Operation[T]) -> tuple[Operation[T], dict[str, Any]]:
    """``op`` made to keep the decoded JSON it parses, and the dict it fills."""
    raw: dict[str, Any] = {}
    parse = op.parse

    def keep(response: httpx2.Response) -> T:
        raw["json"] = response.json()
        return parse(response)

    return dataclasses.replace(op, parse=keep), raw


class Completions(_ChatOperations[SyncBaseClient], SyncAgentCompletions):
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
        Partial Mode (n=1 and no tool calls only); see docs/streaming.md.

        ``max_response_bytes`` caps the body (for a stream, the completion it assembles),
        ``deadline`` bounds the whole call in seconds and ``idle_timeout`` the silence
        between two events of a stream; they override the client's (docs/errors.md).
        """
        check_stream_options(params, stream=stream, resume=resume, max_resumes=max_resumes)
        bounds = chat_bounds(stream, max_response_bytes, deadline, idle_timeout)
        op = self.chat_operation(
            model,
            messages,
            params,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            stream=stream,
            bounds=bounds,
            request_nonce=request_nonce,
        )
        if stream:  # the stream classes are imported by the first call that streams
            from .._streams.chat_stream import ChatCompletionStream

            return ChatCompletionStream(self._client, op, resume=resume, max_resumes=max_resumes)
        result: ChatCompletionResponse = self._client._request(op)
        return result

    def create_keeping_json(
        self, model: str, messages: Iterable[Any], params: Mapping[str, Any], **options: Any
    ) -> tuple[ChatCompletionResponse, dict[str, Any]]:
        """A (non-streamed) completion and the decoded JSON it was read from, for code
        that must send an assistant turn back exactly as received (``run_tools``).
        ``options``: ``extra_body``, ``extra_headers``, ``timeout``, as for ``create``."""
        op, raw = _keeping_json(self.chat_operation(model, messages, params, **options))
        completion: ChatCompletionResponse = self._client._request(op)
        return completion, raw["json"]

    if TYPE_CHECKING:
        create: CreateChatCompletion[ChatCompletionResponse, ChatCompletionStream, TimeoutTypes]
        """Create a chat completion (``POST /v1/chat/completions``), typed with one overload
        per request variant of the API document: ``model``, ``messages`` and the body fields
        of the variant ``model`` selects, checked before sending; ``stream``, ``resume``,
        ``max_resumes``, ``extra_body``, ``extra_headers``, ``timeout``,
        ``max_response_bytes``, ``deadline``, ``idle_timeout`` and ``request_nonce`` as
        described under ``_create`` (docs: chat.md, streaming.md)."""
    else:
        create = _create

    def create_many(
        self,
        requests: Iterable[Any],
        *,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        rpm: float | None = None,
        tpm: float | None = None,
        output: str | PathLike[str] | None = None,
        on_progress: Callable[[Progress], object] | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
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
        See docs/batches.md.
        """
        from ..many_requests._run import run_sync
        from ..many_requests._schedule import RunOptions

        options = RunOptions(max_concurrency, rpm, tpm, output, on_progress, max_retries, total)
        options.check()
        return self._client._telemetry.many(run_sync(self._client, requests, options))


class AsyncCompletions(_ChatOperations[AsyncBaseClient], AsyncAgentCompletions):
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
        op = self.chat_operation(
            model,
            messages,
            params,
            extra_body=extra_body,
            extra_headers=extra_headers,
            timeout=timeout,
            stream=stream,
            bounds=bounds,
            request_nonce=request_nonce,
        )
        if stream:  # the stream classes are imported by the first call that streams
            from .._streams.chat_stream import open_async_stream

            return await open_async_stream(self._client, op, resume=resume, max_resumes=max_resumes)
        result: ChatCompletionResponse = await self._client._request(op)
        return result

    async def create_keeping_json(
        self, model: str, messages: Iterable[Any], params: Mapping[str, Any], **options: Any
    ) -> tuple[ChatCompletionResponse, dict[str, Any]]:
        """A completion and the decoded JSON it was read from; see
        :meth:`Completions.create_keeping_json`."""
        op, raw = _keeping_json(self.chat_operation(model, messages, params, **options))
        completion: ChatCompletionResponse = await self._client._request(op)
        return completion, raw["json"]

    if TYPE_CHECKING:
        create: AsyncCreateChatCompletion[
            ChatCompletionResponse, AsyncChatCompletionStream, TimeoutTypes
        ]
        """Create a chat completion (``POST /v1/chat/completions``), typed with one overload
        per request variant of the API document: ``model``, ``messages`` and the body fields
        of the variant ``model`` selects, checked before sending; ``stream``, ``resume``,
        ``max_resumes``, ``extra_body``, ``extra_headers``, ``timeout``,
        ``max_response_bytes``, ``deadline``, ``idle_timeout`` and ``request_nonce`` as
        described under ``_create`` (docs: chat.md, streaming.md)."""
    else:
        create = _create

    def create_many(
        self,
        requests: Iterable[Any],
        *,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        rpm: float | None = None,
        tpm: float | None = None,
        output: str | PathLike[str] | None = None,
        on_progress: Callable[[Progress], object] | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        total: int | None = None,
    ) -> AsyncIterator[BatchResult]:
        """Send many chat requests under the account's rate limits: ``async for`` over
        the results as they come; see :meth:`Completions.create_many`."""
        from ..many_requests._run import run_async
        from ..many_requests._schedule import RunOptions

        options = RunOptions(max_concurrency, rpm, tpm, output, on_progress, max_retries, total)
        options.check()
        return self._client._telemetry.many(run_async(self._client, requests, options))


class Chat(Resource[SyncBaseClient]):
    def __init__(self, client: SyncBaseClient) -> None:
        super().__init__(client)
        # one resource, so its parser cache lasts
        self.completions: Completions = Completions(client)


class AsyncChat(Resource[AsyncBaseClient]):
    def __init__(self, client: AsyncBaseClient) -> None:
        super().__init__(client)
        self.completions: AsyncCompletions = AsyncCompletions(client)
