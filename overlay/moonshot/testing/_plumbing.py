"""What the route mixins of the local server use of its request handler, declared once."""

from __future__ import annotations

from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .server import ServerState

__all__ = ["HandlerPlumbing"]


class HandlerPlumbing(BaseHTTPRequestHandler):
    """The base of the route mixins (``_ops_routes``, ``_formulas``): the plumbing that
    ``_handler.Handler`` provides, declared for type checkers."""

    if TYPE_CHECKING:  # provided by ._handler.Handler
        _json_payload: Any

        @property
        def state(self) -> ServerState: ...

        def _json_body(self) -> Any: ...

        def _apply_faults(self, streaming: bool = False) -> None: ...

        def _send_json(
            self, status: int, payload: Any, headers: dict[str, str] | None = None
        ) -> None: ...

        def _send_events(
            self,
            events: Iterable[dict[str, Any]],
            headers: dict[str, str] | None = None,
            *,
            named: bool = False,
            done: bool = True,
        ) -> None: ...
