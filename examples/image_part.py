"""Send an image with a question (``moonshot.image_part`` builds the content part)."""

from __future__ import annotations

import struct
import zlib

import moonshot
from _common import MODEL, connect, heading, show
from moonshot import Moonshot


def tiny_png(rgb: tuple[int, int, int] = (255, 140, 0), size: int = 8) -> bytes:
    """A small solid-colour PNG, made with the standard library."""

    def block(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + bytes(rgb) * size for _ in range(size))
    return (
        b"\x89PNG\r\n\x1a\n"
        + block(b"IHDR", header)
        + block(b"IDAT", zlib.compress(rows))
        + block(b"IEND", b"")
    )


def run(client: Moonshot) -> None:
    heading("Image input")
    part = moonshot.image_part(tiny_png())
    print(f"  image part: {part['image_url']['url'][:48]}...")
    reply = client.chat.completions.create(
        model=MODEL,
        messages=[
            {
                "role": "user",
                "content": [part, {"type": "text", "text": "What colour is this image?"}],
            }
        ],
    )
    show("answer", reply.choices[0].message.content)


if __name__ == "__main__":
    with connect() as c:
        run(c)
