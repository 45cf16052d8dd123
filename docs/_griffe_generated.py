"""Griffe extension for the generated models' docstrings, as the reference renders them.

The generator wraps a long attribute type over two lines (``output (list[A |`` then
``B]): ...``), which the Google-style parser cannot read; the lines are joined back.
Links the API document writes relative to Moonshot's own site (``[Errors](/api/errors)``)
point nowhere here, so they become their text. Regular expressions are put in backticks,
so their brackets are not read as cross-references. Only ``moonshot_openapi`` is touched.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_SITE_LINK = re.compile(r"\[([^\]]+)\]\(/[^)]*\)")
# A regular expression in prose (``^[a-zA-Z_][a-zA-Z0-9-_]{0,127}$``) reads as a
# cross-reference; outside backticks it is put in them.
_PATTERN = re.compile(r"(?<![`\w])(\^\S*\$)(?!`)")


def _join_wrapped(text: str) -> str:
    lines: list[str] = []
    for line in text.splitlines():
        if lines and lines[-1].count("(") > lines[-1].count(")"):
            lines[-1] = f"{lines[-1]} {line.strip()}"
        else:
            lines.append(line)
    return "\n".join(lines)


class GeneratedDocstrings(griffe.Extension):
    """Makes the generated models' docstrings readable by the Google-style parser."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is None or not obj.path.startswith("moonshot_openapi"):
            return
        text = _SITE_LINK.sub(r"\1", _join_wrapped(obj.docstring.value))
        obj.docstring.value = _PATTERN.sub(r"`\1`", text)
