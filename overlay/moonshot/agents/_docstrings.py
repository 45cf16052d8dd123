"""What a function's docstring says: a summary, and a description per parameter.

Reads the three common styles: Google (``Args:`` then ``name (type): text``), Sphinx
(``:param name: text``) and NumPy (``Parameters`` underlined, ``name : type`` then
indented text). Continuation lines join the description before them.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, field

__all__ = ["Docstring", "parse_docstring"]

_GOOGLE_SECTIONS = re.compile(
    r"^(args|arguments|parameters|params|keyword args|returns?|raises|yields|examples?|notes?)"
    r"\s*:\s*$",
    re.IGNORECASE,
)
_GOOGLE_PARAM = re.compile(r"^(\*{0,2}\w+)\s*(?:\([^)]*\))?\s*:\s*(.*)$")
_SPHINX_PARAM = re.compile(r"^:param\s+(?:[^:]*\s)?(\w+)\s*:\s*(.*)$")
_SPHINX_OTHER = re.compile(r"^:(type|rtype|returns?|raises?)\b")
_NUMPY_HEADER = re.compile(r"^-{3,}\s*$")
_NUMPY_PARAM = re.compile(r"^(\w+)\s*(?::.*)?$")


@dataclass
class Docstring:
    summary: str | None = None
    params: dict[str, str] = field(default_factory=dict)


def _clean(lines: list[str]) -> str | None:
    text = " ".join(" ".join(line.split()) for line in lines if line.strip())
    return text or None


def parse_docstring(doc: str | None) -> Docstring:
    """The summary (text before the first section) and the parameter descriptions."""
    if not doc:
        return Docstring()
    lines = inspect.cleandoc(doc).splitlines()
    out = Docstring()
    summary: list[str] = []
    section: str | None = None
    current: str | None = None
    parts: dict[str, list[str]] = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if _NUMPY_HEADER.match(following) and stripped:
            section, current = stripped.lower(), None
            index += 2
            continue
        google = _GOOGLE_SECTIONS.match(stripped)
        if google and not line.startswith((" ", "\t")):
            section, current = google.group(1).lower(), None
            index += 1
            continue
        sphinx = _SPHINX_PARAM.match(stripped)
        if sphinx:
            section, current = "sphinx", sphinx.group(1)
            parts[current] = [sphinx.group(2)]
        elif _SPHINX_OTHER.match(stripped):
            section, current = "sphinx-other", None
        elif section is None:
            summary.append(line)
        elif section in ("args", "arguments", "parameters", "params", "keyword args"):
            indented = line.startswith((" ", "\t"))
            numpy_param = _NUMPY_PARAM.match(stripped) if not indented else None
            google_param = _GOOGLE_PARAM.match(stripped)
            if google_param and (indented or section != "parameters" or ":" in stripped):
                name = google_param.group(1).lstrip("*")
                is_new = current is None or not _deeper(line, lines, current, parts)
                if is_new and " : " not in stripped:
                    current = name
                    parts[current] = [google_param.group(2)]
                    index += 1
                    continue
            if numpy_param and not indented:
                current = numpy_param.group(1)
                parts[current] = []
            elif current is not None and stripped:
                parts[current].append(stripped)
        elif section == "sphinx" and current is not None and stripped:
            parts[current].append(stripped)
        index += 1
    out.summary = _clean(summary)
    out.params = {name: text for name, body in parts.items() if (text := _clean(body))}
    return out


def _deeper(line: str, lines: list[str], current: str, parts: dict[str, list[str]]) -> bool:
    """Whether ``line`` continues the current parameter (indented past its name line)."""
    indent = len(line) - len(line.lstrip())
    for earlier in lines:
        if earlier.strip().startswith(current) and (":" in earlier or "(" in earlier):
            return indent > len(earlier) - len(earlier.lstrip())
    return False
