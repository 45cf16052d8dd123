"""Assembling streamed chunks into the completion a non-streamed call would have returned.

* ``content`` and ``reasoning_content`` pieces are concatenated per choice; choices
  (``n > 1``) are kept apart by ``index``.
* Tool calls are merged by ``index``: ``id``, ``type`` and ``function.name`` are taken
  once (the first non-empty value), ``function.arguments`` pieces are concatenated. A
  piece without an index extends the call with the same ``id``, else the last call
  opened (a piece with a new ``id`` opens the next call).
* ``usage`` comes from a top-level usage chunk (``stream_options.include_usage``), else
  from the choice-level ``usage`` of the last chunk that carried one. Each choice's own
  usage is also kept on the choice (``choice["usage"]``).
* ``logprobs`` (on the delta or on the choice) are concatenated per choice, each kept
  where it came from (the message or the choice).
* Fields the chunk classes do not name are carried over, the last value seen winning.
* Only strings are joined. A piece of another type (the server's mistake) is kept as
  received, not concatenated: a field whose pieces are not all strings becomes that one
  piece, or the list of its pieces with adjacent strings joined. Null pieces add nothing.
  Each such deviation is logged once (:mod:`.tolerance`), never raised.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, Any, cast

from .._openapi import generated
from .._openapi.views import extra_fields as _extra
from .chunks import (
    CHOICE_KEYS,
    CHUNK_KEYS,
    DELTA_KEYS,
    FUNCTION_KEYS,
    TOOL_CALL_KEYS,
    ChatCompletionChunk,
    ChoiceDelta,
    ChunkChoice,
    delta_view,
)
from .tolerance import deviation, read

if TYPE_CHECKING:  # the typed view of the generated model (what callers read)
    from .._openapi.answers import ChatCompletionResponse

__all__ = ["CompletionAccumulator"]

_new = object.__new__
_ABSENT: Any = object()
_NO_CHOICE_YET: Any = object()  # never a chunk's index (``_ABSENT`` is one: no index given)
# Whether a chunk has no key the chunk classes do not name (one C call).
_named_chunk_keys = CHUNK_KEYS.issuperset

# The keys of a choice in almost every chunk; any other (usage, logprobs...) is looked at.
_USUAL_CHOICE_KEYS = frozenset(("index", "delta", "finish_reason"))


class _ToolCall:
    __slots__ = ("arguments", "extra", "function_extra", "id", "name", "type")

    def __init__(self) -> None:
        self.id: Any = None
        self.type: Any = None
        self.name: Any = None
        self.arguments: list[Any] = []
        self.extra: dict[str, Any] = {}
        self.function_extra: dict[str, Any] = {}

    def add(self, delta: dict[str, Any]) -> None:
        if not self.id:
            self.id = delta.get("id") or None
        if not self.type:
            self.type = delta.get("type") or None
        self.extra.update(_extra(delta, TOOL_CALL_KEYS))
        function = delta.get("function")
        if type(function) is dict:
            if not self.name:
                self.name = function.get("name") or None
            arguments = function.get("arguments")
            if arguments is not None and arguments != "":
                self.arguments.append(arguments)
            self.function_extra.update(_extra(function, FUNCTION_KEYS))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.extra)
        if self.id is not None:
            out["id"] = self.id
        out["type"] = self.type or "function"
        function = dict(self.function_extra)
        if self.name is not None:
            function["name"] = self.name
        function["arguments"] = _joined(self.arguments, "tool_calls[].function.arguments")
        out["function"] = function
        return out


def _add_logprobs(into: dict[str, Any] | None, piece: Any) -> dict[str, Any] | None:
    """Fold one piece's ``logprobs`` in: ``content`` lists concatenated, other fields kept."""
    if type(piece) is not dict:
        return into
    if into is None:
        into = {}
    for key, value in piece.items():
        if key == "content" and type(value) is list:
            into.setdefault("content", []).extend(value)
        else:
            into[key] = value
    return into


