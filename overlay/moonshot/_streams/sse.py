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
        lines = self._complete_lines(chunk)
        return self._lines(lines) if lines else _NOTHING

    def datas(self, chunk: bytes) -> list[str | ServerSentEvent]:
        """The events completed by ``chunk``, those of the default type (``message``) as
        their data alone: the chat stream's path, with no object made per event. A list,
        since it holds no more than the lines it is made from."""
        text = self._utf8.decode(chunk)
        out: list[str | ServerSentEvent] = []
        if self._started and not self._skip_lf and "\r" not in text:
            if self._pending or self._data or self._event or not text.startswith("data: "):
                # The piece begins inside an event: up to its blank line, line by line.
                cut = text.find("\n\ndata: ") + 2
                if cut > 1:
                    lines = self._text_lines(text[:cut])
                    if lines:
                        out = self._datas(lines)
                    text = text[cut:]
            if text.startswith("data: ") and not (self._pending or self._data or self._event):
                # Whole ``data: ...`` + blank line events, the chat stream's: split once
                # on the boundaries. Only when no part holds a line break (nothing else
                # than such events); otherwise, or near the limit, line by line.
                parts = text.split("\n\ndata: ")
                if len(parts) > 2:
                    last = parts.pop()  # perhaps unfinished, or followed by other lines
                    limit = self.limit
                    if text.count("\n") == 2 * len(parts) + last.count("\n") and (
                        limit is None or max(map(len, parts)) + 6 <= limit
                    ):
                        parts[0] = parts[0][6:]
                        out += parts
                        text = "data: " + last
        lines = self._text_lines(text)
        if lines:
            out += self._datas(lines)
        return out

    def _complete_lines(self, chunk: bytes) -> list[str] | None:
        """The lines ``chunk`` completes (the unfinished last one kept for the next)."""
        return self._text_lines(self._utf8.decode(chunk))

    def _text_lines(self, text: str) -> list[str] | None:
        """:meth:`_complete_lines` for decoded text."""
        if not text:
            return None
        if not self._started:
            self._started = True
            if text[0] == "\ufeff":
                text = text[1:]
        if self._skip_lf and text[0] == "\n":
            text = text[1:]
        if not text:
            self._skip_lf = False
            return None
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
            return None
        lines = text.split("\n")
        if self._pending:
            self._pending.append(lines[0])
            lines[0] = "".join(self._pending)
        tail = lines.pop()
        self._pending = [tail] if tail else []
        self._loose = 0
        limit = self.limit
        if limit is not None:
            # No line is longer than the text and what was pending: look only if that is.
            if len(text) + self._pending_size > limit:
                longest = max(len(tail), max(map(len, lines)))
                if longest > limit:
                    raise LineTooLongError(longest)
            self._pending_size = len(tail)
        return lines

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
            self._field(line)
        self._check_data()

    def _datas(self, lines: list[str]) -> list[str | ServerSentEvent]:
        out: list[str | ServerSentEvent] = []
        first, last = 0, len(lines)
        while first < last and (self._data or self._event):  # an event begun before
            self._line(lines[first], out)
            first += 1
        if (last - first) & 1:
            last -= 1  # an event whose blank line is still to come
        middle = lines[first:last]
        if middle and not any(middle[1::2]):
            # ``data: ...`` + blank line pairs, the events of a chat stream: read in bulk.
            texts = [line[6:] for line in middle[::2] if line.startswith("data: ")]
            if len(texts) * 2 == len(middle):
                out += texts
                middle = []
        for line in middle:
            self._line(line, out)
        for line in lines[last:]:
            self._line(line, out)
        self._check_data()
        return out

    def _line(self, line: str, out: list[str | ServerSentEvent]) -> None:
        """One line for :meth:`datas`: a dispatched event goes to ``out``."""
        if line:
            if line.startswith("data: "):
                self._data.append(line[6:])
            else:
                self._field(line)
            return
        data = self._data
        if data:
            text = data[0] if len(data) == 1 else "\n".join(data)
            data.clear()
            if not self._event or self._event == "message":
                out.append(text)
            else:
                event = _new(ServerSentEvent)
                event.data = text
                event.event = self._event
                event.id = self._id
                out.append(event)
        self._event = ""

    def _field(self, line: str) -> None:
        """A line other than ``data: ...`` or blank: a comment or another field."""
        if line[0] == ":":
            return
        name, _, value = line.partition(":")
        if value and value[0] == " ":
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._id = value

    def _check_data(self) -> None:
        data = self._data
        if data and self.limit is not None and sum(map(len, data)) > self.limit:
            raise LineTooLongError(sum(map(len, data)))
