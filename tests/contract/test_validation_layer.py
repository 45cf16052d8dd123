"""The request-validation layer itself: what it accepts, what it reports, and how."""

from __future__ import annotations

import json
from typing import Any

import httpx
import moonshot
import pytest
import spec_facts as facts
from contract_validation import Verdict, validate_request
from pytest_httpserver import HTTPServer

MODEL = facts.plain_model()

AUTH = {"Authorization": "Bearer sk-test", "Content-Type": "application/json"}
USER = [{"role": "user", "content": "hi"}]
PURPOSES = ["file-extract", "image", "video", "batch"]


def chat(body: dict[str, Any], headers: dict[str, str] = AUTH) -> Verdict:
    return validate_request("POST", "/v1/chat/completions", headers, json.dumps(body).encode())


@pytest.mark.parametrize(
    "model",
    [MODEL, MODEL, MODEL, MODEL, MODEL],
)
def test_a_plain_chat_request_passes(model: str) -> None:
    verdict = chat({"model": model, "messages": USER})
    assert verdict.ok, verdict.violations
    assert verdict.operation == "POST /v1/chat/completions"
    assert verdict.extensions == []


def test_out_of_range_parameter_names_field_and_variant() -> None:
    model, name, schema = facts.bounded_case()
    high = schema["maximum"] + 1
    verdict = chat({"model": model, "messages": USER, name: high})
    variant = facts.variant_of(model).schema_name
    assert verdict.violations == [
        f"{name}: {high} is greater than the maximum of {schema['maximum']} [variant {variant}]"
    ]


def test_unknown_model_lists_the_discriminator_values() -> None:
    (problem,) = chat({"model": "kimi-k9", "messages": USER}).violations
    allowed = f"model: 'kimi-k9' is not a discriminator value; allowed: {facts.first_model()}"
    assert problem.startswith(allowed)
    assert MODEL in problem


def test_variant_specific_shape_is_checked() -> None:
    model = facts.model_accepting("thinking")
    assert model is not None
    kinds = facts.chat_field(model, "thinking")["properties"]["type"]["enum"]
    bad = {"model": model, "messages": USER, "thinking": {"type": "on"}}
    (problem,) = chat(bad).violations
    assert problem.startswith(f"thinking.type: 'on' is not one of {kinds!r}")


def test_missing_messages_and_bad_role() -> None:
    assert "'messages' is a required property" in chat({"model": MODEL}).describe()
    bad_role = {"model": MODEL, "messages": [{"role": "robot", "content": "x"}]}
    assert "messages[0].role: 'robot' is not one of" in chat(bad_role).describe()


def test_documented_tool_turns_pass_as_extensions() -> None:
    messages = [
        *USER,
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
            ],
        },
        {"role": "tool", "tool_call_id": "c1", "content": "42"},
        {"role": "assistant", "content": "done", "reasoning_content": "thought"},
    ]
    verdict = chat({"model": MODEL, "messages": messages})
    assert verdict.ok, verdict.violations
    assert verdict.extensions == ["reasoning_content", "tool role", "tool_calls"]


def test_extensions_are_exactly_the_documented_ones() -> None:
    no_call_id = [*USER, {"role": "tool", "content": "42"}]
    # Refused unless the document itself lists the tool role (it then says what it needs).
    in_document = "tool" in facts.document_roles(MODEL)
    assert chat({"model": MODEL, "messages": no_call_id}).ok is in_document
    no_content = [*USER, {"role": "user"}]
    assert not chat({"model": MODEL, "messages": no_content}).ok
    other_role = [*USER, {"role": "function", "content": "x"}]
    assert not chat({"model": MODEL, "messages": other_role}).ok


def test_auth_is_required() -> None:
    for headers in ({}, {"Authorization": "sk-test"}, {"Authorization": "Bearer "}):
        verdict = chat(
            {"model": MODEL, "messages": USER},
            {**headers, "Content-Type": "application/json"},
        )
        assert verdict.violations == ["security bearerAuth: Authorization must be 'Bearer <token>'"]


