"""An incremental decoder for ``text/event-stream`` bodies (the WHATWG event-stream rules).

Bytes go in as they arrive, split anywhere (inside a line, inside a UTF-8 character);
complete events come out. Lines end in LF, CRLF or CR; ``data`` lines of one event are
joined with ``\\n``; comment lines (``:`` first) are skipped; an event without data is
not dispatched; an event left unfinished when the body ends is discarded.

:meth:`SSEDecoder.events` hands the events out one at a time, so a piece holding hundreds
of events never has them all alive at once: a stream then allocates no more than a plain
line-by-line loop, and the garbage collector is not set off by the batch.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator

from .._http.limits import LineTooLongError

__all__ = ["SSEDecoder", "ServerSentEvent"]

_new = object.__new__
_NOTHING: Iterator[ServerSentEvent] = iter(())
# Pieces of an unfinished line kept apart before they are joined (bounds the allocator's
# fragmentation on a very long line: many small strings interleaved with freed reads).
_LOOSE_PIECES = 32


class ServerSentEvent:
    """One dispatched event: its data, its type (``message`` unless named) and the last id."""

    __slots__ = ("data", "event", "id")

    def __init__(self, data: str, event: str = "message", id: str = "") -> None:
        self.data = data
        self.event = event
        self.id = id

    def __repr__(self) -> str:
        return f"ServerSentEvent(event={self.event!r}, data={self.data!r}, id={self.id!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerSentEvent):
            return NotImplemented
        return (self.data, self.event, self.id) == (other.data, other.event, other.id)

    __hash__ = None  # type: ignore[assignment]


class SSEDecoder:
    """Feed it bytes with :meth:`feed`; it returns the events those bytes completed.

    An event not closed by a blank line when the body ends is never returned (per the
    spec); ``retry`` fields are ignored (the client does not reconnect on its own). With a
    ``limit``, a line or an event's data longer than that many characters raises
    :class:`~moonshot._http.limits.LineTooLongError` as soon as it is seen.
    """

    __slots__ = (
        "_data",
        "_event",
        "_id",
        "_loose",
        "_pending",
        "_pending_size",
        "_skip_lf",
        "_started",
        "_utf8",
        "limit",
    )

    def __init__(self, limit: int | None = None) -> None:
        self.limit = limit
        self._pending_size = 0
        self._loose = 0
        self._utf8 = codecs.getincrementaldecoder("utf-8")("replace")
        self._pending: list[str] = []  # the unfinished last line, in pieces
        self._skip_lf = False  # the previous piece ended in CR: a leading LF belongs to it
        self._started = False  # a leading byte order mark has been looked for
        self._data: list[str] = []
        self._event = ""
        self._id = ""

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """The events completed by ``chunk`` (often none, sometimes several)."""
        return list(self.events(chunk))

    def events(self, chunk: bytes) -> Iterator[ServerSentEvent]:
        """The events completed by ``chunk``, made one by one as the iterator is read.

        Read it to the end before the next call: the events still unread belong to this
        piece, and the decoder's state moves with the reading.
        """
        text = self._utf8.decode(chunk)
        if not text:
            return _NOTHING
        if not self._started:
            self._started = True
            if text[0] == "\ufeff":
                text = text[1:]
        if self._skip_lf and text[0] == "\n":
            text = text[1:]
        if not text:
            self._skip_lf = False
            return _NOTHING
        if "\r" in text:
            self._skip_lf = text[-1] == "\r"
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        else:
            self._skip_lf = False
        if "\n" not in text:
            pending = self._pending
            pending.append(text)
            self._loose += 1
            if self._loose == _LOOSE_PIECES:  # a long line: hold it in few large pieces
                pending[-_LOOSE_PIECES:] = ["".join(pending[-_LOOSE_PIECES:])]
                self._loose = 0
            if self.limit is not None:
                self._grow(len(text))
            return _NOTHING
        lines = text.split("\n")
        if self._pending:
            self._pending.append(lines[0])
            lines[0] = "".join(self._pending)
        tail = lines.pop()
        self._pending = [tail] if tail else []
        self._loose = 0
        if self.limit is not None:
            longest = max(len(tail), max(map(len, lines)))
            if longest > self.limit:
                raise LineTooLongError(longest)
            self._pending_size = len(tail)
        return self._lines(lines)

    def _grow(self, size: int) -> None:
        self._pending_size += size
        if self.limit is not None and self._pending_size > self.limit:
            raise LineTooLongError(self._pending_size)

    def _lines(self, lines: list[str]) -> Iterator[ServerSentEvent]:
        data = self._data
        for line in lines:
            if not line:
                if data:
                    event = _new(ServerSentEvent)  # __init__ skipped: the per-event path
                    event.data = data[0] if len(data) == 1 else "\n".join(data)
                    event.event = self._event or "message"
                    event.id = self._id
                    data.clear()
                    yield event
                self._event = ""
                continue
            if line.startswith("data: "):  # the common case first, one copy
                data.append(line[6:])
                continue
            if line[0] == ":":
                continue
            name, _, value = line.partition(":")
            if value and value[0] == " ":
                value = value[1:]
            if name == "data":
                data.append(value)
            elif name == "event":
                self._event = value
            elif name == "id" and "\0" not in value:
                self._id = value
        if data and self.limit is not None and sum(map(len, data)) > self.limit:
            raise LineTooLongError(sum(map(len, data)))
