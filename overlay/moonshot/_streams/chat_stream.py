"""Streamed chat completions: ``create(..., stream=True)`` on the sync and async clients.

A stream yields typed :class:`~moonshot.ChatCompletionChunk` objects as the server sends
them and assembles the completion along the way (:meth:`current_completion`,
:meth:`get_final_completion`). It is complete when ``data: [DONE]`` arrives, or when the
body ends after every choice got a ``finish_reason``. Anything short of that raises
:class:`~moonshot.StreamInterruptedError` carrying ``.partial``; an error event raises
:class:`~moonshot.APIStreamError`. Retries happen only before the first byte (in the
transport); after that, only the opt-in ``resume`` re-sends anything.

Resume (``resume=True``, at most ``max_resumes`` times per stream) uses Moonshot's Partial
Mode: the request is sent again with the text received so far appended as an assistant
message with ``partial: true``; the server continues that text without repeating it,
and the stream goes on yielding chunks, so the caller sees one completion. Limits:

* ``n`` must be 1, and a stream that was calling tools is not resumed.
* A break before any content is re-sent as is (if no reasoning was received either);
  a break after reasoning but before content cannot be resumed.
* ``Message.partial`` is in the request schema every model shares, so every model
  accepts the request; the continuation's quality is the model's.
* The continuation is a new request: its chunks carry their own ``id``, a thinking
  model may send fresh ``reasoning_content`` (appended), and the assembled usage is
  that of the last request, not of the attempts that broke.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, Generator, Iterator
from typing import TYPE_CHECKING, Any

from .._defaults import DEFAULT_MAX_RESUMES
from .._http.base_client import AsyncBaseClient, Operation, SyncBaseClient
from .._http.signatures import record_signature
from .assembly import CompletionAccumulator
from .chunks import ChatCompletionChunk
from .core import DONE, AsyncClosing, StreamCore, StreamResponse, SyncClosing
from .options import EVENT_STREAM_HEADERS, check_stream_options
from .sse import ServerSentEvent

if TYPE_CHECKING:  # the typed view of the generated model (what callers read)
    from .._openapi.answers import ChatCompletionResponse

__all__ = [
    "EVENT_STREAM_HEADERS",
    "AsyncChatCompletionStream",
    "ChatCompletionStream",
    "ChatCore",
    "check_stream_options",
]

_raw_decode = json.JSONDecoder().raw_decode


class ChatCore(StreamCore):
    """The stream core with chat's decoder (chunks, ``[DONE]``), its assembler (the
    completion) and its end-of-body rule (complete, resumed, or interrupted)."""

    unit = "chunks"

    def __init__(
        self,
        client: SyncBaseClient | AsyncBaseClient | None,
        op: Operation[Any] | None,
        *,
        resume: bool = False,
        max_resumes: int = 0,
    ) -> None:
        super().__init__(client, op)
        self.accumulator = CompletionAccumulator()
        self.resume = resume
        self.resumes_left = max_resumes if resume else 0

    def feed(self, data: bytes) -> Iterator[ChatCompletionChunk]:
        """The chunks completed by ``data``, up to ``[DONE]`` or an error (kept in ``error``).

        Made one at a time as they are read (read to the end before the next call), and
        added to the completion as each is handed out, so the snapshot always matches what
        the caller has seen.
        """
        if self.done or self.error is not None:
            return
        raw_decode = _raw_decode
        add = self.accumulator.add
        for item in self.decoder.datas(data):
            if type(item) is str:
                text = item
            else:  # a named event
                assert isinstance(item, ServerSentEvent)
                text = item.data
                if item.event == "error" and text:
                    self.error = self.error_event(text)
                    return
            if not text:
                continue
            if text == DONE:
                self.done = True
                return
            try:
                payload, end = raw_decode(text)
                if end != len(text):  # trailing whitespace, or more than one value
                    payload = json.loads(text)
            except ValueError:
                try:
                    payload = json.loads(text)  # leading whitespace; or says what is wrong
                except ValueError as error:
                    self.error = self.unreadable(f"an event is not JSON: {error}")
                    return
            if type(payload) is not dict:
                self.error = self.unreadable(f"an event is not a JSON object: {text[:200]!r}")
                return
            # ``in`` first: cheaper than ``get`` for the chunks, which have no such key.
            if "error" in payload and payload["error"]:  # noqa: RUF019
                self.error = self.error_event(payload)
                return
            yield add(payload)  # the chunk, folded in as it is handed out

    def result(self) -> Any:
        """The completion assembled so far."""
        return self.accumulator.completion()

    def held(self) -> int:
        return self.accumulator.held()

    def count(self) -> int:
        return self.accumulator.chunks

    def next_body(self, failure: BaseException | None) -> dict[str, Any] | None:
        """After a body ended: None when the stream is complete, else the request body that
        resumes it. Raises StreamInterruptedError when it is broken and cannot resume."""
        if self.done or (failure is None and self.accumulator.all_finished()):
            self.complete = True
            return None
        if failure is None:
            reason = "the body ended without [DONE] while a choice had no finish_reason"
        else:
            reason = f"the connection broke ({type(failure).__name__}: {failure})"
        body, why_not = self._resume_body()
        if body is None:
            raise self.interrupted(reason + (f"; not resumed: {why_not}" if why_not else ""))
        self.resumes_left -= 1
        self.restart()
        return body

    def _resume_body(self) -> tuple[dict[str, Any] | None, str]:
        if not self.resume:
            return None, ""
        if self.resumes_left <= 0:
            return None, f"max_resumes ({self.resumes}) used up"
        accumulator = self.accumulator
        if accumulator.has_tool_calls():
            return None, "a stream calling tools cannot be resumed"
        if accumulator.choice_count > 1:
            return None, "only n=1 streams can be resumed"
        text = accumulator.text(0)
        if not text:
            if accumulator.has_reasoning(0):
                return None, "only reasoning_content was received, no content to continue"
            return dict(self.body), ""
        messages = list(self.body.get("messages") or [])
        last = messages[-1] if messages else None
        if (
            isinstance(last, dict)
            and last.get("role") == "assistant"
            and last.get("partial")
            and isinstance(last.get("content"), str)
        ):
            messages[-1] = {**last, "content": last["content"] + text}
        else:
            messages.append({"role": "assistant", "content": text, "partial": True})
        return {**self.body, "messages": messages}, ""


class _StreamBase(StreamResponse):
    _core: ChatCore

    @staticmethod
    def _text_of(item: Any, /) -> str | None:
        """The content piece of the first choice (``text_deltas`` yields these)."""
        for choice in item.choices:
            content = choice.delta.content
            if choice.index == 0 and type(content) is str:
                return content
        return None

    @property
    def resumes(self) -> int:
        """How many times this stream was resumed."""
        return self._core.resumes

    def current_completion(self) -> ChatCompletionResponse:
        """The completion assembled from the chunks received so far."""
        completion = self._core.accumulator.completion()
        record_signature(completion, self.request_signature)
        self._answered(completion)
        return completion

    def current_json(self) -> dict[str, Any]:
        """The completion assembled so far as plain JSON, the shape of a whole answer
        (fields the document does not name kept): for sending a turn back as received."""
        return self._core.accumulator.to_dict()


class ChatCompletionStream(SyncClosing[ChatCompletionChunk], _StreamBase):
    """A streamed chat completion: iterate it for :class:`ChatCompletionChunk` objects.

    Use it in a ``with`` block (or call :meth:`close`) so that leaving early releases
    the connection. See the module docs of ``moonshot._streams.chat_stream`` for resume.
    """

    _chunks: Generator[ChatCompletionChunk, None, None]
    _core: ChatCore

    def __init__(
        self,
        client: SyncBaseClient,
        op: Operation[Any],
        *,
        resume: bool = False,
        max_resumes: int = DEFAULT_MAX_RESUMES,
    ) -> None:
        self._core = ChatCore(client, op, resume=resume, max_resumes=max_resumes)
        self._open(client, op)

    def get_final_completion(self) -> ChatCompletionResponse:
        """Read the rest of the stream; the completion assembled from all its chunks."""
        self._read_to_end()
        return self.current_completion()


class AsyncChatCompletionStream(AsyncClosing[ChatCompletionChunk], _StreamBase):
    """The async twin of :class:`ChatCompletionStream`: ``async for``, ``async with``."""

    _chunks: AsyncGenerator[ChatCompletionChunk, None]
    _core: ChatCore

    def __init__(
        self,
        client: AsyncBaseClient,
        op: Operation[Any],
        *,
        resume: bool = False,
        max_resumes: int = DEFAULT_MAX_RESUMES,
    ) -> None:
        self._prepare(client, op, ChatCore(client, op, resume=resume, max_resumes=max_resumes))

    async def get_final_completion(self) -> ChatCompletionResponse:
        """Read the rest of the stream; the completion assembled from all its chunks."""
        await self._read_to_end()
        return self.current_completion()


async def open_async_stream(
    client: AsyncBaseClient, op: Operation[Any], *, resume: bool, max_resumes: int
) -> AsyncChatCompletionStream:
    """Send the request and return the stream once the status line is known to be 2xx."""
    return await AsyncChatCompletionStream(
        client, op, resume=resume, max_resumes=max_resumes
    )._start()
