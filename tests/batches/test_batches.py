"""batches.create_from_requests / wait / results against a fake batch API on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx2
import moonshot
import pytest
import spec_facts as facts
from moonshot._batch_lines.requests import metadata_limits
from moonshot_openapi.models import BatchObject
from pytest_httpserver import HTTPServer

from .fake_api import FakeAPI

MODEL = facts.plain_model()


@pytest.fixture
def api(httpserver: HTTPServer) -> FakeAPI:
    return FakeAPI().install(httpserver)


def _body(prompt: str, model: str = MODEL, **params: Any) -> dict[str, Any]:
    return {"model": model, "messages": [{"role": "user", "content": prompt}], **params}


def _requests() -> Iterator[Any]:
    """A generator, so the client cannot rely on len() or a second pass."""
    yield _body("hello")
    yield {"custom_id": "mine", "body": _body("please fail", model=MODEL)}
    yield _body("bye", max_completion_tokens=20)


def _uploaded_lines(api: FakeAPI) -> list[dict[str, Any]]:
    (entry,) = [f for f in api.files.values() if f["object"]["purpose"] == "batch"][:1]
    return [json.loads(line) for line in entry["data"].decode().splitlines()]


def _check_upload(api: FakeAPI) -> None:
    first = api.files["file-1"]["object"]
    assert first["purpose"] == "batch" and first["filename"].endswith(".jsonl")
    lines = _uploaded_lines(api)
    assert [line["custom_id"] for line in lines] == ["request-0", "mine", "request-2"]
    assert all(line["method"] == "POST" for line in lines)
    assert all(line["url"] == "/v1/chat/completions" for line in lines)
    assert lines[2]["body"] == _body("bye", max_completion_tokens=20)
    (create,) = api.batch_bodies
    assert create == {
        "input_file_id": "file-1",
        "endpoint": "/v1/chat/completions",
        "completion_window": "24h",
        "metadata": {"job": "nightly"},
    }


def _check_results(results: list[moonshot.BatchResult]) -> None:
    assert [r.custom_id for r in results] == ["request-0", "request-2", "mine"]
    ok = [r for r in results if r.ok]
    assert len(ok) == 2
    completion = ok[0].completion
    assert completion is not None and completion.choices[0].message.content == "re: hello"
    (failed,) = [r for r in results if not r.ok]
    assert failed.status_code == 400 and failed.error["message"] == "refused"
    assert failed.completion is None


def test_the_whole_batch_flow(client: moonshot.Moonshot, api: FakeAPI) -> None:
    batch = client.batches.create_from_requests(_requests(), metadata={"job": "nightly"})
    assert batch.status == "validating"
    _check_upload(api)
    seen: list[str] = []
    done = client.batches.wait(batch.id, poll_interval=0, on_update=lambda b: seen.append(b.status))
    assert done.status == "completed"
    assert seen == ["in_progress", "completed"]
    assert done.request_counts.to_dict()["completed"] == 2
    _check_results(list(client.batches.results(done)))
    _check_results(list(client.batches.results(done.id)))


@pytest.mark.anyio
async def test_the_whole_batch_flow_async(aclient: moonshot.AsyncMoonshot, api: FakeAPI) -> None:
    batch = await aclient.batches.create_from_requests(_requests(), metadata={"job": "nightly"})
    _check_upload(api)
    seen: list[str] = []
    done = await aclient.batches.wait(
        batch.id, poll_interval=0, on_update=lambda b: seen.append(b.status)
    )
    assert done.status == "completed" and seen == ["in_progress", "completed"]
    _check_results([r async for r in aclient.batches.results(done)])


_BMODEL, _BOUNDED, _LIMITS = facts.bounded_case()
_OTHER_MODEL, _OTHER_FIELD = facts.fields_of_other_variants()[0]


def test_every_bad_line_is_reported_and_nothing_is_sent(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    requests = [
        _body("fine"),
        _body("too high", model=_BMODEL, **{_BOUNDED: _LIMITS["maximum"] + 1}),
        {"custom_id": "dup", "body": _body("a")},
        {"custom_id": "dup", "body": _body("b")},
        {"model": MODEL},
        "not a request",
        _body("x", model=_OTHER_MODEL, **{_OTHER_FIELD: {}}),
        {"custom_id": "u", "body": _body("y"), "url": "/v1/embeddings"},
    ]
    with pytest.raises(moonshot.ValidationError) as caught:
        client.batches.create_from_requests(requests)
    errors = caught.value.errors
    indexes = sorted({int(e.split("]", 1)[0].removeprefix("requests[")) for e in errors})
    assert indexes == [1, 3, 4, 5, 6, 7]
    text = "\n".join(errors)
    assert f"requests[1]: {_BOUNDED}" in text
    assert "'dup' is already used by requests[2]" in text
    assert "requests[4]: messages: required" in text
    assert f"requests[6]: {_OTHER_FIELD}" in text
    assert "requests[7]: url" in text
    assert httpserver.log == []


def test_empty_input_and_bad_ids(client: moonshot.Moonshot, httpserver: HTTPServer) -> None:
    with pytest.raises(moonshot.ValidationError, match="no requests"):
        client.batches.create_from_requests(iter([]))
    with pytest.raises(moonshot.ValidationError, match="custom_id: expected a non-empty string"):
        client.batches.create_from_requests([{"custom_id": "", "body": _body("x")}])
    # A generated id may not collide with one given later.
    with pytest.raises(moonshot.ValidationError, match="already used by requests\\[0\\]"):
        client.batches.create_from_requests(
            [_body("x"), {"custom_id": "request-0", "body": _body("y")}]
        )
    assert httpserver.log == []


def test_metadata_limits_come_from_the_spec() -> None:
    limits = metadata_limits()
    assert (limits.pairs, limits.key_chars, limits.value_chars) == (16, 64, 512)


@pytest.mark.parametrize(
    ("metadata", "pattern"),
    [
        ({f"k{i}": "v" for i in range(17)}, "17 pairs, more than the maximum 16"),
        ({"k" * 65: "v"}, "key is 65 characters, more than the maximum 64"),
        ({"k": "v" * 513}, "value is 513 characters, more than the maximum 512"),
        ({"k": 5}, "metadata"),
    ],
)
def test_metadata_is_checked_before_sending(
    client: moonshot.Moonshot, httpserver: HTTPServer, metadata: dict, pattern: str
) -> None:
    with pytest.raises(moonshot.ValidationError, match=pattern):
        client.batches.create_from_requests([_body("x")], metadata=metadata)
    with pytest.raises(moonshot.ValidationError, match=pattern):
        client.batches.create(input_file_id="file-1", metadata=metadata)
    assert httpserver.log == []


def test_completion_window_is_checked_before_sending(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    with pytest.raises(moonshot.ValidationError, match="completion_window"):
        client.batches.create_from_requests([_body("x")], completion_window=24)  # type: ignore[arg-type]
    assert httpserver.log == []


def test_failed_batch_creation_deletes_the_uploaded_file(
    client: moonshot.Moonshot, api: FakeAPI
) -> None:
    api.fail_batch_create = True
    with pytest.raises(moonshot.BadRequestError, match="quota"):
        client.batches.create_from_requests([_body("x")])
    assert api.deleted == ["file-1"]


def _stuck_server(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/batches/b-stuck").respond_with_json(
        {
            "id": "b-stuck",
            "object": "batch",
            "endpoint": "/v1/chat/completions",
            "input_file_id": "file-1",
            "completion_window": "24h",
            "status": "in_progress",
            "created_at": 1,
            "request_counts": {"total": 1, "completed": 0, "failed": 0},
        }
    )


def test_wait_times_out_with_the_last_state(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    _stuck_server(httpserver)
    # The first request builds the transport and loads the TLS trust store (tens of ms,
    # more on a busy machine); keep that out of the 50 ms being measured.
    client.batches.retrieve("b-stuck")
    polled_before = len(httpserver.log)
    updates: list[str] = []
    with pytest.raises(moonshot.BatchWaitTimeout) as caught:
        client.batches.wait(
            "b-stuck", poll_interval=0.01, timeout=0.05, on_update=lambda b: updates.append(b.id)
        )
    assert caught.value.batch.status == "in_progress"
    assert "b-stuck" in str(caught.value) and "'in_progress'" in str(caught.value)
    assert isinstance(caught.value, TimeoutError)
    assert updates == ["b-stuck"]  # the state never changed after the first poll
    assert len(httpserver.log) - polled_before >= 2


@pytest.mark.anyio
async def test_wait_times_out_async(
    aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer
) -> None:
    _stuck_server(httpserver)
    with pytest.raises(moonshot.BatchWaitTimeout):
        await aclient.batches.wait("b-stuck", poll_interval=0.01, timeout=0.03)


def test_wait_rejects_bad_arguments(client: moonshot.Moonshot, httpserver: HTTPServer) -> None:
    with pytest.raises(moonshot.ValidationError, match="poll_interval"):
        client.batches.wait("b", poll_interval=-1)
    with pytest.raises(moonshot.ValidationError, match="timeout"):
        client.batches.wait("b", timeout=-1)
    assert httpserver.log == []


def test_malformed_result_line_is_named_after_the_good_ones(
    client: moonshot.Moonshot, api: FakeAPI
) -> None:
    batch = client.batches.create_from_requests([_body("hi")])
    done = client.batches.wait(batch.id, poll_interval=0)
    output = api.files[done.output_file_id]
    output["data"] += b"{not json\n"
    received: list[moonshot.BatchResult] = []
    with pytest.raises(moonshot.APIResponseValidationError) as caught:
        for result in client.batches.results(done):
            received.append(result)
    assert [r.custom_id for r in received] == ["request-0"]
    assert f"{done.output_file_id}, line 2" in str(caught.value)


class _BreaksOff(httpx2.SyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        yield b'{"custom_id": "a", "response": {"status_code": 200, "body": {}}}\n'
        yield b'{"custom_id": "b", "response": {"status_code": 200, "body": {}}}\n{"cus'
        raise httpx2.ReadError("connection reset")


def test_broken_result_stream_keeps_what_arrived() -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        assert request.url.path == "/v1/files/file-out/content"
        return httpx2.Response(200, stream=_BreaksOff())

    http = httpx2.Client(transport=httpx2.MockTransport(handler))
    with moonshot.Moonshot(api_key="k", base_url="http://127.0.0.1/v1", http_client=http) as c:
        batch = BatchObject.from_dict(
            {
                "id": "b",
                "object": "batch",
                "endpoint": "/v1/chat/completions",
                "input_file_id": "file-in",
                "completion_window": "24h",
                "status": "completed",
                "created_at": 1,
                "request_counts": {"total": 3, "completed": 3, "failed": 0},
                "output_file_id": "file-out",
            }
        )
        received: list[str | None] = []
        with pytest.raises(moonshot.APIConnectionError, match="broke off after 2 line") as caught:
            for result in c.batches.results(batch):
                received.append(result.custom_id)
    assert received == ["a", "b"]
    assert "file-out" in str(caught.value)
