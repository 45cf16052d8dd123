"""Every operation, sync and async, against a local server: what goes out, what comes back.

For each operation the test checks the method, path, query, headers and body the server
received, and that the answer is parsed into the generated model. The table is checked
against openapi.json, so an operation added to the spec without a test here fails.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import moonshot
import pytest
import spec_facts as facts
from moonshot_openapi import models as m
from pytest_httpserver import HTTPServer
from werkzeug import Request

from . import _payloads as p
from ._ops_cases import ops_cases
from .conftest import SENTINEL_KEY, adrain, drain, json_body, requests_seen
from .test_raw_operations import RAW_ONLY

MODEL = facts.plain_model()

SPEC = json.loads((Path(__file__).resolve().parents[2] / "openapi.json").read_text("utf-8"))
USER_HELLO = [{"role": "user", "content": "Hello"}]


@dataclass(frozen=True)
class Case:
    """One operation: how to call it, what the server must see, what the caller gets."""

    id: str
    method: str
    template: str  # the spec's path
    path: str  # the path actually requested
    call: Callable[[Any], Any]
    response: Any
    result_type: type
    check: Callable[[Any], None]
    body: Any = None  # expected JSON body; None means no body
    query: dict[str, str] = field(default_factory=dict)
    check_request: Callable[[Request], None] | None = None


def _check_upload(request: Request) -> None:
    assert request.mimetype == "multipart/form-data"
    assert request.form["purpose"] == "file-extract"
    upload = request.files["file"]
    assert upload.filename == "notes.txt"
    assert upload.read() == b"hello world"


CASES = [
    Case(
        "models.list",
        "GET",
        "/v1/models",
        "/v1/models",
        lambda c: c.models.list(),
        p.model_list(),
        m.ModelList,
        lambda r: [x.id for x in r.data] == [MODEL, MODEL] or _fail(r),
    ),
    Case(
        "balance.retrieve",
        "GET",
        "/v1/users/me/balance",
        "/v1/users/me/balance",
        lambda c: c.balance.retrieve(),
        p.balance(),
        m.BalanceResponse,
        lambda r: r.data.available_balance == 49.5 or _fail(r),
    ),
    Case(
        "files.create",
        "POST",
        "/v1/files",
        "/v1/files",
        lambda c: c.files.create(file=("notes.txt", b"hello world"), purpose="file-extract"),
        p.file_object(),
        m.FileObject,
        lambda r: r.id == "file-abc" or _fail(r),
        check_request=_check_upload,
    ),
    Case(
        "files.list",
        "GET",
        "/v1/files",
        "/v1/files",
        lambda c: c.files.list(),
        {"object": "list", "data": [p.file_object()]},
        m.FileListResponse,
        lambda r: [f.id for f in r.data] == ["file-abc"] or _fail(r),
    ),
    Case(
        "files.retrieve",
        "GET",
        "/v1/files/{file_id}",
        "/v1/files/file-abc",
        lambda c: c.files.retrieve("file-abc"),
        p.file_object(),
        m.FileObject,
        lambda r: (r.filename, r.bytes_) == ("notes.txt", 11) or _fail(r),
    ),
    Case(
        "files.delete",
        "DELETE",
        "/v1/files/{file_id}",
        "/v1/files/file-abc",
        lambda c: c.files.delete("file-abc"),
        {"id": "file-abc", "object": "file", "deleted": True},
        m.FileDeleteResponse,
        lambda r: r.deleted is True or _fail(r),
    ),
    Case(
        "files.content",
        "GET",
        "/v1/files/{file_id}/content",
        "/v1/files/file-abc/content",
        lambda c: c.files.content("file-abc"),
        {"content": "hello world", "file_type": "text/plain", "filename": "notes.txt"},
        moonshot.FileContent,
        lambda r: r.json()["content"] == "hello world" or _fail(r),
    ),
    Case(
        "chat.completions.create",
        "POST",
        "/v1/chat/completions",
        "/v1/chat/completions",
        lambda c: c.chat.completions.create(model=MODEL, messages=USER_HELLO),
        p.chat_completion(),
        m.ChatCompletionResponse,
        lambda r: r.choices[0].message.content == "Hello there." or _fail(r),
        body={"model": MODEL, "messages": USER_HELLO},
    ),
    Case(
        "tokenizers.estimate_token_count",
        "POST",
        "/v1/tokenizers/estimate-token-count",
        "/v1/tokenizers/estimate-token-count",
        lambda c: c.tokenizers.estimate_token_count(model=MODEL, messages=USER_HELLO),
        {"data": {"total_tokens": 80}},
        m.EstimateTokenResponse,
        lambda r: r.data.total_tokens == 80 or _fail(r),
        body={"model": MODEL, "messages": USER_HELLO},
    ),
    Case(
        "batches.create",
        "POST",
        "/v1/batches",
        "/v1/batches",
        lambda c: c.batches.create(input_file_id="file-abc", metadata={"job": "nightly"}),
        p.batch_object(),
        m.BatchObject,
        lambda r: (r.id, r.request_counts.total) == ("batch-1", 2) or _fail(r),
        body={
            "input_file_id": "file-abc",
            "endpoint": "/v1/chat/completions",
            "completion_window": "24h",
            "metadata": {"job": "nightly"},
        },
    ),
    Case(
        "batches.list",
        "GET",
        "/v1/batches",
        "/v1/batches",
        lambda c: c.batches.list(limit=5),
        {"object": "list", "data": [p.batch_object()], "has_more": False},
        list,
        lambda r: [b.id for b in r] == ["batch-1"] or _fail(r),
        query={"limit": "5"},
    ),
    Case(
        "batches.retrieve",
        "GET",
        "/v1/batches/{batch_id}",
        "/v1/batches/batch-1",
        lambda c: c.batches.retrieve("batch-1"),
        p.batch_object(),
        m.BatchObject,
        lambda r: r.status.value == "validating" or _fail(r),
    ),
    Case(
        "batches.cancel",
        "POST",
        "/v1/batches/{batch_id}/cancel",
        "/v1/batches/batch-1/cancel",
        lambda c: c.batches.cancel("batch-1"),
        p.batch_object(status="cancelling"),
        m.BatchObject,
        lambda r: r.status.value == "cancelling" or _fail(r),
    ),
    *ops_cases(Case),
]


# Operations not every published document has: a case when the document has them.
_OPTIONAL_CASES = [
    Case(
        "signatures.verify",
        "POST",
        "/v1/signatures/verify",
        "/v1/signatures/verify",
        lambda c: c.signatures.verify(
            moonshot.RequestSignature("n-1", 1786338000123, MODEL, "reqsigv1_abc")
        ),
        {"valid": True},
        getattr(m, "SignatureVerifyResponse", None),
        lambda r: r.valid is True or _fail(r),
        body={
            "nonce": "n-1",
            "timestamp": 1786338000123,
            "model": MODEL,
            "signature": "reqsigv1_abc",
        },
    ),
]
# The official tools, from the extension document (tests/formulas has the rest).
_FORMULA_TOOL = {
    "type": "function",
    "function": {"name": "date", "parameters": {"type": "object", "properties": {}}},
}
_OPTIONAL_CASES += [
    Case(
        "formulas.tools",
        "GET",
        "/v1/formulas/{namespace}/{formula}/tools",
        "/v1/formulas/moonshot/date:latest/tools",
        lambda c: c.formulas.tools("date"),
        {"object": "list", "tools": [_FORMULA_TOOL]},
        getattr(m, "FormulaToolList", None),
        lambda r: r.tools[0].function.name == "date" or _fail(r),
    ),
    Case(
        "formulas.call",
        "POST",
        "/v1/formulas/{namespace}/{formula}/fibers",
        "/v1/formulas/moonshot/date:latest/fibers",
        lambda c: c.formulas.call("moonshot/date", "date", '{"operation": "now"}'),
        {"id": "fiber-1", "object": "fiber", "status": "succeeded", "context": {"output": "x"}},
        getattr(m, "FormulaFiber", None),
        lambda r: (r.status, r.context.output) == ("succeeded", "x") or _fail(r),
        body={"name": "date", "arguments": '{"operation": "now"}'},
    ),
]
_IN_DOCUMENT = {(method, path) for method, path, _ in facts.operations()}
CASES += [c for c in _OPTIONAL_CASES if (c.method, c.template) in _IN_DOCUMENT]


def _fail(result: Any) -> bool:
    raise AssertionError(f"unexpected result: {result!r}")


def _serve(server: HTTPServer, case: Case) -> None:
    server.expect_request(case.path, method=case.method).respond_with_json(case.response)


def _check_sent(server: HTTPServer, case: Case) -> None:
    [request] = requests_seen(server)
    assert request.method == case.method
    assert request.path == case.path
    assert dict(request.args) == case.query
    assert_client_headers(request)
    if case.body is not None:
        assert request.mimetype == "application/json"
        assert json_body(request) == case.body
    elif case.check_request is not None:
        case.check_request(request)
    else:
        assert request.get_data() == b""


def assert_client_headers(request: Request) -> None:
    """Our auth and User-Agent, and nothing that claims to be another vendor's SDK."""
    assert request.headers["Authorization"] == f"Bearer {SENTINEL_KEY}"
    agent = request.headers["User-Agent"]
    assert agent.startswith(f"moonshot-client/{moonshot.__version__} ")
    assert "openai" not in agent.lower()
    for name, _ in request.headers.items():
        lowered = name.lower()
        assert not lowered.startswith("x-stainless"), name
        assert "openai" not in lowered, name


def _check_result(case: Case, result: Any) -> None:
    assert isinstance(result, case.result_type), type(result)
    if case.result_type is list:
        assert all(isinstance(item, m.BatchObject) for item in result)
    case.check(result)


def test_every_spec_operation_has_a_case_or_is_called_through_raw() -> None:
    """Operations with a resource have a case here; the others (no resource yet) are
    called through ``client.raw`` in test_raw_operations.py, which takes them from the
    document. Every case is still an operation of the document."""
    in_spec = {(method, path) for method, path, _ in facts.operations()}
    cased = {(c.method, c.template) for c in CASES}
    assert cased <= in_spec
    # (The Responses, Messages and web tool operations have both.)
    assert in_spec <= cased | {(m, p) for m, p, _ in RAW_ONLY}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_sync_operation(case: Case, client: moonshot.Moonshot, httpserver: HTTPServer) -> None:
    _serve(httpserver, case)
    result = drain(case.call(client))
    _check_sent(httpserver, case)
    _check_result(case, result)


@pytest.mark.anyio
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
async def test_async_operation(
    case: Case, aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer
) -> None:
    _serve(httpserver, case)
    result = await adrain(case.call(aclient))
    _check_sent(httpserver, case)
    _check_result(case, result)
