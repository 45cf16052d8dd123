"""Typed event streams for protocols whose events carry a ``type`` (Responses, Messages).

They read through the one stream core (:mod:`.core`), as chat does: the same bounded,
paced reader (``deadline``, ``idle_timeout``, ``max_line_bytes``,
``max_response_bytes``), SSE decoder and JSON fast path, the same error events
(:class:`~moonshot.APIStreamError`) and the same end-of-body rule
(:class:`~moonshot.StreamInterruptedError` with ``.partial`` unless the protocol's
final event arrived). What differs per protocol is an *assembler*: it turns a payload
into a typed event and folds it into the final object. Event types an assembler does
not know come through as :class:`UnknownStreamEvent`, never as an error; a known event
with fields missing, added or of another type is still its class (:mod:`.tolerance`).
"""

from __future__ import annotations

import enum
import functools
import sys
from collections.abc import AsyncGenerator, Generator, Iterator, Mapping
from typing import Any, Generic, Protocol, TypeVar

from .._http.base_client import AsyncBaseClient, Operation, SyncBaseClient
from .._http.signatures import record_signature
from .._openapi import generated
from .core import DONE, AsyncClosing, StreamCore, StreamResponse, SyncClosing, decode_json
from .tolerance import deviation, read

__all__ = ["AsyncEventStream", "EventStream", "UnknownStreamEvent", "tagged_classes"]

E = TypeVar("E")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


class UnknownStreamEvent:
    """An event the document does not describe (or that does not fit its schema), as sent."""

    __slots__ = ("data", "type")

    type: str
    data: dict[str, Any]

    def __init__(self, type: str, data: dict[str, Any]) -> None:
        self.type = type
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        return dict(self.data)

    def __repr__(self) -> str:
        return f"UnknownStreamEvent(type={self.type!r}, data={self.data!r})"


class Assembler(Protocol[R_co]):
    """Folds a protocol's events into its final object."""

    events: int  # events folded in so far
    complete: bool  # the protocol's final event arrived

    def add(self, payload: dict[str, Any]) -> None: ...

    def result(self) -> R_co: ...


@functools.cache
def tagged_classes(prefix: str) -> Mapping[str, type[Any]]:
    """Generated model classes named ``prefix...`` whose ``type`` enum has one value:
    that value -> the class (the shortest name wins, i.e. the union member itself)."""
    models = generated.models()
    found: dict[str, type[Any]] = {}
    names = sorted((n for n in dir(models) if n.startswith(prefix)), key=len)
    for name in names:
        cls = getattr(models, name)
        annotation = getattr(cls, "__annotations__", {}).get("type_")
        if isinstance(annotation, str):
            annotation = vars(sys.modules[cls.__module__]).get(annotation)
        if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
            values = [member.value for member in annotation]
            if len(values) == 1:
                found.setdefault(str(values[0]), cls)
    return found


def typed_event(classes: Mapping[str, type[Any]], payload: dict[str, Any]) -> Any:
    """``payload`` as its generated class, or an UnknownStreamEvent if none reads it."""
    kind = payload.get("type", "")
    if type(kind) is not str:
        deviation("stream event.type", "not a string")
        return UnknownStreamEvent(str(kind), payload)
    cls = classes.get(kind)
    if cls is not None:
        return read(cls, payload, f"{kind} event")
    return UnknownStreamEvent(kind, payload)


def _is_error(event_name: str, payload: dict[str, Any]) -> bool:
    kind = payload.get("type")
    return event_name == "error" or kind == "error" or (kind is None and bool(payload.get("error")))


class EventCore(StreamCore, Generic[R]):
    """The stream core with a protocol's typed events and its assembler.

    What it holds (against ``max_response_bytes``) is counted as the bytes of the body
    read: the assembler keeps at most that much.
    """

    def __init__(
        self,
        client: SyncBaseClient | AsyncBaseClient | None,
        op: Operation[Any] | None,
        assembler: Assembler[R],
        parse: Any,
    ) -> None:
        super().__init__(client, op)
        self.assembler = assembler
        self.parse = parse
        self.received = 0  # bytes of the body read

    def feed(self, data: bytes) -> Iterator[Any]:
        """The typed events completed by ``data``, each folded in as it is handed out."""
        if self.done or self.error is not None:
            return
        self.received += len(data)
        add = self.assembler.add
        for event in self.decoder.events(data):
            text = event.data
            if not text:
                continue
            if text == DONE:
                self.done = True
                return
            try:
                payload = decode_json(text)
            except ValueError as error:
                self.error = self.unreadable(f"an event is not JSON: {error}")
                return
            if type(payload) is not dict:
                self.error = self.unreadable(f"an event is not a JSON object: {text[:200]!r}")
                return
            if _is_error(event.event, payload):
                self.error = self.error_event(payload)
                return
            if "type" not in payload and event.event != "message":
                payload["type"] = event.event  # the SSE event name carries the type
            add(payload)
            yield self.parse(payload)

    def result(self) -> R:
        return self.assembler.result()

    def held(self) -> int:
        return self.received

    def count(self) -> int:
        return self.assembler.events

    def next_body(self, failure: BaseException | None) -> None:
        """After the body ended: complete, or StreamInterruptedError with ``.partial``."""
        if self.done or self.assembler.complete:
            self.complete = True
            return None
        if failure is None:
            reason = "the body ended before the final event"
        else:
            reason = f"the connection broke ({type(failure).__name__}: {failure})"
        raise self.interrupted(reason)


class _EventStreamBase(StreamResponse, Generic[E, R]):
    _core: EventCore[R]

    def _current(self) -> R:
        result = self._core.assembler.result()
        record_signature(result, self.request_signature)
        self._answered(result)
        return result


class EventStream(SyncClosing[E], _EventStreamBase[E, R]):
    """A typed event stream on the sync client; iterate it, close it (or use ``with``)."""

    _chunks: Generator[E, None, None]
    _core: EventCore[R]

    def __init__(
        self, client: SyncBaseClient, op: Operation[Any], assembler: Assembler[R], parse: Any
    ) -> None:
        self._core = EventCore(client, op, assembler, parse)
        self._open(client, op)

    def _final(self) -> R:
        self._read_to_end()
        return self._current()


class AsyncEventStream(AsyncClosing[E], _EventStreamBase[E, R]):
    """The async twin of :class:`EventStream`: ``async for``, ``async with``."""

    _chunks: AsyncGenerator[E, None]
    _core: EventCore[R]

    def __init__(
        self, client: AsyncBaseClient, op: Operation[Any], assembler: Assembler[R], parse: Any
    ) -> None:
        self._prepare(client, op, EventCore(client, op, assembler, parse))

    async def _final(self) -> R:
        await self._read_to_end()
        return self._current()
