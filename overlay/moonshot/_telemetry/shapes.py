"""What telemetry reads of a call and of a stream, as protocols: the sending layers
(``_http``, ``_streams``) sit above telemetry and hand their objects down, so this
package never imports them, not even for type checking."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractContextManager
from typing import Any, Protocol, TypeVar

import httpx2

__all__ = ["RunReporter", "SentOperation", "StreamState"]

It = TypeVar("It", Iterator[Any], AsyncIterator[Any])


class SentOperation(Protocol):
    """A call about to be sent: the httpx2 arguments of its request."""

    @property
    def kwargs(self) -> dict[str, Any]: ...


class StreamState(Protocol):
    """A stream as it is read: its answer, what it assembled and how it went."""

    response: httpx2.Response | None
    complete: bool
    resumes: int

    def count(self) -> int: ...

    def partial(self) -> Any: ...


class RunReporter(Protocol):
    """What a tool run reports through: the span of the run, around its calls or chunks."""

    def agent(self, model: str) -> AbstractContextManager[object]: ...

    def agent_stream(self, chunks: It, model: str) -> It: ...
