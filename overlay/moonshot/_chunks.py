"""``chat.completion.chunk``: the typed pieces of a streamed chat completion.

The API document has no schema for stream chunks, so these few classes live here. They
are plain ``__slots__`` classes built straight from the decoded JSON, without
validation, because a stream carries thousands of them. Like the generated models,
each keeps the fields it does not name in ``additional_properties`` and gives them
back from ``to_dict()``. Usage objects are the generated ``ChatCompletionUsage``.
"""

from __future__ import annotations

from typing import Any

from moonshot_openapi.models import ChatCompletionUsage

__all__ = [
    "ChatCompletionChunk",
    "ChoiceDelta",
    "ChoiceDeltaToolCall",
    "ChoiceDeltaToolCallFunction",
    "ChunkChoice",
]

_FUNCTION_KEYS = frozenset(("name", "arguments"))
_TOOL_CALL_KEYS = frozenset(("index", "id", "type", "function"))
_DELTA_KEYS = frozenset(("role", "content", "reasoning_content", "tool_calls"))
_CHOICE_KEYS = frozenset(("index", "delta", "finish_reason", "usage"))
_CHUNK_KEYS = frozenset(("id", "object", "created", "model", "choices", "usage"))


def _extra(data: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if key not in known}


def _put(out: dict[str, Any], key: str, value: Any) -> None:
    if value is not None:
        out[key] = value


class _Model:
    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.to_dict()!r})"


class ChoiceDeltaToolCallFunction(_Model):
    """The function part of a tool-call delta: ``name`` once, ``arguments`` in pieces."""

    __slots__ = ("additional_properties", "arguments", "name")

    def __init__(self, name: str | None = None, arguments: str | None = None) -> None:
        self.name = name
        self.arguments = arguments
        self.additional_properties: dict[str, Any] = {}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChoiceDeltaToolCallFunction:
        function = cls(data.get("name"), data.get("arguments"))
        if not data.keys() <= _FUNCTION_KEYS:
            function.additional_properties = _extra(data, _FUNCTION_KEYS)
        return function

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.additional_properties)
        _put(out, "name", self.name)
        _put(out, "arguments", self.arguments)
        return out


class ChoiceDeltaToolCall(_Model):
    """A piece of one tool call; ``index`` says which call of the message it extends."""

    __slots__ = ("additional_properties", "function", "id", "index", "type")

    def __init__(
        self,
        index: int | None = None,
        id: str | None = None,
        type: str | None = None,
        function: ChoiceDeltaToolCallFunction | None = None,
    ) -> None:
        self.index = index
        self.id = id
        self.type = type
        self.function = function
        self.additional_properties: dict[str, Any] = {}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChoiceDeltaToolCall:
        function = data.get("function")
        call = cls(
            data.get("index"),
            data.get("id"),
            data.get("type"),
            ChoiceDeltaToolCallFunction.from_dict(function) if isinstance(function, dict) else None,
        )
        if not data.keys() <= _TOOL_CALL_KEYS:
            call.additional_properties = _extra(data, _TOOL_CALL_KEYS)
        return call

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.additional_properties)
        _put(out, "index", self.index)
        _put(out, "id", self.id)
        _put(out, "type", self.type)
        if self.function is not None:
            out["function"] = self.function.to_dict()
        return out


class ChoiceDelta(_Model):
    """What one chunk adds to a choice's message."""

    __slots__ = ("additional_properties", "content", "reasoning_content", "role", "tool_calls")

    def __init__(
        self,
        role: str | None = None,
        content: str | None = None,
        reasoning_content: str | None = None,
        tool_calls: list[ChoiceDeltaToolCall] | None = None,
    ) -> None:
        self.role = role
        self.content = content
        self.reasoning_content = reasoning_content
        self.tool_calls = tool_calls
        self.additional_properties: dict[str, Any] = {}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChoiceDelta:
        calls = data.get("tool_calls")
        delta = cls(
            data.get("role"),
            data.get("content"),
            data.get("reasoning_content"),
            [ChoiceDeltaToolCall.from_dict(c) for c in calls if isinstance(c, dict)]
            if isinstance(calls, list)
            else None,
        )
        if not data.keys() <= _DELTA_KEYS:
            delta.additional_properties = _extra(data, _DELTA_KEYS)
        return delta

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.additional_properties)
        _put(out, "role", self.role)
        _put(out, "content", self.content)
        _put(out, "reasoning_content", self.reasoning_content)
        if self.tool_calls is not None:
            out["tool_calls"] = [call.to_dict() for call in self.tool_calls]
        return out


class ChunkChoice(_Model):
    """One choice in a chunk: its delta, and ``finish_reason`` (and usage) on its last chunk."""

    __slots__ = ("additional_properties", "delta", "finish_reason", "index", "usage")

    def __init__(
        self,
        index: int = 0,
        delta: ChoiceDelta | None = None,
        finish_reason: str | None = None,
        usage: ChatCompletionUsage | None = None,
    ) -> None:
        self.index = index
        self.delta = delta if delta is not None else ChoiceDelta()
        self.finish_reason = finish_reason
        self.usage = usage
        self.additional_properties: dict[str, Any] = {}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChunkChoice:
        delta = data.get("delta")
        usage = data.get("usage")
        choice = cls(
            data.get("index", 0),
            ChoiceDelta.from_dict(delta) if delta else ChoiceDelta(),
            data.get("finish_reason"),
            ChatCompletionUsage.from_dict(usage) if usage else None,
        )
        if not data.keys() <= _CHOICE_KEYS:
            choice.additional_properties = _extra(data, _CHOICE_KEYS)
        return choice

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.additional_properties)
        out["index"] = self.index
        out["delta"] = self.delta.to_dict()
        out["finish_reason"] = self.finish_reason
        if self.usage is not None:
            out["usage"] = self.usage.to_dict()
        return out


class ChatCompletionChunk(_Model):
    """One ``chat.completion.chunk`` event of a streamed chat completion.

    ``choices`` is empty on the final usage chunk sent with
    ``stream_options={"include_usage": True}``; that chunk carries ``usage``.
    """

    __slots__ = ("additional_properties", "choices", "created", "id", "model", "object", "usage")

    def __init__(
        self,
        id: str = "",
        object: str = "chat.completion.chunk",
        created: int = 0,
        model: str = "",
        choices: list[ChunkChoice] | None = None,
        usage: ChatCompletionUsage | None = None,
    ) -> None:
        self.id = id
        self.object = object
        self.created = created
        self.model = model
        self.choices = choices if choices is not None else []
        self.usage = usage
        self.additional_properties: dict[str, Any] = {}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChatCompletionChunk:
        choices = data.get("choices")
        usage = data.get("usage")
        chunk = cls(
            data.get("id", ""),
            data.get("object", "chat.completion.chunk"),
            data.get("created", 0),
            data.get("model", ""),
            [ChunkChoice.from_dict(c) for c in choices if isinstance(c, dict)] if choices else [],
            ChatCompletionUsage.from_dict(usage) if usage else None,
        )
        if not data.keys() <= _CHUNK_KEYS:
            chunk.additional_properties = _extra(data, _CHUNK_KEYS)
        return chunk

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.additional_properties)
        out["id"] = self.id
        out["object"] = self.object
        out["created"] = self.created
        out["model"] = self.model
        out["choices"] = [choice.to_dict() for choice in self.choices]
        if self.usage is not None:
            out["usage"] = self.usage.to_dict()
        return out
