"""Tool-call spans of ``run_tools``: found through the run in progress (a context variable),
so the runner only says where a tool call starts and ends."""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar
from types import TracebackType
from typing import Any

__all__ = ["CURRENT_AGENT", "NO_SPAN", "NoSpan", "Quiet", "tool_span"]


class Quiet:
    """A context manager doing nothing: what the untraced call, span and stream share."""

    __slots__ = ()

    def __enter__(self) -> Any:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        pass


class NoSpan(Quiet):
    """A span nobody records."""

    __slots__ = ()

    def tool(self, name: str, call_id: str | None) -> NoSpan:
        return self


NO_SPAN = NoSpan()

# The ``run_tools`` run in progress in this context (set by its span while it runs).
CURRENT_AGENT: ContextVar[Any] = ContextVar("moonshot_telemetry_agent", default=NO_SPAN)


def tool_span(call: Mapping[str, Any]) -> Any:
    """A context manager around one tool call (``execute_tool {name}`` when traced)."""
    function = call.get("function")
    name = function.get("name") if isinstance(function, Mapping) else None
    call_id = call.get("id")
    return CURRENT_AGENT.get().tool(str(name), call_id if isinstance(call_id, str) else None)
