"""What the Schemathesis conformance run made the local server do (README "Conformance").

Methods the document does not list get the JSON 405 with Allow; documented header
parameters are checked; file content is text/plain; signature verification does not
fail on odd input. Paths, methods and header names come from the document.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx2
import pytest
from ops._doc import needs
from spec_facts import first_model, operations

_PARAM = re.compile(r"\{[^}]+\}")
VERIFY = "/v1/signatures/verify"


def _concrete(path: str) -> str:
    return _PARAM.sub("x-1", path)


def _paths() -> dict[str, set[str]]:
    methods: dict[str, set[str]] = {}
    for method, path, _ in operations():
        methods.setdefault(path, set()).add(method)
    return methods


@pytest.mark.parametrize("method", ["TRACE", "OPTIONS", "QUERY", "PUT", "PATCH", "BREW"])
def test_every_undocumented_method_is_a_json_405_naming_the_documented_ones(
    http: httpx2.Client, method: str
) -> None:
    for path, documented in _paths().items():
        if method in documented:
            continue
        response = http.request(method, _concrete(path))
        assert response.status_code == 405, (method, path, response.text[:200])
        assert response.headers["content-type"].startswith("application/json")
        assert set(response.headers["allow"].split(", ")) == documented
        error = response.json()["error"]
        assert method in error["message"] and error["type"] == "invalid_request_error"


def test_head_gets_the_405_without_a_body(http: httpx2.Client) -> None:
    path = next(p for p, methods in _paths().items() if "HEAD" not in methods)
    response = http.head(_concrete(path))
    assert response.status_code == 405
    assert response.content == b""
    assert http.get("/v1/models").status_code == 200  # the connection is still usable


def test_an_unknown_path_is_a_json_404_for_any_method(http: httpx2.Client) -> None:
    response = http.request("TRACE", "/v1/not-an-endpoint")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "url_not_found"


def _header_parameters() -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for method, path, op in operations():
        for param in op.get("parameters", []):
            schema = param.get("schema", {})
            if param.get("in") == "header" and schema.get("minLength", 0) >= 1:
                found.append((method, path, param))
    return found


@pytest.mark.skipif(
    not _header_parameters(), reason="the document has no header parameter with a minLength"
)
@pytest.mark.parametrize(
    ("method", "path", "param"), _header_parameters(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_a_documented_header_its_schema_refuses_is_a_400_naming_it(
    http: httpx2.Client, method: str, path: str, param: dict[str, Any]
) -> None:
    response = http.request(
        method, _concrete(path), headers={param["name"]: ""}, json={"model": first_model()}
    )
    assert response.status_code == 400
    body = response.json()
    message = body["error"]["message"]
    assert param["name"] in message


def test_file_content_is_the_documented_text_plain(http: httpx2.Client) -> None:
    upload = http.post(
        "/v1/files",
        files={"file": ("lines.jsonl", b'{"a": 1}\n{"a": 2}\n', "application/jsonl")},
        data={"purpose": "batch"},
    )
    assert upload.status_code == 200, upload.text
    content = http.get(f"/v1/files/{upload.json()['id']}/content")
    assert content.status_code == 200
    assert content.headers["content-type"].split(";")[0] == "text/plain"
    assert content.text == '{"a": 1}\n{"a": 2}\n'


@pytest.mark.parametrize("limit", [0, -5, 10**9])
def test_the_batch_list_takes_any_integer_limit(http: httpx2.Client, limit: int) -> None:
    response = http.get("/v1/batches", params={"limit": limit})
    assert response.status_code == 200, response.text
    assert response.json()["object"] == "list"


def test_an_empty_upload_is_refused_as_the_error_pages_say(http: httpx2.Client) -> None:
    upload = http.post(
        "/v1/files",
        files={"file": ("b.jsonl", b"", "application/jsonl")},
        data={"purpose": "batch"},
    )
    assert upload.status_code == 400
    assert "empty" in upload.json()["error"]["message"]


def test_an_unknown_batch_input_file_is_the_documented_400(http: httpx2.Client) -> None:
    response = http.post(
        "/v1/batches",
        json={
            "input_file_id": "file-nope",
            "endpoint": "/v1/chat/completions",
            "completion_window": "24h",
        },
    )
    assert response.status_code == 400
    assert "input_file_id" in response.json()["error"]["message"]


@needs(VERIFY)
@pytest.mark.parametrize(
    "body",
    [
        {"nonce": "\ud872", "timestamp": 1, "model": "m", "signature": "s\u00e9"},
        {"nonce": "n", "timestamp": 1, "model": "m", "signature": "\u00d2\u00f2"},
    ],
)
def test_verify_answers_false_for_text_that_is_not_utf8_safe(
    http: httpx2.Client, body: dict[str, Any]
) -> None:
    raw = http.post(
        VERIFY,
        content=json.dumps(body).encode("ascii"),  # json.dumps keeps a lone surrogate escaped
        headers={"Content-Type": "application/json"},
    )
    assert raw.status_code == 200, raw.text
    assert raw.json() == {"valid": False}


@needs(VERIFY)
def test_verify_refuses_a_timestamp_past_int64(http: httpx2.Client) -> None:
    body = {"nonce": "n", "timestamp": 2**63, "model": "m", "signature": "s"}
    response = http.post(VERIFY, json=body)
    assert response.status_code == 400
    assert "timestamp" in response.json()["error"]["message"]


def test_an_empty_limit_is_no_integer(http: httpx2.Client) -> None:
    response = http.get("/v1/batches?limit=")
    assert response.status_code == 400
    assert "limit" in response.json()["error"]["message"]


def test_an_operation_the_document_lacks_is_a_json_404(
    http: httpx2.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server answers what its document lists: run on an older document (no
    signatures, no Responses...), those paths are the API's 404, not a server error."""
    from moonshot.testing import _handler

    documented = _handler.document_operations()
    alone = [op for op in documented if sum(o.path == op.path for o in documented) == 1]
    dropped = alone[0]
    older = tuple(op for op in documented if op is not dropped)
    monkeypatch.setattr(_handler, "document_operations", lambda: older)
    _handler._documented_routes.cache_clear()
    try:
        response = http.request(dropped.method, _concrete(dropped.path), json={})
        assert response.status_code == 404, (dropped.method, dropped.path, response.text[:200])
        assert response.json()["error"]["code"] == "url_not_found"
    finally:
        monkeypatch.undo()
        _handler._documented_routes.cache_clear()
    restored = http.request(dropped.method, _concrete(dropped.path), json={})
    assert restored.status_code < 400 or restored.json()["error"].get("code") != "url_not_found"
