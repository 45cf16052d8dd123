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
    from .._openapi.answers import ChatCompletionUsage
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
    "choice_views",
    "delta_view",
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

    __slots__ = ("_tool_calls", "content")
    _known = DELTA_KEYS

    content: str | None
    """The piece of text this chunk adds (as received: another type stays that type)."""

    _tool_calls: list[ChoiceDeltaToolCall] | None

    def _reset(self) -> None:
        self.content = self._data.get("content")

    @property
    def role(self) -> str | None:
        value: str | None = self._data.get("role")
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
        try:
            return self._tool_calls  # made on first read (the slot is unset until then)
        except AttributeError:
            pass
        calls = self._data.get("tool_calls")
        self._tool_calls = (
            [ChoiceDeltaToolCall(c) for c in calls if type(c) is dict]
            if type(calls) is list
            else None
        )
        return self._tool_calls


class ChunkChoice(_View):
    """One choice in a chunk: its delta, and ``finish_reason`` (and usage) on its last chunk."""

    __slots__ = ("delta",)
    _known = CHOICE_KEYS

    delta: ChoiceDelta
    """What this chunk adds to the choice's message (empty when the chunk has no delta)."""

    def _reset(self) -> None:
        self.delta = delta_view(self._data.get("delta"))

    @property
    def index(self) -> int:
        value: int = self._data.get("index", 0)
        return value

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

    __slots__ = ("choices",)
    _known = CHUNK_KEYS

    choices: list[ChunkChoice]
    """The choices this chunk extends (made with the chunk: every reader wants them)."""

    def _reset(self) -> None:
        self.choices = choice_views(self._data.get("choices"))

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
    def usage(self) -> ChatCompletionUsage | None:
        """Token usage: on the last chunk (``include_usage``), else None."""
        return _usage(self._data.get("usage"))


def delta_view(data: Any) -> ChoiceDelta:
    """A :class:`ChoiceDelta` over ``data`` (an empty one unless it is an object)."""
    view: ChoiceDelta = _new(ChoiceDelta)
    view._data = data = data if type(data) is dict else {}
    view.content = data.get("content")
    return view


def choice_views(found: Any) -> list[ChunkChoice]:
    """The :class:`ChunkChoice` views of a chunk's ``choices`` (its objects; none unless
    it is a list)."""
    choices: list[ChunkChoice] = []
    for data in found if type(found) is list else ():
        if type(data) is dict:
            choice: ChunkChoice = _new(ChunkChoice)
            choice._data = data
            choice.delta = delta_view(data.get("delta"))
            choices.append(choice)
    return choices
