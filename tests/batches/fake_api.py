"""A small in-memory Files + Batches API for pytest-httpserver, written for these tests.

The batch tests need what the local server (moonshot.testing) does not do: results
with error lines for requests the client accepted, and a batch that moves one step
per poll. Uploads are parsed with the stdlib ``email`` parser
(``uploads/conftest.py``'s ``parse_multipart``).
A batch walks validating -> in_progress -> completed, one step per poll, and on
completion gets an output file (one line per request) and an error file (requests
whose first user message says "fail").
"""

from __future__ import annotations

import json
import re
from typing import Any

from pytest_httpserver import HTTPServer
from uploads.conftest import file_object, parse_multipart
from werkzeug import Request, Response

BATCH_STEPS = ("validating", "in_progress", "completed")


def _json(payload: Any, status: int = 200) -> Response:
    return Response(json.dumps(payload), status=status, content_type="application/json")


def _error(message: str, status: int) -> Response:
    return _json({"error": {"message": message, "type": "invalid_request_error"}}, status)


class FakeAPI:
    def __init__(self) -> None:
        self.files: dict[str, dict[str, Any]] = {}
        self.deleted: list[str] = []
        self.batches: dict[str, dict[str, Any]] = {}
        self.batch_bodies: list[dict[str, Any]] = []
        self.polls = 0
        self.fail_batch_create = False

    def install(self, server: HTTPServer) -> FakeAPI:
        server.expect_request(re.compile(r"^/v1/(files|batches).*")).respond_with_handler(self)
        return self

    def __call__(self, request: Request) -> Response:
        path, method = request.path, request.method
        if path == "/v1/files" and method == "POST":
            return self._upload(request)
        match = re.fullmatch(r"/v1/files/([^/]+)(/content)?", path)
        if match:
            file_id, content = match.groups()
            if file_id not in self.files:
                return _error(f"no file {file_id}", 404)
            if method == "DELETE":
                self.deleted.append(file_id)
                return _json({"id": file_id, "object": "file", "deleted": True})
            if content:
                return self._content(file_id)
            return _json(self.files[file_id]["object"])
        if path == "/v1/batches" and method == "POST":
            return self._create_batch(request)
        match = re.fullmatch(r"/v1/batches/([^/]+)", path)
        if match and method == "GET":
            return self._poll(match.group(1))
        return _error(f"unexpected {method} {path}", 404)

    def _upload(self, request: Request) -> Response:
        parts = {
            p.name: p for p in parse_multipart(request.headers["Content-Type"], request.get_data())
        }
        file_id = f"file-{len(self.files) + 1}"
        obj = file_object(
            file_id,
            purpose=parts["purpose"].data.decode(),
            bytes=len(parts["file"].data),
            filename=parts["file"].filename,
        )
        self.files[file_id] = {"object": obj, "data": parts["file"].data}
        return _json(obj)

    def _content(self, file_id: str) -> Response:
        entry = self.files[file_id]
        name = entry["object"]["filename"]
        if "unreadable" in name:
            return _error(f"could not extract {name}", 400)
        if entry["object"]["purpose"] == "file-extract":
            return Response(f"[{name}] " + entry["data"].decode(), content_type="text/plain")
        return Response(entry["data"], content_type="application/octet-stream")

    def _create_batch(self, request: Request) -> Response:
        body = json.loads(request.get_data())
        self.batch_bodies.append(body)
        if self.fail_batch_create:
            return _error("batch quota exceeded", 400)
        batch_id = f"batch-{len(self.batches) + 1}"
        self.batches[batch_id] = {
            "id": batch_id,
            "object": "batch",
            "endpoint": body["endpoint"],
            "input_file_id": body["input_file_id"],
            "completion_window": body["completion_window"],
            "status": "validating",
            "created_at": 1700000000,
            "request_counts": {"total": 0, "completed": 0, "failed": 0},
            "metadata": body.get("metadata"),
            "output_file_id": None,
            "error_file_id": None,
        }
        return _json(self.batches[batch_id])

    def _poll(self, batch_id: str) -> Response:
        self.polls += 1
        batch = self.batches[batch_id]
        step = BATCH_STEPS.index(batch["status"]) if batch["status"] in BATCH_STEPS else -1
        if 0 <= step < len(BATCH_STEPS) - 1:
            batch["status"] = BATCH_STEPS[step + 1]
            if batch["status"] == "completed":
                self._finish(batch)
        return _json(batch)

    def _finish(self, batch: dict[str, Any]) -> None:
        lines = self.files[batch["input_file_id"]]["data"].decode().splitlines()
        out, err = [], []
        for raw in lines:
            line = json.loads(raw)
            prompt = line["body"]["messages"][-1]["content"]
            if "fail" in prompt:
                err.append(
                    {
                        "id": "r-" + line["custom_id"],
                        "custom_id": line["custom_id"],
                        "response": {
                            "status_code": 400,
                            "body": {"error": {"message": "refused", "type": "bad"}},
                        },
                        "error": None,
                    }
                )
                continue
            out.append(
                {
                    "id": "r-" + line["custom_id"],
                    "custom_id": line["custom_id"],
                    "response": {
                        "status_code": 200,
                        "body": {
                            "id": "chatcmpl-" + line["custom_id"],
                            "object": "chat.completion",
                            "created": 1700000000,
                            "model": line["body"]["model"],
                            "choices": [
                                {
                                    "index": 0,
                                    "message": {"role": "assistant", "content": "re: " + prompt},
                                    "finish_reason": "stop",
                                }
                            ],
                            "usage": {
                                "prompt_tokens": 1,
                                "completion_tokens": 1,
                                "total_tokens": 2,
                            },
                        },
                    },
                    "error": None,
                }
            )
        batch["request_counts"] = {"total": len(lines), "completed": len(out), "failed": len(err)}
        batch["output_file_id"] = self._store("output.jsonl", out)
        batch["error_file_id"] = self._store("errors.jsonl", err) if err else None

    def _store(self, name: str, lines: list[dict[str, Any]]) -> str:
        file_id = f"file-{len(self.files) + 1}"
        data = "".join(json.dumps(line) + "\n" for line in lines).encode()
        self.files[file_id] = {
            "object": file_object(file_id, purpose="batch", filename=name, bytes=len(data)),
            "data": data,
        }
        return file_id
