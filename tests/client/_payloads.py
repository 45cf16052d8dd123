"""Response bodies shaped like the API's, for the local server to send."""

from __future__ import annotations

from typing import Any

import spec_facts as facts

MODEL = facts.plain_model()


def chat_completion(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "Hello there."},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 5, "completion_tokens": 3, "total_tokens": 8},
    }
    body.update(overrides)
    return body


def model_list() -> dict[str, Any]:
    return {
        "object": "list",
        "data": [
            {"id": MODEL, "object": "model", "created": 1, "owned_by": "moonshot"},
            {"id": MODEL, "object": "model", "created": 2, "owned_by": "moonshot"},
        ],
    }


def balance() -> dict[str, Any]:
    return {
        "code": 0,
        "data": {"available_balance": 49.5, "voucher_balance": 46.5, "cash_balance": 3.0},
        "scode": "0x0",
        "status": True,
    }


def file_object(file_id: str = "file-abc", **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": file_id,
        "object": "file",
        "bytes": 11,
        "created_at": 1_700_000_000,
        "filename": "notes.txt",
        "purpose": "file-extract",
        "status": "ok",
    }
    body.update(overrides)
    return body


def batch_object(batch_id: str = "batch-1", **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": batch_id,
        "object": "batch",
        "endpoint": "/v1/chat/completions",
        "input_file_id": "file-abc",
        "completion_window": "24h",
        "status": "validating",
        "created_at": 1_700_000_000,
        "request_counts": {"completed": 0, "failed": 0, "total": 2},
    }
    body.update(overrides)
    return body


def error(message: str, type_: str = "invalid_request_error", code: str | None = None) -> Any:
    inner: dict[str, Any] = {"message": message, "type": type_}
    if code is not None:
        inner["code"] = code
    return {"error": inner}
