"""``client.anthropic.messages.create(..., stream=True)``: Messages stream events, typed,
and the message assembled from them.

Each event is the generated class of its ``MessagesStreamEvent`` member (found by the
single ``type`` value each member's class declares); anything else (``ping``, event
types newer than the document) is an :class:`UnknownStreamEvent`.

Assembly: ``message_start`` gives the message; ``content_block_start`` places a block
at its ``index``; ``text_delta`` / ``thinking_delta`` / ``signature_delta`` append to
it; ``input_json_delta`` pieces are joined and parsed into the tool call's ``input``
(a tool call cut off mid-JSON keeps the text received in ``partial_json``);
``message_delta`` sets ``stop_reason`` / ``stop_sequence`` and merges ``usage``;
``message_stop`` completes the stream.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, cast

from .._openapi import generated
from .event_stream import AsyncEventStream, EventStream, UnknownStreamEvent, tagged_classes
from .event_stream import typed_event as _typed
from .tolerance import deviation, read

if TYPE_CHECKING:
    from .._openapi.answers import MessagesResponse, MessagesStreamEvent

__all__ = ["AsyncMessageStream", "MessageAssembler", "MessageStream", "parse_message_event"]

_UNION = "MessagesStreamEvent"
# delta type -> the block field it appends to
_DELTA_FIELDS = {"text_delta": "text", "thinking_delta": "thinking", "signature_delta": "signature"}


class MessageAssembler:
    """Folds Messages stream events into the message they describe."""

    def __init__(self) -> None:
        self.message: dict[str, Any] = {}
        self.blocks: dict[int, dict[str, Any]] = {}
        self.json_parts: dict[int, list[str]] = {}
        self.events = 0
        self.complete = False

    def add(self, payload: dict[str, Any]) -> None:
        self.events += 1
        kind = payload.get("type")
        index = payload.get("index")
        if kind == "message_start" and isinstance(payload.get("message"), dict):
            message = dict(payload["message"])
            content = message.pop("content", None)
            if isinstance(content, list):
                for position, block in enumerate(content):
                    if isinstance(block, dict):
                        self.blocks[position] = dict(block)
            elif content is not None:
                deviation("message_start.message.content", "not a list; kept as received")
                message["content"] = content
            self.message = message
        elif kind == "content_block_start" and isinstance(index, int):
            block = payload.get("content_block")
            self.blocks[index] = dict(block) if isinstance(block, dict) else {}
        elif kind == "content_block_delta" and isinstance(index, int):
            self._delta(index, payload.get("delta"))
        elif kind == "message_delta":
            delta = payload.get("delta")
            if isinstance(delta, dict):
                self.message.update(delta)
            usage = payload.get("usage")
            if isinstance(usage, dict):
                before = self.message.get("usage")
                self.message["usage"] = {**before, **usage} if isinstance(before, dict) else usage
        elif kind == "message_stop":
            self.complete = True

    def _delta(self, index: int, delta: Any) -> None:
        if not isinstance(delta, dict):
            return
        block = self.blocks.setdefault(index, {})
        kind = delta.get("type")
        if kind == "input_json_delta":
            piece = delta.get("partial_json")
            if isinstance(piece, str):
                self.json_parts.setdefault(index, []).append(piece)
            return
        field = _DELTA_FIELDS.get(str(kind))
        value = delta.get(field) if field else None
        if field and isinstance(value, str):
            block[field] = str(block.get(field) or "") + value

    def _block(self, index: int) -> dict[str, Any]:
        block = dict(self.blocks[index])
        parts = self.json_parts.get(index)
        if parts:
            text = "".join(parts)
            try:
                block["input"] = json.loads(text)
            except ValueError:
                block["partial_json"] = text  # cut off mid-JSON: what was received
        return block

    def as_dict(self) -> dict[str, Any]:
        """The message so far as plain JSON."""
        if not self.blocks and "content" in self.message:
            return dict(self.message)  # content of another type, as received
        return {**self.message, "content": [self._block(i) for i in sorted(self.blocks)]}

    def result(self) -> MessagesResponse:
        built = read(generated.MessagesResponse, self.as_dict(), "message")
        return cast("MessagesResponse", built)  # the class its view describes


def parse_message_event(payload: dict[str, Any]) -> MessagesStreamEvent | UnknownStreamEvent:
    """A payload as its generated ``MessagesStreamEvent`` member, else UnknownStreamEvent."""
    return _typed(tagged_classes(_UNION), payload)  # type: ignore[no-any-return]


def _text_of(event: Any) -> str | None:
    if isinstance(event, UnknownStreamEvent):
        return None
    delta = getattr(event, "delta", None)
    text = getattr(delta, "text", None)
    kind = getattr(getattr(delta, "type_", None), "value", None)
    return text if kind == "text_delta" and isinstance(text, str) and text else None


class MessageStream(EventStream["MessagesStreamEvent | UnknownStreamEvent", "MessagesResponse"]):
    """A streamed message: iterate it for typed events; ``get_final_message()``."""

    _text_of = staticmethod(_text_of)

    def current_message(self) -> MessagesResponse:
        """The message assembled from the events received so far."""
        return self._current()

    def get_final_message(self) -> MessagesResponse:
        """Read the rest of the stream; the message assembled from all its events."""
        return self._final()


class AsyncMessageStream(
    AsyncEventStream["MessagesStreamEvent | UnknownStreamEvent", "MessagesResponse"]
):
    """The async twin of :class:`MessageStream`."""

    _text_of = staticmethod(_text_of)

    def current_message(self) -> MessagesResponse:
        """The message assembled from the events received so far."""
        return self._current()

    async def get_final_message(self) -> MessagesResponse:
        """Read the rest of the stream; the message assembled from all its events."""
        return await self._final()
