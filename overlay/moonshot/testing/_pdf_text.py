"""The text of a simple PDF: the strings its pages' content streams show.

Enough for the pages' own programs, which upload a PDF for ``file-extract``: content
streams stored plain or Flate-compressed, text shown with ``Tj``, ``'``, ``"`` and
``TJ``, in a simple (one byte per character) font. Fonts with other encodings give
what their bytes read as in Latin-1; a file with no text gives None.
"""

from __future__ import annotations

import contextlib
import re
import zlib

__all__ = ["pdf_text"]

_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)
_ESCAPES = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}
_SHOW = frozenset((b"Tj", b"'", b'"', b"TJ"))
_NEW_LINE = frozenset((b"Td", b"TD", b"T*", b"'", b'"', b"ET"))


def _literal(data: bytes, start: int) -> tuple[bytes, int]:
    """The literal string opening at ``data[start] == '('`` and where it ends."""
    out = bytearray()
    depth, i = 1, start + 1
    while i < len(data):
        byte = data[i]
        if byte == 0x5C and i + 1 < len(data):  # backslash
            i += 1
            escaped = data[i]
            octal = re.match(rb"[0-7]{1,3}", data[i : i + 3])
            if octal:
                out.append(int(octal.group(), 8) & 0xFF)
                i += len(octal.group())
                continue
            if escaped not in (10, 13):  # a backslash before a line break joins lines
                out.append(_ESCAPES.get(escaped, escaped))
        elif byte == 0x28:
            depth += 1
            out.append(byte)
        elif byte == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), i + 1
            out.append(byte)
        else:
            out.append(byte)
        i += 1
    return bytes(out), i


def _shown_text(data: bytes) -> str:
    lines: list[str] = []
    line: list[bytes] = []
    pending: list[bytes] = []
    i = 0
    while i < len(data):
        byte = data[i : i + 1]
        if byte == b"(":
            text, i = _literal(data, i)
            pending.append(text)
            continue
        if byte == b"<" and data[i + 1 : i + 2] != b"<":
            end = data.find(b">", i)
            digits = re.sub(rb"\s", b"", data[i + 1 : end if end > 0 else len(data)])
            pending.append(bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode()))
            i = end + 1 if end > 0 else len(data)
            continue
        word = re.match(rb"[A-Za-z'\"*]+", data[i:])
        if word is None:
            i += 1
            continue
        op = word.group()
        i += len(op)
        if op in _NEW_LINE and line:
            lines.append(b"".join(line).decode("latin-1"))
            line = []
        if op in _SHOW:
            line.extend(pending)
        pending = []
    if line:
        lines.append(b"".join(line).decode("latin-1"))
    return "\n".join(lines)


def pdf_text(raw: bytes) -> str | None:
    """The text a PDF shows, page after page; None if it is no PDF or shows none."""
    if not raw.startswith(b"%PDF-"):
        return None
    found = []
    for match in _STREAM.finditer(raw):
        data = match.group(1)
        # Stored plain (or a filter this reader does not know: no text in it).
        with contextlib.suppress(zlib.error):
            data = zlib.decompress(data)
        text = _shown_text(data)
        if text.strip():
            found.append(text)
    return "\n".join(found) or None
