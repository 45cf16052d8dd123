"""Kimi's built-in tools (``builtin_function``, names starting with ``$``)."""

from __future__ import annotations

from typing import Any

__all__ = ["WEB_SEARCH", "is_builtin_tool", "web_search_tool"]

WEB_SEARCH = "$web_search"
"""The name of Kimi's built-in web search tool, as a tool call names it."""


def web_search_tool() -> dict[str, Any]:
    """The ``$web_search`` declaration from Moonshot's web-search guide, for ``tools=[...]``.

    The model emits the search arguments; the caller sends them back unchanged as the
    ``role: tool`` content and Kimi runs the search (``run_tools`` does this for you).
    """
    return {"type": "builtin_function", "function": {"name": WEB_SEARCH}}


def is_builtin_tool(tool: Any) -> bool:
    """Whether ``tool`` is a ``builtin_function`` declaration."""
    return isinstance(tool, dict) and tool.get("type") == "builtin_function"
