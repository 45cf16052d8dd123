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
* Fields the chunk classes do not name are carried over, the last value seen winning.
"""

from __future__ import annotations

from typing import Any

from moonshot_openapi.models import ChatCompletionResponse

from ._chunks import ChatCompletionChunk, ChoiceDeltaToolCall

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

    def add(self, delta: ChoiceDeltaToolCall) -> None:
        if delta.id and not self.id:
            self.id = delta.id
        if delta.type and not self.type:
            self.type = delta.type
        if delta.additional_properties:
            self.extra.update(delta.additional_properties)
        function = delta.function
        if function is not None:
            if function.name and not self.name:
                self.name = function.name
            if function.arguments:
                self.arguments.append(function.arguments)
            if function.additional_properties:
                self.function_extra.update(function.additional_properties)

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


class _Choice:
    __slots__ = (
        "content",
        "extra",
        "finish_reason",
        "index",
        "message_extra",
        "reasoning",
        "role",
        "tool_calls",
        "usage",
    )

    def __init__(self, index: int) -> None:
        self.index = index
        self.role: str | None = None
        self.content: list[str] | None = None
        self.reasoning: list[str] | None = None
        self.tool_calls: dict[int, _ToolCall] = {}
        self.finish_reason: str | None = None
        self.usage: dict[str, Any] | None = None
        self.extra: dict[str, Any] = {}
        self.message_extra: dict[str, Any] = {}

    def tool_call_for(self, delta: ChoiceDeltaToolCall) -> _ToolCall:
        calls = self.tool_calls
        index = delta.index
        if not isinstance(index, int):
            index = None
            for number, call in calls.items():
                if delta.id and call.id == delta.id:
                    index = number
            if index is None:
                last = max(calls, default=-1)
                opens_new = last < 0 or bool(delta.id and calls[last].id)
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
        out: dict[str, Any] = dict(self.extra)
        out["index"] = self.index
        out["message"] = message
        if self.finish_reason is not None:
            out["finish_reason"] = self.finish_reason
        if self.usage is not None:
            out["usage"] = self.usage
        return out


class CompletionAccumulator:
    """Collects chunks; :meth:`completion` gives the completion assembled so far."""

    def __init__(self) -> None:
        self.id: str | None = None
        self.created: int | None = None
        self.model: str | None = None
        self.chunks = 0
        self._choices: dict[int, _Choice] = {}
        self._usage: dict[str, Any] | None = None
        self._choice_usage: dict[str, Any] | None = None
        self._extra: dict[str, Any] = {}

    def add(self, chunk: ChatCompletionChunk) -> None:
        """Fold one chunk in."""
        self.chunks += 1
        if self.id is None:
            self.id, self.created, self.model = chunk.id, chunk.created, chunk.model
        if chunk.additional_properties:
            self._extra.update(chunk.additional_properties)
        if chunk.usage is not None:
            self._usage = chunk.usage.to_dict()
        choices = self._choices
        for choice in chunk.choices:
            state = choices.get(choice.index)
            if state is None:
                state = choices[choice.index] = _Choice(choice.index)
            delta = choice.delta
            if delta.content is not None:
                if state.content is None:
                    state.content = [delta.content]
                else:
                    state.content.append(delta.content)
            if delta.reasoning_content is not None:
                if state.reasoning is None:
                    state.reasoning = [delta.reasoning_content]
                else:
                    state.reasoning.append(delta.reasoning_content)
            if delta.role and not state.role:
                state.role = delta.role
            if delta.tool_calls:
                for call in delta.tool_calls:
                    state.tool_call_for(call).add(call)
            if delta.additional_properties:
                state.message_extra.update(delta.additional_properties)
            if choice.finish_reason is not None:
                state.finish_reason = choice.finish_reason
            if choice.usage is not None:
                state.usage = self._choice_usage = choice.usage.to_dict()
            if choice.additional_properties:
                state.extra.update(choice.additional_properties)

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
        out["choices"] = [self._choices[i].to_dict() for i in sorted(self._choices)]
        usage = self._usage if self._usage is not None else self._choice_usage
        if usage is not None:
            out["usage"] = usage
        return out

    def completion(self) -> ChatCompletionResponse:
        """The generated ``ChatCompletionResponse`` assembled so far."""
        return ChatCompletionResponse.from_dict(self.to_dict())
