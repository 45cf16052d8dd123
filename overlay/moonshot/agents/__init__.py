"""Kimi-native agent helpers: built-in tools, formulas, the tool runner, structured outputs.

``client.chat.completions.run_tools(...)`` and ``client.chat.completions.parse(...)``
live on the chat resource; this package holds what they use and return.
"""

from .._errors import LengthFinishReasonError, MaxStepsExceededError, OutputValidationError
from ._builtin import WEB_SEARCH, web_search_tool
from ._formula import Formula, formula
from ._parse import (
    ParsedChatCompletion,
    ParsedChoice,
    ParsedMessage,
    response_format_for,
)
from ._runner import AsyncToolRunStream, ToolRunResult, ToolRunStream
from ._tools import FunctionTool, function_tool

__all__ = [
    "WEB_SEARCH",
    "AsyncToolRunStream",
    "Formula",
    "FunctionTool",
    "LengthFinishReasonError",
    "MaxStepsExceededError",
    "OutputValidationError",
    "ParsedChatCompletion",
    "ParsedChoice",
    "ParsedMessage",
    "ToolRunResult",
    "ToolRunStream",
    "formula",
    "function_tool",
    "response_format_for",
    "web_search_tool",
]
