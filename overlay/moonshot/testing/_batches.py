"""Batch jobs on the local server: validating -> in_progress -> finalizing -> completed.

Each step happens when the server's clock says so (``step_seconds`` after the previous
one) or when the test calls :meth:`BatchStore.advance`. Every JSONL line goes through
the same request checks and assistant as ``POST /v1/chat/completions``; results land
in output and error files readable through ``files.content``.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._assistant import Assistant, completion_json
from ._errors import ServerError
from ._files import FileStore
from ._validate import check_batch_create, check_chat, parse_window

__all__ = ["Batch", "BatchStore"]

_NEXT = {
    "validating": "in_progress",
    "in_progress": "finalizing",
    "finalizing": "completed",
    "cancelling": "cancelled",
}
_CANCELLABLE = ("validating", "in_progress", "finalizing")
_STAMP = {
    "in_progress": "in_progress_at",
    "finalizing": "finalizing_at",
    "completed": "completed_at",
    "failed": "failed_at",
    "cancelling": "cancelling_at",
    "cancelled": "cancelled_at",
}


@dataclass
class Batch:
    id: str
    input_file_id: str
    endpoint: str
    completion_window: str
    metadata: dict[str, str] | None
    created_at: int
    expires_at: int
    status: str = "validating"
    stamps: dict[str, int] = field(default_factory=dict)
    total: int = 0
    completed: int = 0
    failed: int = 0
    output_file_id: str | None = None
    error_file_id: str | None = None
    errors: list[dict[str, Any]] = field(default_factory=list)
    next_step_at: float | None = None
    lines: list[dict[str, Any]] = field(default_factory=list, repr=False)
    outputs: list[str] = field(default_factory=list, repr=False)
    failures: list[str] = field(default_factory=list, repr=False)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "object": "batch",
            "endpoint": self.endpoint,
            "input_file_id": self.input_file_id,
            "completion_window": self.completion_window,
            "status": self.status,
            "output_file_id": self.output_file_id,
            "error_file_id": self.error_file_id,
            "created_at": self.created_at,
            "expires_at": self.expires_at,
            "request_counts": {
                "completed": self.completed,
                "failed": self.failed,
                "total": self.total,
            },
            "metadata": self.metadata,
        }
        for stamp in _STAMP.values():
            data[stamp] = self.stamps.get(stamp)
        if self.errors:
            data["errors"] = {"object": "list", "data": self.errors}
        return data


def _result_line(custom_id: Any, status: int, body: Any) -> str:
    record: dict[str, Any] = {
        "id": f"batch_req_{secrets.token_hex(8)}",
        "custom_id": custom_id,
        "response": {"status_code": status, "request_id": secrets.token_hex(8), "body": body},
        "error": None if status == 200 else body.get("error"),
    }
    return json.dumps(record, ensure_ascii=False)


class BatchStore:
    """Batches by id; advanced by a clock or by hand. Thread-safe."""

    def __init__(
        self,
        files: FileStore,
        assistant: Assistant,
        step_seconds: float | None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._files = files
        self._assistant = assistant
        self.step_seconds = step_seconds
        self._clock = clock
        self._batches: dict[str, Batch] = {}
        self._lock = threading.RLock()

    def create(self, body: Any) -> Batch:
        check_batch_create(body)
        try:
            source = self._files.get(body["input_file_id"])
        except ServerError as missing:  # the document lists 400, not 404, for this operation
            raise ServerError(400, f"Invalid request: input_file_id: {missing.message}") from None
        if source.purpose != "batch":
            raise ServerError(
                400,
                f"Invalid request: input_file_id {source.id} was uploaded with purpose "
                f"{source.purpose!r}; batches need a JSONL file uploaded with purpose 'batch'",
            )
        now = int(time.time())
        batch = Batch(
            id=f"batch_{secrets.token_hex(10)}",
            input_file_id=source.id,
            endpoint=body["endpoint"],
            completion_window=body["completion_window"],
            metadata=body.get("metadata"),
            created_at=now,
            expires_at=now + (parse_window(body["completion_window"]) or 0),
        )
        if self.step_seconds is not None:
            batch.next_step_at = self._clock() + self.step_seconds
        with self._lock:
            self._batches[batch.id] = batch
        return batch

    def get(self, batch_id: str) -> Batch:
        with self._lock:
            self.tick()
            batch = self._batches.get(batch_id)
        if batch is None:
            raise ServerError(404, f"Batch not found: {batch_id}", code="batch_not_found")
        return batch

    def list(self, after: str | None, limit: int) -> tuple[list[Batch], bool]:
        """Newest first, starting after the batch ``after``; and whether more follow."""
        with self._lock:
            self.tick()
            ordered = list(reversed(self._batches.values()))
        if after is not None:
            ids = [b.id for b in ordered]
            ordered = ordered[ids.index(after) + 1 :] if after in ids else []
        return ordered[:limit], len(ordered) > limit

    def cancel(self, batch_id: str) -> Batch:
        with self._lock:
            batch = self.get(batch_id)
            if batch.status not in _CANCELLABLE:
                raise ServerError(
                    400,
                    f"Batch {batch_id} is {batch.status}; only batches that are "
                    f"{', '.join(_CANCELLABLE)} can be cancelled",
                )
            self._move(batch, "cancelling")
            return batch

    def tick(self) -> None:
        """Take every step whose time has come."""
        if self.step_seconds is None:
            return
        now = self._clock()
        with self._lock:
            for batch in self._batches.values():
                while (
                    batch.status in _NEXT
                    and batch.next_step_at is not None
                    and now >= batch.next_step_at
                ):
                    self._step(batch)
                    batch.next_step_at += self.step_seconds

    def advance(self, steps: int = 1) -> None:
        """Move every unfinished batch ``steps`` steps on, now."""
        with self._lock:
            for _ in range(steps):
                for batch in self._batches.values():
                    if batch.status in _NEXT:
                        self._step(batch)

    def _move(self, batch: Batch, status: str) -> None:
        batch.status = status
        if status in _STAMP:
            batch.stamps[_STAMP[status]] = int(time.time())

    def _step(self, batch: Batch) -> None:
        if batch.status == "validating":
            self._validate(batch)
        elif batch.status == "in_progress":
            self._run(batch)
            self._move(batch, "finalizing")
        elif batch.status == "finalizing":
            self._write_results(batch)
            self._move(batch, "completed")
        else:
            self._move(batch, _NEXT[batch.status])

    def _validate(self, batch: Batch) -> None:
        try:
            text = self._files.get(batch.input_file_id).path.read_text(encoding="utf-8")
        except (ServerError, OSError, UnicodeDecodeError) as exc:
            return self._fail(batch, "input_file", f"the input file cannot be read: {exc}")
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError:
                return self._fail(batch, "invalid_json", f"line {number} is not valid JSON")
            if not isinstance(item, dict) or not isinstance(item.get("body"), dict):
                return self._fail(batch, "invalid_request", f"line {number} has no body object")
            item["_line"] = number
            batch.lines.append(item)
        if not batch.lines:
            return self._fail(batch, "empty_file", "the input file has no requests")
        batch.total = len(batch.lines)
        self._move(batch, "in_progress")

    def _fail(self, batch: Batch, code: str, message: str) -> None:
        batch.errors.append({"code": code, "message": message, "line": None})
        self._move(batch, "failed")

    def _run(self, batch: Batch) -> None:
        for item in batch.lines:
            custom_id = item.get("custom_id")
            try:
                if item.get("url", batch.endpoint) != batch.endpoint:
                    raise ServerError(400, f"url must be {batch.endpoint}, got {item.get('url')}")
                if item.get("method", "POST") != "POST":
                    raise ServerError(400, f"method must be POST, got {item.get('method')}")
                if item["body"].get("stream"):
                    raise ServerError(400, "Invalid request: stream is not supported in batches")
                check_chat(item["body"])
                result = completion_json(self._assistant.complete(item["body"]))
            except ServerError as exc:
                batch.failures.append(_result_line(custom_id, exc.status, exc.body))
                batch.failed += 1
                continue
            batch.outputs.append(_result_line(custom_id, 200, result))
            batch.completed += 1

    def _write_results(self, batch: Batch) -> None:
        if batch.outputs:
            data = ("\n".join(batch.outputs) + "\n").encode("utf-8")
            stored = self._files.add(f"{batch.id}_output.jsonl", "batch", data)
            batch.output_file_id = stored.id
        if batch.failures:
            data = ("\n".join(batch.failures) + "\n").encode("utf-8")
            stored = self._files.add(f"{batch.id}_error.jsonl", "batch", data)
            batch.error_file_id = stored.id