class _Choice:
    __slots__ = (
        "choice_logprobs",
        "content",
        "extra",
        "finish_reason",
        "index",
        "logprobs",
        "measured",
        "message_extra",
        "reasoning",
        "role",
        "size",
        "tool_calls",
        "usage",
    )

    def __init__(self, index: Any) -> None:
        self.index = index
        self.role: Any = None
        # The pieces as received: strings, or anything else a server sent (kept).
        self.content: list[Any] | None = None
        self.reasoning: list[Any] | None = None
        self.tool_calls: dict[int, _ToolCall] = {}
        self.finish_reason: Any = None
        self.usage: dict[str, Any] | None = None
        self.extra: dict[str, Any] = {}
        self.message_extra: dict[str, Any] = {}
        self.size = 0  # characters of content, reasoning and tool arguments measured
        self.measured: dict[int, int] = {}  # pieces measured, per list (by its id)
        self.logprobs: dict[str, Any] | None = None  # on the message (the delta)
        self.choice_logprobs: dict[str, Any] | None = None  # on the choice

    def add(self, delta: dict[str, Any]) -> None:
        content = delta.get("content")
        if content is not None:
            if self.content is None:
                self.content = [content]
            else:
                self.content.append(content)
        reasoning = delta.get("reasoning_content")
        if reasoning is not None:
            if self.reasoning is None:
                self.reasoning = [reasoning]
            else:
                self.reasoning.append(reasoning)
        if not self.role:
            self.role = delta.get("role")
        if "logprobs" in delta:
            self.logprobs = _add_logprobs(self.logprobs, delta["logprobs"])
        calls = delta.get("tool_calls")
        if calls and type(calls) is list:
            for call in calls:
                if type(call) is dict:
                    self.tool_call_for(call).add(call)
        if not delta.keys() <= DELTA_KEYS:
            self.message_extra.update(_extra(delta, DELTA_KEYS))

    def measure(self) -> int:
        """:attr:`size`, brought up to date with the pieces added since last time."""
        lists = [self.content, self.reasoning] + [c.arguments for c in self.tool_calls.values()]
        for pieces in lists:
            if pieces:
                done = self.measured.get(id(pieces), 0)
                if len(pieces) > done:
                    self.size += _length(pieces[done:])
                    self.measured[id(pieces)] = len(pieces)
        return self.size

    def tool_call_for(self, delta: dict[str, Any]) -> _ToolCall:
        calls = self.tool_calls
        index = delta.get("index")
        if type(index) is not int:
            call_id = delta.get("id")
            index = None
            for number, call in calls.items():
                if call_id and call.id == call_id:
                    index = number
            if index is None:
                last = max(calls, default=-1)
                opens_new = last < 0 or bool(call_id and calls[last].id)
                index = last + 1 if opens_new else last
        found = calls.get(index)
        if found is None:
            found = calls[index] = _ToolCall()
        return found

    def text(self) -> str:
        """The text content so far (pieces that are not strings left out)."""
        pieces = self.content
        if not pieces:
            return ""
        try:
            return "".join(pieces)
        except TypeError:
            return "".join(piece for piece in pieces if type(piece) is str)

    def to_dict(self) -> dict[str, Any]:
        message: dict[str, Any] = dict(self.message_extra)
        message["role"] = self.role or "assistant"
        message["content"] = _joined(self.content, "content") if self.content is not None else None
        if self.reasoning is not None:
            message["reasoning_content"] = _joined(self.reasoning, "reasoning_content")
        if self.tool_calls:
            message["tool_calls"] = [self.tool_calls[i].to_dict() for i in sorted(self.tool_calls)]
        if self.logprobs is not None:
            message["logprobs"] = self.logprobs
        out: dict[str, Any] = dict(self.extra)
        if self.choice_logprobs is not None:
            out["logprobs"] = self.choice_logprobs
        out["index"] = self.index
        out["message"] = message
        if self.finish_reason is not None:
            out["finish_reason"] = self.finish_reason
        if self.usage is not None:
            out["usage"] = self.usage
        return out


