"""Content parts for vision models: ``image_part``, ``video_part``, ``text_part``.

A part points at its media in one of the forms the chat API documents for
``image_url`` / ``video_url``: a base64 ``data:`` URL, or ``ms://<file_id>`` for a
file uploaded with purpose ``image`` or ``video``.
"""

from __future__ import annotations

import base64
import mimetypes
import os
from pathlib import Path
from typing import Any

from .._errors import ValidationError

__all__ = ["image_part", "sniff_mime_type", "text_part", "video_part"]

FILE_REFERENCE_SCHEME = "ms://"

# (offset, magic bytes, MIME type); the first match wins, so longer magics go first.
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "image/png"),
    (0, b"\xff\xd8\xff", "image/jpeg"),
    (0, b"GIF87a", "image/gif"),
    (0, b"GIF89a", "image/gif"),
    (0, b"BM", "image/bmp"),
    (0, b"II*\x00", "image/tiff"),
    (0, b"MM\x00*", "image/tiff"),
    (0, b"\x00\x00\x01\x00", "image/x-icon"),
    (0, b"\x1aE\xdf\xa3", "video/x-matroska"),  # refined to webm below
    (0, b"FLV\x01", "video/x-flv"),
    (0, b"\x00\x00\x01\xba", "video/mpeg"),
    (0, b"\x00\x00\x01\xb3", "video/mpeg"),
    (0, b"0&\xb2u\x8ef\xcf\x11", "video/x-ms-asf"),
)
# ISO base media (``....ftyp<brand>``): the brand names the format.
_FTYP_BRANDS: dict[bytes, str] = {
    b"avif": "image/avif",
    b"avis": "image/avif",
    b"heic": "image/heic",
    b"heix": "image/heic",
    b"mif1": "image/heif",
    b"qt  ": "video/quicktime",
    b"3gp4": "video/3gpp",
    b"3gp5": "video/3gpp",
    b"3g2a": "video/3gpp2",
}
_RIFF_KINDS: dict[bytes, str] = {b"WEBP": "image/webp", b"AVI ": "video/x-msvideo"}


def sniff_mime_type(data: bytes) -> str | None:
    """The MIME type of common image and video formats from their first bytes, or None."""
    head = bytes(data[:1024])
    if head[:4] == b"RIFF" and head[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[head[8:12]]
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        return _FTYP_BRANDS.get(brand, "video/mp4")
    for offset, magic, mime in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            if mime == "video/x-matroska" and b"webm" in head:
                return "video/webm"
            return mime
    if len(head) > 188 and head[0] == 0x47 and head[188] == 0x47:
        return "video/mp2t"
    text = head.lstrip().lower()
    if text.startswith((b"<svg", b"<?xml")) and b"<svg" in text:
        return "image/svg+xml"
    return None


def text_part(text: str) -> dict[str, Any]:
    """``{"type": "text", "text": text}``."""
    if not isinstance(text, str):
        raise ValidationError(f"text: expected a string, got {type(text).__name__}", field="text")
    return {"type": "text", "text": text}


def image_part(source: Any, *, mime_type: str | None = None) -> dict[str, Any]:
    """An ``image_url`` content part for a vision model.

    ``source`` is a path (str or PathLike), bytes, an uploaded ``FileObject``, a
    ``ms://<file_id>`` reference or a ``data:`` URL. Paths and bytes become a base64
    data URL; the MIME type comes from ``mime_type=``, else the bytes' magic number,
    else the file name.
    """
    return {"type": "image_url", "image_url": {"url": _media_url(source, "image", mime_type)}}


def video_part(source: Any, *, mime_type: str | None = None) -> dict[str, Any]:
    """A ``video_url`` content part; ``source`` as for :func:`image_part`."""
    return {"type": "video_url", "video_url": {"url": _media_url(source, "video", mime_type)}}


def _media_url(source: Any, kind: str, mime_type: str | None) -> str:
    file_id = getattr(source, "id", None)
    if isinstance(file_id, str) and hasattr(source, "purpose"):  # an uploaded FileObject
        return FILE_REFERENCE_SCHEME + file_id
    if isinstance(source, str) and source.startswith((FILE_REFERENCE_SCHEME, "data:")):
        if source == FILE_REFERENCE_SCHEME:
            raise ValidationError("source: 'ms://' needs a file id after it", field="source")
        return source
    name: str | None = None
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if not path.is_file():
            raise ValidationError(
                f"source: {os.fspath(path)!r} is not a readable file "
                f"(pass a path, bytes, a FileObject or 'ms://<file_id>')",
                field="source",
            )
        data = path.read_bytes()
        name = path.name
    elif isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    else:
        raise ValidationError(
            f"source: expected a path, bytes, a FileObject or 'ms://<file_id>', "
            f"got {type(source).__name__}",
            field="source",
        )
    mime = mime_type or sniff_mime_type(data) or (mimetypes.guess_type(name)[0] if name else None)
    if mime is None:
        raise ValidationError(
            f"source: cannot tell the {kind} type of these bytes; pass mime_type= "
            f"(such as {kind}/{'png' if kind == 'image' else 'mp4'})",
            field="mime_type",
        )
    if not mime.startswith(kind + "/"):
        raise ValidationError(
            f"mime_type: {kind}_part needs {'an' if kind == 'image' else 'a'} {kind}/... "
            f"type, got {mime!r}",
            field="mime_type",
        )
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
