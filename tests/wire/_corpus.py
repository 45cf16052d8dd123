"""The recorded answers of tests/wire: what the live API sent, read from ``answers.json``.

Each entry names the call that was answered (``chat``, ``chat_stream``, ``files.*``,
``models.list``, ``tokenizers.estimate``), the HTTP status, the body file (kept byte for
byte as its source holds it) and, where the source recorded them, the response headers.
SOURCES.md says where each one comes from and what it shows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer

HERE = Path(__file__).parent
MANIFEST = HERE / "answers.json"

# The calls an answer can belong to: (method, path); ``{file_id}`` is filled in.
ROUTES = {
    "chat": ("POST", "/v1/chat/completions"),
    "chat_stream": ("POST", "/v1/chat/completions"),
    "files.create": ("POST", "/v1/files"),
    "files.list": ("GET", "/v1/files"),
    "files.retrieve": ("GET", "/v1/files/{file_id}"),
    "files.content": ("GET", "/v1/files/{file_id}/content"),
    "files.delete": ("DELETE", "/v1/files/{file_id}"),
    "models.list": ("GET", "/v1/models"),
    "tokenizers.estimate": ("POST", "/v1/tokenizers/estimate-token-count"),
}

# Where a source kept no headers, the media type the document gives the operation's answer.
DEFAULT_TYPES = {"chat_stream": "text/event-stream", "files.content": "text/plain"}

# How the original connection framed the body; the local server frames its own.
FRAMING_HEADERS = frozenset({"content-length", "transfer-encoding", "connection"})


@dataclass(frozen=True)
class Answer:
    """One recorded answer and how to replay it."""

    name: str
    source: str
    call: str
    status: int
    body_path: Path
    headers_path: Path | None
    framing: str | None
    file_id: str | None

    @cached_property
    def raw(self) -> bytes:
        return self.body_path.read_bytes()

    @cached_property
    def headers(self) -> dict[str, str]:
        """The response headers as recorded (empty when the source kept none)."""
        if self.headers_path is None:
            return {}
        headers: dict[str, str] = json.loads(self.headers_path.read_text(encoding="utf-8"))
        return headers

    @property
    def is_stream(self) -> bool:
        return self.call == "chat_stream"

    def json(self) -> Any:
        """The body as JSON (not for streams)."""
        return json.loads(self.raw)

    def chunks(self) -> list[dict[str, Any]]:
        """The ``chat.completion.chunk`` objects of a stream, in order."""
        if self.framing == "json-lines":
            return [json.loads(line) for line in self.raw.splitlines() if line.strip()]
        events = []
        for line in self.raw.decode("utf-8").splitlines():
            if line.startswith("data:") and line[5:].strip() != "[DONE]":
                events.append(json.loads(line[5:]))
        return events

    def wire_body(self) -> bytes:
        """The bytes the local server sends: the recording, or for a source that kept a
        stream's chunks one per line, each as a ``data:`` event and then ``[DONE]`` (as
        that source's own test harness frames them)."""
        if self.framing == "json-lines":
            events = [b"data: " + line + b"\n\n" for line in self.raw.splitlines() if line.strip()]
            return b"".join(events) + b"data: [DONE]\n\n"
        return self.raw

    def wire_headers(self) -> dict[str, str]:
        headers = {k: v for k, v in self.headers.items() if k.lower() not in FRAMING_HEADERS}
        if not any(k.lower() == "content-type" for k in headers):
            headers["Content-Type"] = DEFAULT_TYPES.get(self.call, "application/json")
        return headers

    def route(self) -> tuple[str, str]:
        method, path = ROUTES[self.call]
        return method, path.format(file_id=self.file_id)

    def serve(self, server: HTTPServer) -> None:
        """Have ``server`` answer this call with the recording."""
        method, path = self.route()
        server.expect_request(path, method=method).respond_with_data(
            self.wire_body(), status=self.status, headers=self.wire_headers()
        )


def load() -> list[Answer]:
    """Every recorded answer, in manifest order."""
    entries = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return [
        Answer(
            name=e["name"],
            source=e["source"],
            call=e["call"],
            status=e["status"],
            body_path=HERE / e["body"],
            headers_path=HERE / e["headers"] if "headers" in e else None,
            framing=e.get("framing"),
            file_id=e.get("file_id"),
        )
        for e in entries
    ]


ANSWERS = load()
