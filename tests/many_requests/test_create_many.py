"""``chat.completions.create_many`` end to end against the local server, sync and async."""

from __future__ import annotations

import json
import time
from pathlib import Path

import moonshot
import pytest
from moonshot.many_requests import Progress
from moonshot.testing import LocalMoonshot

from .conftest import KEY, make_requests

CHAT = "/v1/chat/completions"


def _chat_statuses(server: LocalMoonshot) -> list[int]:
    return [r.status for r in server.requests if r.path == CHAT]


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_request_comes_back_as_a_batch_result(client: moonshot.Moonshot) -> None:
    progress: list[Progress] = []
    results = list(
        client.chat.completions.create_many(
            make_requests(12), max_concurrency=4, on_progress=progress.append
        )
    )
    assert sorted(r.custom_id or "" for r in results) == sorted(f"r{i}" for i in range(12))
    assert all(isinstance(r, moonshot.BatchResult) and r.ok for r in results)
    completion = results[0].completion
    assert completion is not None and completion.choices
    assert progress[-1].done == 12 and progress[-1].failed == 0 and progress[-1].total == 12
    assert progress[-1].eta == 0


@pytest.mark.anyio
async def test_async_for_over_the_same(aclient: moonshot.AsyncMoonshot) -> None:
    seen = [
        r.custom_id
        async for r in aclient.chat.completions.create_many(make_requests(10), max_concurrency=3)
    ]
    assert sorted(seen, key=lambda c: int(str(c)[1:])) == [f"r{i}" for i in range(10)]


def test_bad_lines_are_reported_with_their_index_and_the_rest_sent(
    server: LocalMoonshot, client: moonshot.Moonshot, tmp_path: Path
) -> None:
    requests: list[object] = list(make_requests(5))
    requests[1] = {"custom_id": "broken", "body": {"messages": []}}  # no model
    requests[3] = "not a request"
    output = tmp_path / "out.jsonl"
    results = {r.custom_id: r for r in client.chat.completions.create_many(requests, output=output)}
    assert [cid for cid, r in results.items() if r.ok] == ["r0", "r2", "r4"] or sorted(
        cid for cid, r in results.items() if r.ok
    ) == ["r0", "r2", "r4"]
    assert (
        results["broken"].error["index"] == 1
        and "requests[1]" in results["broken"].error["message"]
    )
    assert results["request-3"].error["index"] == 3
    assert _chat_statuses(server).count(200) == 3  # the bad ones were never sent
    assert len(_lines(output)) == 5  # one line per request


def test_quota_exhausted_stops_and_keeps_every_result(
    server: LocalMoonshot, client: moonshot.Moonshot, tmp_path: Path
) -> None:
    output = tmp_path / "out.jsonl"
    got = []
    runner = client.chat.completions.create_many(
        make_requests(20), max_concurrency=1, output=output
    )
    with pytest.raises(moonshot.QuotaExceededError) as caught:
        for result in runner:
            got.append(result.custom_id)
            if len(got) == 4:
                server.faults.fail_next(None, error_type="exceeded_current_quota_error", path=CHAT)
    assert got == ["r0", "r1", "r2", "r3"]
    assert "4 result(s) kept" in " ".join(caught.value.__notes__)
    assert _chat_statuses(server).count(429) == 1  # never retried
    assert [line["custom_id"] for line in _lines(output)] == got
    server.faults.clear()
    rest = [
        r.custom_id
        for r in client.chat.completions.create_many(
            make_requests(20), max_concurrency=1, output=output
        )
    ]
    assert rest == [f"r{i}" for i in range(4, 20)]  # resumed where it stopped
    assert sorted(line["custom_id"] for line in _lines(output)) == sorted(
        f"r{i}" for i in range(20)
    )


def test_rerun_skips_what_the_output_holds_and_cuts_a_torn_line(
    server: LocalMoonshot, client: moonshot.Moonshot, tmp_path: Path
) -> None:
    output = tmp_path / "out.jsonl"
    list(client.chat.completions.create_many(make_requests(3), output=output))
    with open(output, "a", encoding="utf-8") as torn:
        torn.write('{"custom_id": "r3", "respo')  # a write cut short by a kill
    progress: list[Progress] = []
    again = list(
        client.chat.completions.create_many(
            make_requests(5), output=output, on_progress=progress.append
        )
    )
    assert sorted(r.custom_id or "" for r in again) == ["r3", "r4"]
    assert progress[-1].skipped == 3
    ids = [line["custom_id"] for line in _lines(output)]
    assert sorted(ids) == [f"r{i}" for i in range(5)]


def test_cooldown_is_honoured_and_the_request_retried(
    server: LocalMoonshot, client: moonshot.Moonshot
) -> None:
    server.faults.fail_next(
        1, error_type="rate_limit_reached_error", headers={"Msh-Cooldown-Seconds": "0.4"}, path=CHAT
    )
    progress: list[Progress] = []
    started = time.monotonic()
    results = list(
        client.chat.completions.create_many(
            make_requests(2), max_concurrency=1, on_progress=progress.append
        )
    )
    assert time.monotonic() - started >= 0.4
    assert all(r.ok for r in results) and len(results) == 2
    assert _chat_statuses(server) == [429, 200, 200]
    assert progress[-1].rate_limited == 1


def test_under_a_server_concurrency_limit_few_requests_are_refused(
    client: moonshot.Moonshot,
) -> None:
    with LocalMoonshot(concurrency_limit=2) as limited:
        limited.faults.delay(0.02, count=None, path=CHAT)
        with moonshot.Moonshot(base_url=limited.url, api_key=KEY) as c:
            results = list(c.chat.completions.create_many(make_requests(60), max_concurrency=8))
        statuses = _chat_statuses(limited)
    assert all(r.ok for r in results) and len(results) == 60
    # 8 at once meets the limit of 2: one round of 429s, then the window stays near 2
    assert statuses.count(429) <= 12


def test_tpm_pacing_counts_tokens_as_the_server_does(client: moonshot.Moonshot) -> None:
    requests = make_requests(80)
    for item in requests:
        item["body"]["max_completion_tokens"] = 200
    per_second = 40 * 210  # about forty requests' worth in each one-second window
    with LocalMoonshot(token_limit=per_second, rate_limit_window=1.0) as limited:
        with moonshot.Moonshot(base_url=limited.url, api_key=KEY) as c:
            started = time.monotonic()
            results = list(c.chat.completions.create_many(requests, tpm=per_second * 60))
            took = time.monotonic() - started
        statuses = _chat_statuses(limited)
    assert all(r.ok for r in results) and len(results) == 80
    assert statuses.count(429) <= 4  # jitter on a busy machine; unpaced, half would be
    assert took >= 1.5  # paced: 80 requests at under forty a second


def test_stopping_early_keeps_what_was_in_flight_and_a_rerun_finishes(
    server: LocalMoonshot, client: moonshot.Moonshot, tmp_path: Path
) -> None:
    server.faults.delay(0.05, count=None, path=CHAT)
    output = tmp_path / "out.jsonl"
    for _ in client.chat.completions.create_many(
        make_requests(20), max_concurrency=4, output=output
    ):
        break
    kept = [line["custom_id"] for line in _lines(output)]
    assert len(kept) >= 2  # the one handed out and the ones in flight when the loop stopped
    rest = [
        r.custom_id for r in client.chat.completions.create_many(make_requests(20), output=output)
    ]
    assert not set(rest) & set(kept)
    assert sorted(line["custom_id"] for line in _lines(output)) == sorted(
        f"r{i}" for i in range(20)
    )
