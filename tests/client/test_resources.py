"""Resource behaviour beyond one request: pagination, file content, values the spec lacks."""

from __future__ import annotations

import json

import moonshot
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from . import _payloads as p
from .conftest import requests_seen

# after-cursor -> (ids on that page, has_more)
PAGES: dict[str | None, tuple[list[str], bool]] = {
    None: (["b1", "b2"], True),
    "b2": (["b3", "b4"], True),
    "b4": (["b5"], False),
}


def _batch_pages(request: Request) -> Response:
    ids, has_more = PAGES[request.args.get("after")]
    body = {"object": "list", "data": [p.batch_object(i) for i in ids], "has_more": has_more}
    return Response(json.dumps(body), content_type="application/json")


def _check_pages(server: HTTPServer, limit: str | None) -> None:
    seen = requests_seen(server)
    assert [r.args.get("after") for r in seen] == [None, "b2", "b4"]
    assert [r.args.get("limit") for r in seen] == [limit] * 3


def test_batches_list_follows_the_cursor(client: moonshot.Moonshot, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/batches", method="GET").respond_with_handler(_batch_pages)
    assert [b.id for b in client.batches.list(limit=2)] == ["b1", "b2", "b3", "b4", "b5"]
    _check_pages(httpserver, "2")


@pytest.mark.anyio
async def test_async_batches_list_follows_the_cursor(
    aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/batches", method="GET").respond_with_handler(_batch_pages)
    ids = [b.id async for b in aclient.batches.list()]
    assert ids == ["b1", "b2", "b3", "b4", "b5"]
    _check_pages(httpserver, None)


def test_batches_list_is_lazy(client: moonshot.Moonshot, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/batches").respond_with_handler(_batch_pages)
    pages = client.batches.list()
    assert [next(pages).id, next(pages).id] == ["b1", "b2"]
    assert len(requests_seen(httpserver)) == 1


@pytest.mark.parametrize("has_more", [False, None])
def test_batches_list_stops_without_has_more(
    has_more: bool | None, client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    body: dict[str, object] = {"object": "list", "data": [p.batch_object("only")]}
    if has_more is not None:
        body["has_more"] = has_more
    httpserver.expect_request("/v1/batches").respond_with_json(body)
    assert [b.id for b in client.batches.list()] == ["only"]
    assert len(requests_seen(httpserver)) == 1


def test_batches_list_stops_on_an_empty_page_claiming_more(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/batches").respond_with_json(
        {"object": "list", "data": [], "has_more": True}
    )
    assert list(client.batches.list()) == []
    assert len(requests_seen(httpserver)) == 1


EXTRACTED = {"content": "Zürich — 42", "file_type": "application/pdf", "filename": "a.pdf"}


def test_batches_list_stops_when_the_cursor_does_not_move(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    # A server that always claims more and repeats the same last id (Prism's static mode).
    body = {"object": "list", "data": [p.batch_object("b-same")], "has_more": True}
    httpserver.expect_request("/v1/batches").respond_with_json(body)
    assert [b.id for b in client.batches.list()] == ["b-same", "b-same"]
    assert [r.args.get("after") for r in requests_seen(httpserver)] == [None, "b-same"]


def test_file_content_text_and_json(client: moonshot.Moonshot, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/files/file-1/content").respond_with_data(
        json.dumps(EXTRACTED, ensure_ascii=False).encode("utf-8"),
        content_type="application/json",
    )
    content = client.files.content("file-1")
    assert isinstance(content, moonshot.FileContent)
    assert content.json() == EXTRACTED
    assert json.loads(content.text) == EXTRACTED
    assert "Zürich — 42" in content.text


@pytest.mark.anyio
async def test_async_file_content(aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/files/file-1/content").respond_with_data(
        "plain words", content_type="text/plain; charset=utf-8"
    )
    content = await aclient.files.content("file-1")
    assert content.text == "plain words"
    assert content.content == b"plain words"


def test_unknown_file_purpose_and_status_are_kept(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/files/f-9").respond_with_json(
        p.file_object("f-9", purpose="assistants", status="quarantined", sha256="abc")
    )
    file = client.files.retrieve("f-9")
    assert file.purpose.value == "assistants"
    assert file.status == "quarantined"
    assert file.additional_properties == {"sha256": "abc"}


def test_unknown_batch_status_is_kept(client: moonshot.Moonshot, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/batches/b-7").respond_with_json(
        p.batch_object("b-7", status="paused", priority="low")
    )
    batch = client.batches.retrieve("b-7")
    assert batch.status.value == "paused"
    assert batch.status == "paused"
    assert batch.additional_properties == {"priority": "low"}


@pytest.mark.anyio
async def test_async_unknown_values_kept(
    aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/batches").respond_with_json(
        {"object": "list", "data": [p.batch_object("b-8", status="archived")], "has_more": False}
    )
    [batch] = [b async for b in aclient.batches.list()]
    assert batch.status.value == "archived"


def test_known_enum_values_are_still_members(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    from moonshot_openapi.models import BatchObjectStatus

    httpserver.expect_request("/v1/batches/b-1").respond_with_json(
        p.batch_object(status="completed")
    )
    assert client.batches.retrieve("b-1").status is BatchObjectStatus.COMPLETED


def test_chat_completions_is_one_resource_per_client(client: moonshot.Moonshot) -> None:
    completions = client.chat.completions
    assert client.chat.completions is completions  # its parser cache lives with it
    assert client.with_options(max_retries=0).chat.completions is not completions


def test_every_request_check_shares_one_schema_checker() -> None:
    from moonshot._openapi.chat_request import chat_catalog
    from moonshot._openapi.document import spec_checker

    assert spec_checker() is spec_checker()
    assert chat_catalog().checker is spec_checker()


def test_an_operation_cannot_be_changed_after_it_is_built(client: moonshot.Moonshot) -> None:
    import dataclasses

    op = client.files._op("files.delete_file", "file-1", timeout=3.0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        op.timeout = 5.0  # type: ignore[misc]
    assert (op.kwargs["method"], op.kwargs["url"], op.timeout) == (
        "delete",
        "/v1/files/file-1",
        3.0,
    )
