"""What telemetry reads of a call and of a stream, as protocols: the sending layers
(``_http``, ``_streams``) sit above telemetry and hand their objects down, so this
package never imports them, not even for type checking."""

from __future__ import annotations

from typing import Any, Protocol

import httpx2

__all__ = ["SentOperation", "StreamState"]


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
