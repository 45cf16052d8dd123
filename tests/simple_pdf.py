"""A small PDF that shows lines of text: for file-extract tests and the pages' programs."""

from __future__ import annotations

import zlib


def simple_pdf(lines: list[str], *, compress: bool) -> bytes:
    """A one-page PDF showing ``lines`` in Helvetica (offsets in the xref are not needed
    by the server's reader, so they are left approximate)."""
    shown = []
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        shown.append(f"({escaped}) Tj T*")
    content = ("BT /F1 12 Tf 14 TL 72 720 Td " + " ".join(shown) + " ET").encode("latin-1")
    data, extra = (zlib.compress(content), " /Filter /FlateDecode") if compress else (content, "")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(data)}{extra} >>\nstream\n".encode() + data + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    for number, body in enumerate(objects, 1):
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    return out + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
