"""Schemathesis hooks for the conformance run (loaded through SCHEMATHESIS_HOOKS).

They change only the in-memory copy of ``openapi.json`` that Schemathesis loads; the
file itself is never edited.

- Links between files and batches, which the document does not declare: the ``id`` of
  an uploaded file feeds the file operations and a batch's ``input_file_id``; a batch's
  ``id`` feeds its get and cancel; its ``output_file_id`` / ``error_file_id`` feed the
  file content. The stateful phase then walks upload -> batch -> poll -> results.
- Uploads: half of the generated upload bodies are a valid one-line batch input file
  (for the document's first chat model), so the stateful chain reaches real batches.
- Stream schemas: the document (OpenAPI 3.1) puts the schema of each event's JSON
  ``data`` under ``text/event-stream``. Schemathesis reads that schema as the schema of
  the whole event (``{"data": "...", "event": "..."}``, the OpenAPI 3.2 reading), so it
  is wrapped here: ``data`` must be JSON valid against the document's schema, or the
  ``[DONE]`` sentinel the chat pages show ending a stream.
"""

from __future__ import annotations

import json
from typing import Any

import schemathesis
from hypothesis import strategies as st

_DONE = "[DONE]"
_UPLOAD = ("POST", "/v1/files")
_batch_file: dict[str, Any] = {}


def _ref(path: str, method: str) -> str:
    return "#/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method


def _link(path: str, method: str, **parameters: str) -> dict[str, Any]:
    return {"operationRef": _ref(path, method), "parameters": dict(parameters)}


def _file_and_batch_links(paths: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(path, method) of a 200 answer -> the links it gets, for operations the document has."""
    file_id = "$response.body#/id"
    links: dict[tuple[str, str], dict[str, Any]] = {
        ("/v1/files", "post"): {
            "GetFile": _link("/v1/files/{file_id}", "get", file_id=file_id),
            "GetFileContent": _link("/v1/files/{file_id}/content", "get", file_id=file_id),
            "DeleteFile": _link("/v1/files/{file_id}", "delete", file_id=file_id),
            "CreateBatch": {
                "operationRef": _ref("/v1/batches", "post"),
                "requestBody": {
                    "input_file_id": file_id,
                    "endpoint": "/v1/chat/completions",
                    "completion_window": "24h",
                },
            },
        },
        ("/v1/batches", "post"): {
            "GetBatch": _link("/v1/batches/{batch_id}", "get", batch_id=file_id),
            "CancelBatch": _link("/v1/batches/{batch_id}/cancel", "post", batch_id=file_id),
            "GetInputFile": _link(
                "/v1/files/{file_id}", "get", file_id="$response.body#/input_file_id"
            ),
        },
        ("/v1/batches/{batch_id}", "get"): {
            "GetOutput": _link(
                "/v1/files/{file_id}/content", "get", file_id="$response.body#/output_file_id"
            ),
            "GetErrors": _link(
                "/v1/files/{file_id}/content", "get", file_id="$response.body#/error_file_id"
            ),
        },
    }
    present = {(p, m) for p, item in paths.items() for m in item}
    return {
        key: {name: link for name, link in found.items() if _target(link) in present}
        for key, found in links.items()
        if key in present
    }


def _target(link: dict[str, Any]) -> tuple[str, str]:
    path, method = link["operationRef"].removeprefix("#/paths/").rsplit("/", 1)
    return path.replace("~1", "/").replace("~0", "~"), method


def _event_schema(data_schema: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["data"],
        "properties": {
            "data": {
                "anyOf": [
                    {"const": _DONE},
                    {
                        "type": "string",
                        "contentMediaType": "application/json",
                        "contentSchema": data_schema,
                    },
                ]
            },
            "event": {"type": "string"},
        },
    }


def add_links(raw_schema: dict[str, Any]) -> None:
    paths = raw_schema.get("paths", {})
    for (path, method), links in _file_and_batch_links(paths).items():
        answer = paths[path][method].get("responses", {}).get("200")
        if isinstance(answer, dict) and links:
            answer.setdefault("links", {}).update(links)


def wrap_stream_schemas(raw_schema: dict[str, Any]) -> None:
    for item in raw_schema.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for answer in operation.get("responses", {}).values():
                media = answer.get("content", {}).get("text/event-stream")
                if isinstance(media, dict) and "schema" in media:
                    media["schema"] = _event_schema(media["schema"])


def remember_batch_file(raw_schema: dict[str, Any]) -> None:
    """A one-line batch input file for the document's first chat model."""
    chat = raw_schema["paths"].get("/v1/chat/completions", {}).get("post", {})
    schema = chat.get("requestBody", {}).get("content", {}).get("application/json", {})
    mapping = schema.get("schema", {}).get("discriminator", {}).get("mapping", {})
    if not mapping:
        return
    line = {
        "custom_id": "conformance-1",
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {"model": next(iter(mapping)), "messages": [{"role": "user", "content": "Hi"}]},
    }
    _batch_file.update(file=(json.dumps(line) + "\n").encode(), purpose="batch")


@schemathesis.hook
def before_load_schema(context: Any, raw_schema: dict[str, Any]) -> None:
    add_links(raw_schema)
    wrap_stream_schemas(raw_schema)
    remember_batch_file(raw_schema)


@schemathesis.hook
def before_generate_body(context: Any, strategy: Any) -> Any:
    """Uploads are also, half the time, a valid batch input file, so the stateful links
    from an upload reach a batch that really runs (get, cancel, its result files)."""
    operation = context.operation
    if operation is None or (operation.method.upper(), operation.path) != _UPLOAD:
        return strategy
    if not _batch_file:
        return strategy
    return st.one_of(strategy, st.just(dict(_batch_file)))
