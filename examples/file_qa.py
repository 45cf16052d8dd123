"""Upload a document, read its extracted text, and ask a question about it."""

from __future__ import annotations

import tempfile
from pathlib import Path

from _common import MODEL, connect, heading, show
from moonshot import Moonshot

DOCUMENT = """<html><head><title>Project Aurora</title><style>body{}</style></head><body>
<h1>Project Aurora status</h1>
<p>The launch date is 14 March, after the final safety review.</p>
<p>The budget is 2.4 million euros, 80% of it already committed.</p>
</body></html>
"""


def run(client: Moonshot) -> None:
    heading("Upload, extract, ask")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "aurora.html"
        path.write_text(DOCUMENT, encoding="utf-8")
        uploaded = client.files.create(path, "file-extract")
        print(f"  uploaded {uploaded.filename}: {uploaded.bytes_} bytes, {uploaded.status}")
    try:
        text = client.files.content(uploaded.id).text
        show("extracted", text.replace("\n", " | "))
        question = "When is the launch date?"
        reply = client.chat.completions.create(
            model=MODEL,
            messages=[
                {"role": "system", "content": text},
                {"role": "user", "content": question},
            ],
        )
        show("question", question)
        show("answer", reply.choices[0].message.content)
    finally:
        client.files.delete(uploaded.id)


if __name__ == "__main__":
    with connect() as c:
        run(c)