def test_content_type_and_json_are_checked() -> None:
    body = json.dumps({"model": MODEL, "messages": USER}).encode()
    headers = {"Authorization": "Bearer k", "Content-Type": "text/plain"}
    (problem,) = validate_request("POST", "/v1/chat/completions", headers, body).violations
    assert problem == "Content-Type text/plain not accepted; allowed: application/json"
    (problem,) = validate_request("POST", "/v1/chat/completions", AUTH, b"{oops").violations
    assert problem.startswith("body is not JSON")
    (problem,) = validate_request("POST", "/v1/chat/completions", AUTH, b"").violations
    assert problem == "request body is required"


def test_paths_methods_and_parameters() -> None:
    auth = {"Authorization": "Bearer k"}
    assert validate_request("GET", "/v1/files/file-1/content", auth, b"").ok
    assert validate_request("GET", "/proxy/moonshot/v1/models", auth, b"").ok
    assert not validate_request("GET", "/v1/v1/models", auth, b"").ok
    (problem,) = validate_request("PUT", "/v1/files/f", auth, b"").violations
    assert problem == (
        "no operation PUT /v1/files/f in openapi.json "
        "(path has: DELETE /v1/files/{file_id}, GET /v1/files/{file_id})"
    )
    (problem,) = validate_request("GET", "/v1/batches", auth, b"", query="limit=ten").violations
    assert problem == "query parameter limit: 'ten' is not an integer"
    assert validate_request("GET", "/v1/batches", auth, b"", query="limit=10&after=b-1").ok
    (problem,) = validate_request("GET", "/v1/models", auth, b"{}").violations
    assert problem == "operation takes no request body, got 2 bytes"


def test_accept_must_admit_the_answer() -> None:
    json_only = {"Authorization": "Bearer k", "Accept": "application/json"}
    (problem,) = validate_request("GET", "/v1/files/f/content", json_only, b"").violations
    assert problem == "Accept 'application/json' admits none of the answer's: text/plain"
    assert validate_request("GET", "/v1/files/f/content", {**json_only, "Accept": "text/*"}, b"").ok


def _multipart(parts: list[tuple[str, str | None, bytes]]) -> tuple[bytes, str]:
    boundary = "b0undary"
    chunks = []
    for name, filename, content in parts:
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        chunks.append(f"--{boundary}\r\nContent-Disposition: {disposition}\r\n\r\n".encode())
        chunks.append(content + b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ([("file", "a.txt", b"x"), ("purpose", None, b"batch")], []),
        (
            [("file", "a.txt", b"x"), ("purpose", None, b"archive")],
            ["multipart purpose: 'archive' is not one of " + str(PURPOSES)],
        ),
        ([("file", "a.txt", b"x")], ["multipart (body): 'purpose' is a required property"]),
        (
            [("file", None, b"x"), ("purpose", None, b"image")],
            ["multipart field file must be a file part"],
        ),
    ],
)
def test_multipart_upload_fields(
    parts: list[tuple[str, str | None, bytes]], expected: list[str]
) -> None:
    body, content_type = _multipart(parts)
    headers = {"Authorization": "Bearer k", "Content-Type": content_type}
    assert validate_request("POST", "/v1/files", headers, body).violations == expected


def test_the_client_upload_passes_through_the_fixture(
    httpserver: HTTPServer, tmp_path: Any
) -> None:
    """The streamed upload the client frames itself is valid multipart for the layer."""
    answer = {
        "id": "f-1",
        "object": "file",
        "bytes": 3,
        "created_at": 1,
        "filename": "a.txt",
        "purpose": "file-extract",
        "status": "ok",
    }
    httpserver.expect_request("/v1/files", method="POST").respond_with_json(answer)
    path = tmp_path / "a.txt"
    path.write_bytes(b"abc")
    with moonshot.Moonshot(api_key="sk-x", base_url=httpserver.url_for("/v1")) as client:
        client.files.create(path, purpose="file-extract")
    (request, _), *_ = httpserver.log
    assert request.content_type.startswith("multipart/form-data; boundary=")


@pytest.mark.no_contract
def test_raw_invalid_request_needs_the_marker(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/models").respond_with_json({"data": []})
    httpx.get(httpserver.url_for("/v1/models"))  # no Authorization: allowed by the marker only
    assert len(httpserver.log) == 1
