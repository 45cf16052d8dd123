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
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._openapi import generated
from .._openapi.model_builders import build
from .._openapi.views import extra_fields as _extra
from .chunks import CHOICE_KEYS, CHUNK_KEYS, DELTA_KEYS, FUNCTION_KEYS, TOOL_CALL_KEYS

if TYPE_CHECKING:  # the typed view of the generated model (what callers read)
    from moonshot_openapi.typed_responses import ChatCompletionResponse

__all__ = ["CompletionAccumulator"]


class _ToolCall:
    __slots__ = ("arguments", "extra", "function_extra", "id", "name", "type")

    def __init__(self) -> None:
        self.id: str | None = None
        self.type: str | None = None
        self.name: str | None = None
        self.arguments: list[str] = []
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
            if arguments:
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
        function["arguments"] = "".join(self.arguments)
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
        self.role: str | None = None
        self.content: list[str] | None = None
        self.reasoning: list[str] | None = None
        self.tool_calls: dict[int, _ToolCall] = {}
        self.finish_reason: str | None = None
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
        return "".join(self.content) if self.content is not None else ""

    def to_dict(self) -> dict[str, Any]:
        message: dict[str, Any] = dict(self.message_extra)
        message["role"] = self.role or "assistant"
        message["content"] = "".join(self.content) if self.content is not None else None
        if self.reasoning is not None:
            message["reasoning_content"] = "".join(self.reasoning)
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
        self.id: str | None = None
        self.created: int | None = None
        self.model: str | None = None
        self.chunks = 0
        self._choices: dict[Any, _Choice] = {}
        self._usage: dict[str, Any] | None = None
        self._choice_usage: dict[str, Any] | None = None
        self._extra: dict[str, Any] = {}

    def add(self, data: dict[str, Any]) -> None:
        """Fold in one chunk (the decoded JSON object of one event)."""
        self.chunks += 1
        if self.id is None:
            self.id, self.created, self.model = (
                data.get("id"),
                data.get("created"),
                data.get("model"),
            )
        if not data.keys() <= CHUNK_KEYS:
            self._extra.update(_extra(data, CHUNK_KEYS))
        usage = data.get("usage")
        if usage and type(usage) is dict:
            self._usage = usage
        choices = data.get("choices")
        if not choices or type(choices) is not list:
            return
        states = self._choices
        for choice in choices:
            if type(choice) is not dict:
                continue
            index = choice.get("index", 0)
            state = states.get(index)
            if state is None:
                state = states[index] = _Choice(index)
            delta = choice.get("delta")
            if delta and type(delta) is dict:
                state.add(delta)
            finish_reason = choice.get("finish_reason")
            if finish_reason is not None:
                state.finish_reason = finish_reason
            usage = choice.get("usage")
            if usage and type(usage) is dict:
                state.usage = self._choice_usage = usage
            if "logprobs" in choice:
                state.choice_logprobs = _add_logprobs(state.choice_logprobs, choice["logprobs"])
            if not choice.keys() <= CHOICE_KEYS:
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
        out["choices"] = [self._choices[i].to_dict() for i in sorted(self._choices, key=_order)]
        usage = self._usage if self._usage is not None else self._choice_usage
        if usage is not None:
            out["usage"] = usage
        return out

    def completion(self) -> ChatCompletionResponse:
        """The generated ``ChatCompletionResponse`` assembled so far."""
        return cast(
            "ChatCompletionResponse", build(generated.ChatCompletionResponse, self.to_dict())
        )


def _length(pieces: list[Any]) -> int:
    try:
        return sum(map(len, pieces))
    except TypeError:  # a piece that is not text (the server's mistake): not counted
        return sum(len(piece) for piece in pieces if type(piece) is str)


def _order(index: Any) -> tuple[int, str]:
    return (index, "") if type(index) is int else (1 << 62, str(index))
