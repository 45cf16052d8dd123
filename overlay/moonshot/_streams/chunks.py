"""``chat.completion.chunk``: the typed pieces of a streamed chat completion.

The API document has no schema for stream chunks, so these few classes live here. A
stream carries thousands of chunks, so they are read-only typed views over the decoded
JSON of each event: plain ``__slots__`` classes, no validation, nested objects built
only when first read. Like the generated models, every level keeps the fields it does
not name (``additional_properties``) and gives everything back from ``to_dict()``.
Usage objects are the generated ``ChatCompletionUsage``, typed by its view.

A value of another type than the one named is returned as received (a view never
converts or raises); an object where a list belongs, or the reverse, reads as absent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._openapi.views import _View, extra_fields

if TYPE_CHECKING:  # the typed view of the generated usage model (what callers read)
    from moonshot_openapi.typed_responses import ChatCompletionResponseUsage as ChatCompletionUsage

    from .._openapi.logprobs import ChatCompletionLogprobs


__all__ = [
    "CHOICE_KEYS",
    "CHUNK_KEYS",
    "DELTA_KEYS",
    "FUNCTION_KEYS",
    "TOOL_CALL_KEYS",
    "ChatCompletionChunk",
    "ChoiceDelta",
    "ChoiceDeltaToolCall",
    "ChoiceDeltaToolCallFunction",
    "ChunkChoice",
    "chunk_from_dict",
    "extra_fields",
]

# The fields each class names; anything else is an additional property.
FUNCTION_KEYS = frozenset(("name", "arguments"))
TOOL_CALL_KEYS = frozenset(("index", "id", "type", "function"))
DELTA_KEYS = frozenset(("role", "content", "reasoning_content", "tool_calls", "logprobs"))
CHOICE_KEYS = frozenset(("index", "delta", "finish_reason", "usage", "logprobs"))
CHUNK_KEYS = frozenset(("id", "object", "created", "model", "choices", "usage"))

_new = object.__new__
_UNREAD: Any = object()


def _usage(data: Any) -> ChatCompletionUsage | None:
    if not isinstance(data, dict) or not data:
        return None
    from .._openapi import generated
    from .tolerance import read

    return cast("ChatCompletionUsage", read(generated.ChatCompletionUsage, data, "usage"))


class ChoiceDeltaToolCallFunction(_View):
    """The function part of a tool-call delta: ``name`` once, ``arguments`` in pieces."""

    __slots__ = ()
    _known = FUNCTION_KEYS

    @property
    def name(self) -> str | None:
        value: str | None = self._data.get("name")
        return value

    @property
    def arguments(self) -> str | None:
        value: str | None = self._data.get("arguments")
        return value


class ChoiceDeltaToolCall(_View):
    """A piece of one tool call; ``index`` says which call of the message it extends."""

    __slots__ = ("_function",)
    _known = TOOL_CALL_KEYS

    def _reset(self) -> None:
        self._function: ChoiceDeltaToolCallFunction | None = _UNREAD

    @property
    def index(self) -> int | None:
        value: int | None = self._data.get("index")
        return value

    @property
    def id(self) -> str | None:
        value: str | None = self._data.get("id")
        return value

    @property
    def type(self) -> str | None:
        value: str | None = self._data.get("type")
        return value

    @property
    def function(self) -> ChoiceDeltaToolCallFunction | None:
        if self._function is _UNREAD:
            data = self._data.get("function")
            self._function = ChoiceDeltaToolCallFunction(data) if type(data) is dict else None
        return self._function


class ChoiceDelta(_View):
    """What one chunk adds to a choice's message."""

    __slots__ = ("_tool_calls",)
    _known = DELTA_KEYS

    def _reset(self) -> None:
        self._tool_calls: list[ChoiceDeltaToolCall] | None = _UNREAD

    @property
    def role(self) -> str | None:
        value: str | None = self._data.get("role")
        return value

    @property
    def content(self) -> str | None:
        value: str | None = self._data.get("content")
        return value

    @property
    def reasoning_content(self) -> str | None:
        value: str | None = self._data.get("reasoning_content")
        return value

    @property
    def logprobs(self) -> ChatCompletionLogprobs | None:
        """The log probabilities of this piece's tokens (with ``logprobs=True``)."""
        from .._openapi.logprobs import logprobs_from

        return logprobs_from(self._data.get("logprobs"))

    @property
    def tool_calls(self) -> list[ChoiceDeltaToolCall] | None:
        if self._tool_calls is _UNREAD:
            calls = self._data.get("tool_calls")
            self._tool_calls = (
                [ChoiceDeltaToolCall(c) for c in calls if type(c) is dict]
                if type(calls) is list
                else None
            )
        return self._tool_calls


_EMPTY_DELTA: dict[str, Any] = {}


class ChunkChoice(_View):
    """One choice in a chunk: its delta, and ``finish_reason`` (and usage) on its last chunk."""

    __slots__ = ("_delta",)
    _known = CHOICE_KEYS

    def _reset(self) -> None:
        self._delta: ChoiceDelta | None = None

    @property
    def index(self) -> int:
        value: int = self._data.get("index", 0)
        return value

    @property
    def delta(self) -> ChoiceDelta:
        delta = self._delta
        if delta is None:
            data = self._data.get("delta")
            delta = self._delta = _new(ChoiceDelta)
            delta._data = data if type(data) is dict else {}
            delta._tool_calls = _UNREAD
        return delta

    @property
    def finish_reason(self) -> str | None:
        """``stop``, ``length``, ``tool_calls``, ``content_filter``... on the last chunk."""
        value: str | None = self._data.get("finish_reason")
        return value

    @property
    def logprobs(self) -> ChatCompletionLogprobs | None:
        """Log probabilities, when the server puts them on the choice."""
        from .._openapi.logprobs import logprobs_from

        return logprobs_from(self._data.get("logprobs"))

    @property
    def usage(self) -> ChatCompletionUsage | None:
        """Usage, when the server puts it in the choice of the last chunk."""
        return _usage(self._data.get("usage"))


class ChatCompletionChunk(_View):
    """One ``chat.completion.chunk`` event of a streamed chat completion.

    ``choices`` is empty on the final usage chunk sent with
    ``stream_options={"include_usage": True}``; that chunk carries ``usage``.
    """

    __slots__ = ("_choices",)
    _known = CHUNK_KEYS

    def _reset(self) -> None:
        self._choices: list[ChunkChoice] | None = None

    @property
    def id(self) -> str:
        value: str = self._data.get("id", "")
        return value

    @property
    def object(self) -> str:
        value: str = self._data.get("object", "chat.completion.chunk")
        return value

    @property
    def created(self) -> int:
        value: int = self._data.get("created", 0)
        return value

    @property
    def model(self) -> str:
        value: str = self._data.get("model", "")
        return value

    @property
    def choices(self) -> list[ChunkChoice]:
        choices = self._choices
        if choices is None:
            choices = self._choices = []
            found = self._data.get("choices")
            for data in found if type(found) is list else ():
                if type(data) is dict:
                    choice = _new(ChunkChoice)
                    choice._data = data
                    choice._delta = None
                    choices.append(choice)
        return choices

    @property
    def usage(self) -> ChatCompletionUsage | None:
        """Token usage: on the last chunk (``include_usage``), else None."""
        return _usage(self._data.get("usage"))


def chunk_from_dict(data: dict[str, Any]) -> ChatCompletionChunk:
    """A :class:`ChatCompletionChunk` over the decoded JSON of one event (the fast path)."""
    chunk: ChatCompletionChunk = _new(ChatCompletionChunk)
    chunk._data = data
    chunk._choices = None
    return chunk
