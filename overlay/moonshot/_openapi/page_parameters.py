"""The sampling parameters Moonshot's models page fixes per model, kept as data.

Source: the models page, docs ``platform/api_models-overview.md`` ("Model Parameter
Reference", https://platform.kimi.ai/docs/api/models-overview), table "Model Parameter
Differences" and its ``temperature`` prose. For ``temperature``, ``top_p``, ``n`` and
the two penalties it gives each model one value, or one with thinking on and one
with it off, and says: "passing any other value returns an error". The API document
names none of these fields for those models (the current one for no model at all), so
without this table the client refused the values the API takes (``temperature=0.6``
for kimi-k2.6 without thinking, as Moonshot's own examples send). A ``—`` cell (the
page says nothing) has no entry: that field stays the document's to judge.

``tests/openapi/test_page_parameters.py`` reads the table from the page and holds
this data equal to it, cell for cell.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "FIXED_PARAMETERS",
    "PAGE",
    "PageCell",
    "fixed_for",
    "fixed_parameter_problems",
    "thinking_on",
]

PAGE = "platform/api_models-overview.md"
SECTION = "Model Parameter Differences"
# The page's note under the table, quoted in every refusal.
FIXED_NOTE = "passing any other value returns an error, so do not pass it explicitly"
# How a request turns thinking off, on the models whose value depends on it.
THINKING_OFF: dict[str, str] = {"type": "disabled"}


@dataclass(frozen=True)
class PageCell:
    """One cell of the table: the value ``field`` must have for a column's models."""

    says: str  # the cell, word for word
    thinking: float  # the value with thinking on, or the only value
    non_thinking: float | None = None  # the value with thinking off, where it differs

    def allowed(self, thinking: bool) -> float:
        if thinking or self.non_thinking is None:
            return self.thinking
        return self.non_thinking


_FIXED_1_0 = PageCell("Fixed at `1.0`", 1.0)
_BY_THINKING = PageCell("`1.0` thinking / `0.6` non-thinking", 1.0, 0.6)
_FIXED_0_95 = PageCell("Fixed at `0.95`", 0.95)
_FIXED_1 = PageCell("Fixed at `1`", 1)
_FIXED_0 = PageCell("Fixed at `0`", 0)
_FIXED_ALL = {
    "top_p": _FIXED_0_95,
    "n": _FIXED_1,
    "presence_penalty": _FIXED_0,
    "frequency_penalty": _FIXED_0,
}

# Column of the page's table -> the models it covers. The page: "`kimi-k2.7-code-highspeed`
# is the same model as `kimi-k2.7-code` with identical parameter constraints".
COLUMNS: dict[str, tuple[str, ...]] = {
    "kimi-k3": ("kimi-k3",),
    "kimi-k2.7-code": ("kimi-k2.7-code", "kimi-k2.7-code-highspeed"),
    "kimi-k2.6": ("kimi-k2.6",),
    "kimi-k2.5": ("kimi-k2.5",),
}

# Column -> field -> cell: the table's rows for these five fields (a "—" cell is left out).
FIXED_PARAMETERS: dict[str, dict[str, PageCell]] = {
    "kimi-k3": {"temperature": _FIXED_1_0, **_FIXED_ALL},
    "kimi-k2.7-code": {"temperature": _FIXED_1_0, **_FIXED_ALL},
    "kimi-k2.6": {"temperature": _BY_THINKING, **_FIXED_ALL},
    "kimi-k2.5": {"temperature": _BY_THINKING},
}

_BY_MODEL: dict[str, dict[str, PageCell]] = {
    model: FIXED_PARAMETERS[column] for column, models in COLUMNS.items() for model in models
}


def fixed_for(model: str) -> Mapping[str, PageCell] | None:
    """The fields the page fixes for ``model`` (None for a model it does not list)."""
    return _BY_MODEL.get(model)


def thinking_on(body: Mapping[str, Any]) -> bool:
    """Thinking is on unless the request turns it off (the page: enabled is the default)."""
    thinking = body.get("thinking")
    return not (isinstance(thinking, dict) and thinking.get("type") == THINKING_OFF["type"])


def _number(value: float) -> str:
    return json.dumps(value)


def _problem(model: str, field: str, cell: PageCell, value: Any, thinking: bool) -> str:
    allowed = _number(cell.allowed(thinking))
    if cell.non_thinking is None:
        when = ""
    elif thinking:
        other = _number(cell.allowed(False))
        when = f" with thinking on ({other} with thinking={json.dumps(THINKING_OFF)})"
    else:
        when = f" with thinking off ({_number(cell.allowed(True))} with thinking on)"
    return (
        f"{field}: model {model!r} takes only {field}={allowed}{when}, got {value!r}; "
        f'the models page ({PAGE}, "{SECTION}") says "{cell.says}": {FIXED_NOTE}'
    )


def fixed_parameter_problems(
    model: str, body: Mapping[str, Any], fixed: Mapping[str, PageCell]
) -> list[str]:
    """One line per field of ``fixed`` whose value in ``body`` the page does not allow.

    A number is compared by value (``1`` is ``1.0``); ``True`` is not a number here.
    """
    thinking = thinking_on(body)
    problems = []
    for field, cell in fixed.items():
        if field not in body:
            continue
        value = body[field]
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if not number or value != cell.allowed(thinking):
            problems.append(_problem(model, field, cell, value, thinking))
    return problems