class CompletionAccumulator:
    """Collects the decoded JSON of chunks; :meth:`completion` gives the completion so far."""

    def __init__(self) -> None:
        generated.models()  # lenient enums, typed reasoning_content / cached_tokens
        self.id: Any = None
        self.created: Any = None
        self.model: Any = None
        self.chunks = 0
        self._choices: dict[Any, _Choice] = {}
        self._usage: dict[str, Any] | None = None
        self._choice_usage: dict[str, Any] | None = None
        self._extra: dict[str, Any] = {}
        # The choice of the last chunk, by its integer index (the same int object: JSON
        # decodes small integers to the interpreter's shared ones, and any other index
        # misses this and is looked up).
        self._last_index: Any = _NO_CHOICE_YET
        self._last_state: Any = None

    def add(self, data: dict[str, Any]) -> ChatCompletionChunk:
        """Fold in one chunk (the decoded JSON object of one event); the typed chunk.

        Done as each chunk is read, so its objects are freed at once: holding a read's
        chunks for later would keep hundreds of them alive and set the collector off.
        The chunk's views are made here, in the one pass over its choices that folding
        takes anyway: a stream hands every chunk out with them."""
        self.chunks += 1
        if self.id is None:  # the first chunk with an id names the completion
            self.id, self.created, self.model = (
                data.get("id"),
                data.get("created"),
                data.get("model"),
            )
        choices = data.get("choices")
        if not _named_chunk_keys(data):
            self._extra.update(_extra(data, CHUNK_KEYS))
        if "usage" in data:
            usage = data["usage"]
            if usage and type(usage) is dict:
                self._usage = usage
        chunk = _new(ChatCompletionChunk)
        chunk._data = data
        chunk.choices = views = []
        if type(choices) is not list:
            if choices is not None:
                deviation("chat.completion.chunk.choices", "not a list")
            return chunk
        states = self._choices
        absent = _ABSENT
        for choice in choices:
            if type(choice) is not dict:
                deviation("chat.completion.chunk.choices[]", "not an object")
                continue
            view = _new(ChunkChoice)
            view._data = choice
            views.append(view)
            # Read with a default that says "absent": no separate test of the usual keys.
            index = choice.get("index", absent)
            delta = choice.get("delta", absent)
            finish_reason = choice.get("finish_reason", absent)
            if index is self._last_index:  # the same choice as the chunk before
                state = self._last_state
            else:
                key = index if type(index) is int else _key(index)
                state = states.get(key)
                if state is None:
                    state = states[key] = _Choice(0 if index is _ABSENT else index)
                if type(index) is int:
                    self._last_index, self._last_state = index, state
            if type(delta) is dict:
                shown = view.delta = _new(ChoiceDelta)  # delta_view(), inlined
                shown._data = delta
                content = shown.content = delta.get("content")
                if len(delta) == 1 and type(content) is str:  # most chunks: a text piece
                    pieces = state.content
                    if pieces is None:
                        state.content = [content]
                    else:
                        pieces.append(content)
                elif delta:
                    state.add(delta)
            else:
                view.delta = delta_view(delta)
            if finish_reason is not None and finish_reason is not absent:
                state.finish_reason = finish_reason
            if len(choice) != 3 or index is absent or delta is absent or finish_reason is absent:
                self._rare(state, choice)
        return chunk

    def _rare(self, state: _Choice, choice: dict[str, Any]) -> None:
        """A choice with other keys than the usual three: its usage, logprobs and fields
        no chunk class names."""
        if choice.keys() <= _USUAL_CHOICE_KEYS:
            return
        usage = choice.get("usage")
        if usage and type(usage) is dict:
            state.usage = self._choice_usage = usage
        if "logprobs" in choice:
            state.choice_logprobs = _add_logprobs(state.choice_logprobs, choice["logprobs"])
        state.extra.update(_extra(choice, CHOICE_KEYS))

    def held(self) -> int:
        """Characters of content, reasoning and tool arguments assembled so far (the
        pieces added since the last call are measured now, not one by one in ``add``)."""
        return sum(choice.measure() for choice in self._choices.values())

    @property
    def choice_count(self) -> int:
        return len(self._choices)

    def all_finished(self) -> bool:
        """Every choice seen has a finish_reason (and there is at least one)."""
        return bool(self._choices) and all(
            c.finish_reason is not None for c in self._choices.values()
        )

    def has_tool_calls(self) -> bool:
        return any(c.tool_calls for c in self._choices.values())

    def text(self, index: int = 0) -> str:
        """The content received so far for choice ``index``."""
        choice = self._choices.get(index)
        return choice.text() if choice is not None else ""

    def has_reasoning(self, index: int = 0) -> bool:
        choice = self._choices.get(index)
        return choice is not None and bool(choice.reasoning)

    def to_dict(self) -> dict[str, Any]:
        """The ``chat.completion`` body assembled so far."""
        out: dict[str, Any] = dict(self._extra)
        out["id"] = self.id or ""
        out["object"] = "chat.completion"
        out["created"] = self.created or 0
        out["model"] = self.model or ""
        choices = self._choices
        out["choices"] = [choices[k].to_dict() for k in sorted(choices, key=_order)]
        usage = self._usage if self._usage is not None else self._choice_usage
        if usage is not None:
            out["usage"] = usage
        return out

    def completion(self) -> ChatCompletionResponse:
        """The generated ``ChatCompletionResponse`` assembled so far."""
        return cast(
            "ChatCompletionResponse",
            read(generated.ChatCompletionResponse, self.to_dict(), "chat.completion"),
        )


def _key(index: Any) -> Hashable:
    """The key a choice whose ``index`` is not an integer is kept under (0 when absent)."""
    if index is _ABSENT:
        return 0
    deviation("chat.completion.chunk.choices[].index", "not an integer")
    try:
        hash(index)
    except TypeError:
        return ("unhashable", repr(index))
    return cast("Hashable", index)


def _joined(pieces: list[Any], field: str) -> Any:
    """The pieces of one field put together: strings joined, anything else kept as sent."""
    try:
        return "".join(pieces)
    except TypeError:
        pass
    deviation(f"chat.completion.chunk.choices[].delta.{field}", "a piece is not a string")
    kept: list[Any] = []
    for piece in pieces:
        if type(piece) is str and kept and type(kept[-1]) is str:
            kept[-1] += piece
        else:
            kept.append(piece)
    return kept[0] if len(kept) == 1 else kept


def _length(pieces: list[Any]) -> int:
    try:
        return sum(map(len, pieces))
    except TypeError:  # a piece that is not text (the server's mistake): not counted
        return sum(len(piece) for piece in pieces if type(piece) is str)


def _order(key: Any) -> tuple[int, str]:
    return (key, "") if type(key) is int else (1 << 62, repr(key))
