"""``client.responses.create(..., stream=True)``: Responses stream events, typed, and the
response assembled from them.

The document describes each event as ``ResponsesStreamEvent`` (``type`` and
``sequence_number``; "the remaining fields vary by type"), so events are that generated
class, with the other fields in ``event["delta"]`` / ``additional_properties``. The
fields the assembler reads (``response``, ``output_index``, ``item``, ``content_index``,
``summary_index``, ``delta``, ``text``, ``arguments``) are those of the Responses
protocol whose event names the document lists.

Assembly: the ``response`` snapshot of ``response.created`` / ``in_progress`` is the
start; ``output_item.added`` / ``done`` place items by ``output_index``; text,
reasoning-summary, function-argument and custom-tool-input deltas are appended to their
item, and each ``*.done`` event replaces what was appended with its full value. A final
``response.completed`` / ``incomplete`` / ``failed`` gives the finished response (its
output replaces the assembled one when it has any), and marks the stream complete.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any, cast

from .._openapi import generated
from .event_stream import AsyncEventStream, EventStream, UnknownStreamEvent, typed_event
from .tolerance import deviation, read

if TYPE_CHECKING:
    from .._openapi.answers import ResponsesResponse, ResponsesStreamEvent

__all__ = ["AsyncResponseStream", "ResponseAssembler", "ResponseStream", "parse_response_event"]

_SNAPSHOTS = ("response.created", "response.in_progress")
_FINAL = ("response.completed", "response.incomplete", "response.failed")
# delta event -> (item list field or None for the item itself, text key, default part type)
_APPENDS: dict[str, tuple[str | None, str, str]] = {
    "response.output_text.delta": ("content", "text", "output_text"),
    "response.reasoning_summary_text.delta": ("summary", "text", "summary_text"),
    "response.reasoning_text.delta": ("content", "text", "reasoning_text"),
    "response.function_call_arguments.delta": (None, "arguments", ""),
    "response.custom_tool_call_input.delta": (None, "input", ""),
}
_PARTS = {
    "response.content_part.added": "content",
    "response.content_part.done": "content",
    "response.reasoning_summary_part.added": "summary",
    "response.reasoning_summary_part.done": "summary",
}
_PART_INDEX = {"content": "content_index", "summary": "summary_index"}
_WEB_SEARCH_STATUS = {
    "response.web_search_call.in_progress": "in_progress",
    "response.web_search_call.searching": "searching",
    "response.web_search_call.completed": "completed",
}


def _index(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


class ResponseAssembler:
    """Folds Responses stream events into the response they describe."""

    def __init__(self) -> None:
        self.response: dict[str, Any] = {}
        self.output: list[dict[str, Any]] = []
        self.events = 0
        self.complete = False

    def add(self, payload: dict[str, Any]) -> None:
        self.events += 1
        kind = payload.get("type")
        if type(kind) is not str:
            deviation("Responses stream event.type", "not a string; event not assembled")
            return
        snapshot = payload.get("response")
        if kind in _SNAPSHOTS or kind in _FINAL:
            if isinstance(snapshot, dict):
                self.response = {k: v for k, v in snapshot.items() if k != "output"}
                output = snapshot.get("output")
                if isinstance(output, list) and output:
                    self.output = [
                        dict(item) if isinstance(item, dict) else item for item in output
                    ]
            self.complete = self.complete or kind in _FINAL
            return
        if kind in ("response.output_item.added", "response.output_item.done"):
            item = payload.get("item")
            if isinstance(item, dict):
                self._place(payload, copy.deepcopy(item))
            return
        item = self._item(payload)
        if item is None:
            return
        if kind in _APPENDS:
            field, key, part_type = _APPENDS[kind]
            target = item if field is None else self._part(item, field, payload, part_type)
            delta = payload.get("delta")
            if target is not None and isinstance(delta, str):
                target[key] = str(target.get(key) or "") + delta
        elif kind in _PARTS:
            field = _PARTS[kind]
            part = payload.get("part")
            position = _index(payload.get(_PART_INDEX[field]))
            parts = item.setdefault(field, [])
            if isinstance(part, dict) and position is not None and isinstance(parts, list):
                part = copy.deepcopy(part)
                while len(parts) <= position:
                    parts.append({})
                before = parts[position]
                parts[position] = {**before, **part} if isinstance(before, dict) else part
        elif kind in _WEB_SEARCH_STATUS:
            item["status"] = _WEB_SEARCH_STATUS[kind]
        elif isinstance(kind, str) and kind.endswith(".done"):
            self._done(kind, item, payload)

    def _done(self, kind: str, item: dict[str, Any], payload: dict[str, Any]) -> None:
        """A ``*.done`` event: the full value replaces the appended deltas."""
        delta_kind = kind[: -len(".done")] + ".delta"
        if delta_kind not in _APPENDS:
            return
        field, key, part_type = _APPENDS[delta_kind]
        value = payload.get(key if key in payload else "text")
        if not isinstance(value, str):
            return
        target = item if field is None else self._part(item, field, payload, part_type)
        if target is not None:
            target[key] = value

    def _place(self, payload: dict[str, Any], item: dict[str, Any]) -> None:
        position = _index(payload.get("output_index"))
        if position is None:
            position = len(self.output)
        while len(self.output) <= position:
            self.output.append({})
        self.output[position] = item

    def _item(self, payload: dict[str, Any]) -> dict[str, Any] | None:
        position = _index(payload.get("output_index"))
        if position is not None and position < len(self.output):
            found = self.output[position]
            return found if isinstance(found, dict) else None
        item_id = payload.get("item_id")
        if item_id is not None:
            for item in self.output:
                if isinstance(item, dict) and item.get("id") == item_id:
                    return item
        return None

    @staticmethod
    def _part(
        item: dict[str, Any], field: str, payload: dict[str, Any], part_type: str
    ) -> dict[str, Any] | None:
        position = _index(payload.get(_PART_INDEX.get(field, "content_index")))
        parts = item.setdefault(field, [])
        if not isinstance(parts, list):
            return None
        if position is None:
            position = max(len(parts) - 1, 0)
        while len(parts) <= position:
            parts.append({"type": part_type})
        part = parts[position]
        return part if isinstance(part, dict) else None

    def as_dict(self) -> dict[str, Any]:
        """The response so far as plain JSON."""
        return {**self.response, "output": [item for item in self.output if item]}

    def result(self) -> ResponsesResponse:
        built = read(generated.ResponsesResponse, self.as_dict(), "response")
        return cast("ResponsesResponse", built)  # the class its view describes


def parse_response_event(payload: dict[str, Any]) -> ResponsesStreamEvent | UnknownStreamEvent:
    """A payload as ``ResponsesStreamEvent`` (any ``type`` string; unknown ones are kept)."""
    event_class = generated.ResponsesStreamEvent
    return typed_event({str(payload.get("type", "")): event_class}, payload)  # type: ignore[no-any-return]


def _text_of(event: Any) -> str | None:
    if getattr(event, "type_", None) == "response.output_text.delta":
        delta = event.additional_properties.get("delta")
        return delta if isinstance(delta, str) and delta else None
    return None


class ResponseStream(EventStream["ResponsesStreamEvent | UnknownStreamEvent", "ResponsesResponse"]):
    """A streamed response: iterate it for typed events; ``get_final_response()``."""

    _text_of = staticmethod(_text_of)

    def current_response(self) -> ResponsesResponse:
        """The response assembled from the events received so far."""
        return self._current()

    def get_final_response(self) -> ResponsesResponse:
        """Read the rest of the stream; the response assembled from all its events."""
        return self._final()


class AsyncResponseStream(
    AsyncEventStream["ResponsesStreamEvent | UnknownStreamEvent", "ResponsesResponse"]
):
    """The async twin of :class:`ResponseStream`."""

    _text_of = staticmethod(_text_of)

    def current_response(self) -> ResponsesResponse:
        """The response assembled from the events received so far."""
        return self._current()

    async def get_final_response(self) -> ResponsesResponse:
        """Read the rest of the stream; the response assembled from all its events."""
        return await self._final()
