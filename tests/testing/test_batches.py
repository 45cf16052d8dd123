"""Batches: the state walk on a clock or by hand, results and errors as files, cancel."""

from __future__ import annotations

import json
import time
from typing import Any

import moonshot
import pytest
import spec_facts as facts
from moonshot.testing import LocalMoonshot

from .conftest import KEY

MODEL = facts.plain_model()


def _line(custom_id: str, body: dict[str, Any]) -> dict[str, Any]:
    return {"custom_id": custom_id, "method": "POST", "url": "/v1/chat/completions", "body": body}


GOOD = [
    _line("a", {"model": MODEL, "messages": [{"role": "user", "content": "first"}]}),
    _line("b", {"model": MODEL, "messages": [{"role": "user", "content": "second"}]}),
]
BAD = _line("c", {"model": MODEL, "messages": [{"role": "robot", "content": "x"}]})


def _submit(client: moonshot.Moonshot, lines: list[Any]) -> Any:
    data = "\n".join(json.dumps(line) for line in lines).encode()
    source = client.files.create(file=("requests.jsonl", data), purpose="batch")
    return client.batches.create(input_file_id=source.id, completion_window="24h")


def _jsonl(client: moonshot.Moonshot, file_id: str) -> list[Any]:
    return [json.loads(line) for line in client.files.content(file_id).text.splitlines()]


@pytest.fixture
def mclient(manual_server: LocalMoonshot) -> Any:
    with moonshot.Moonshot(strict_responses=True, base_url=manual_server.url, api_key=KEY) as c:
        yield c


def test_lifecycle_step_by_step(manual_server: LocalMoonshot, mclient: moonshot.Moonshot) -> None:
    batch = _submit(mclient, [*GOOD, BAD])
    statuses = [mclient.batches.retrieve(batch.id).status]
    for _ in range(4):
        manual_server.advance_batches()
        statuses.append(mclient.batches.retrieve(batch.id).status)
    assert statuses == ["validating", "in_progress", "finalizing", "completed", "completed"]
    done = mclient.batches.retrieve(batch.id)
    assert (done.request_counts.total, done.request_counts.completed) == (3, 2)
    assert done.request_counts.failed == 1
    assert done.in_progress_at and done.finalizing_at and done.completed_at
    outputs = {o["custom_id"]: o for o in _jsonl(mclient, done.output_file_id)}
    assert set(outputs) == {"a", "b"}
    body = outputs["a"]["response"]["body"]
    assert outputs["a"]["response"]["status_code"] == 200
    assert "first" in body["choices"][0]["message"]["content"]
    assert body["choices"][0]["message"]["reasoning_content"]
    (error,) = _jsonl(mclient, done.error_file_id)
    assert error["custom_id"] == "c" and error["response"]["status_code"] == 400
    assert "messages[0].role" in error["error"]["message"]


def test_the_clock_moves_batches_on_its_own(client: moonshot.Moonshot) -> None:
    batch = _submit(client, GOOD)  # the plugin's server steps every 0.05 s
    seen = {batch.status}  # on a busy machine the first poll may already be past it
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        current = client.batches.retrieve(batch.id)
        seen.add(current.status)
        if current.status == "completed":
            break
        time.sleep(0.01)
    assert current.status == "completed"
    assert "validating" in seen and current.error_file_id is None
    assert len(_jsonl(client, current.output_file_id)) == 2


def test_cancel(manual_server: LocalMoonshot, mclient: moonshot.Moonshot) -> None:
    batch = _submit(mclient, GOOD)
    manual_server.advance_batches()
    cancelling = mclient.batches.cancel(batch.id)
    assert cancelling.status == "cancelling" and cancelling.cancelling_at
    manual_server.advance_batches()
    cancelled = mclient.batches.retrieve(batch.id)
    assert cancelled.status == "cancelled" and cancelled.cancelled_at
    assert cancelled.output_file_id is None
    with pytest.raises(moonshot.BadRequestError, match="cancelled"):
        mclient.batches.cancel(batch.id)


def test_an_input_that_is_not_jsonl_fails_validation(
    manual_server: LocalMoonshot, mclient: moonshot.Moonshot
) -> None:
    source = mclient.files.create(file=("in.jsonl", b"not json at all\n"), purpose="batch")
    batch = mclient.batches.create(input_file_id=source.id, completion_window="24h")
    manual_server.advance_batches()
    failed = mclient.batches.retrieve(batch.id)
    assert failed.status == "failed" and failed.failed_at
    assert "line 1" in failed.additional_properties["errors"]["data"][0]["message"]


def test_list_pages_newest_first(manual_server: LocalMoonshot, mclient: moonshot.Moonshot) -> None:
    created = [_submit(mclient, GOOD).id for _ in range(5)]
    assert [b.id for b in mclient.batches.list(limit=2)] == created[::-1]
    pages = [r.path for r in manual_server.requests if r.path == "/v1/batches"]
    assert len(pages) >= 3 + 5  # five creates, three pages of two


def test_metadata_is_kept(mclient: moonshot.Moonshot) -> None:
    data = json.dumps(GOOD[0]).encode()
    source = mclient.files.create(file=("r.jsonl", data), purpose="batch")
    batch = mclient.batches.create(
        input_file_id=source.id, completion_window="3d", metadata={"job": "nightly"}
    )
    assert mclient.batches.retrieve(batch.id).metadata.additional_properties == {"job": "nightly"}
    assert batch.expires_at - batch.created_at == 3 * 86400
