"""Kimi-native agent helpers: built-in tools, the tool runner, structured outputs."""

from ._builtin import WEB_SEARCH, web_search_tool

__all__ = ["WEB_SEARCH", "web_search_tool"]
