"""Pacing and backoff decisions on a fake clock: no sleeping, no server."""

from __future__ import annotations

import itertools
from typing import Any

import httpx2
import moonshot
import pytest
from moonshot._errors import make_status_error
from moonshot._limits._tokens import (
    estimate_request_tokens,
)
from moonshot.many_requests._pacing import HEADROOM, Pacer
from moonshot.many_requests._schedule import Answer, RunOptions, Schedule, Send, Wait

from .conftest import make_requests


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _send_times(pacer: Pacer, clock: FakeClock, count: int, tokens: int = 1) -> list[float]:
    times = []
    for _ in range(count):
        clock.now += pacer.delay()
        pacer.sent(tokens)
        times.append(clock.now)
    return times


def test_rpm_spaces_requests_evenly_under_the_limit() -> None:
    clock = FakeClock()
    times = _send_times(Pacer(8, rpm=120, clock=clock), clock, 61)
    gaps = {round(b - a, 9) for a, b in itertools.pairwise(times)}
    assert gaps == {round(60 / (120 * HEADROOM), 9)}
    # any 60-second window holds no more than the limit
    assert all(sum(1 for t in times if start <= t < start + 60) <= 120 for start in times)


def test_tpm_spaces_requests_by_their_tokens() -> None:
    clock = FakeClock()
    pacer = Pacer(8, tpm=60_000, clock=clock)
    times = _send_times(pacer, clock, 5, tokens=2_000)
    assert times[1] - times[0] == pytest.approx(2_000 * 60 / (60_000 * HEADROOM))


def test_hold_stops_every_request_until_it_ends() -> None:
    clock = FakeClock()
    pacer = Pacer(8, clock=clock)
    assert pacer.delay() == 0.0
    pacer.hold(2.5)
    assert pacer.delay() == pytest.approx(2.5)
    clock.now += 2.5
    assert pacer.delay() == 0.0


def test_aimd_halves_once_per_round_then_climbs_back() -> None:
    clock = FakeClock()
    pacer = Pacer(8, clock=clock)
    numbers = [pacer.sent(1) for _ in range(8)]
    assert pacer.throttled(numbers[5], in_flight_then=6) is True
    assert pacer.window == 4.0  # halved
    # throttles of requests sent before the decrease are the same round: no second halving
    assert pacer.throttled(numbers[6], in_flight_then=7) is False
    assert pacer.window == 4.0 and pacer.ceiling == 5.0
    for _ in range(4):
        pacer.succeeded()
    assert pacer.window == pytest.approx(5.0, abs=0.3)  # +1 per window of successes
    for _ in range(30):
        pacer.succeeded()
    # above the ceiling the server allowed, the climb is ten times slower
    assert 5.0 <= pacer.window < 6.0
    later = pacer.sent(1)
    assert pacer.throttled(later, in_flight_then=6) is True and pacer.window < 5.0


def test_window_never_passes_max_concurrency_or_drops_below_one() -> None:
    clock = FakeClock()
    pacer = Pacer(3, clock=clock)
    for _ in range(50):
        pacer.succeeded()
    assert pacer.slots == 3
    for _ in range(10):
        pacer.throttled(pacer.sent(1), in_flight_then=1)
    assert pacer.slots == 1


def test_token_estimate_is_prompt_plus_max_completion_tokens() -> None:
    body = make_requests(1)[0]["body"]
    without = estimate_request_tokens(body)
    assert estimate_request_tokens({**body, "max_completion_tokens": 10}) < without
    assert estimate_request_tokens({**body, "max_completion_tokens": 5000}) - 5000 == (
        estimate_request_tokens({**body, "max_completion_tokens": 0})
    )


# -- the schedule, answers scripted -----------------------------------------------------

_REQUEST = httpx2.Request("POST", "http://local/v1/chat/completions")


def _error(status: int, error_type: str, headers: dict[str, str] | None = None) -> Any:
    body = {"error": {"message": "scripted", "type": error_type}}
    response = httpx2.Response(status, json=body, headers=headers, request=_REQUEST)
    return make_status_error(response)


def _ok(headers: dict[str, str] | None = None) -> Answer:
    return Answer(200, httpx2.Headers(headers or {}), {"id": "x", "choices": []})


def _schedule(count: int, clock: FakeClock, **options: Any) -> Schedule:
    return Schedule(make_requests(count), RunOptions(**options), clock)


def test_rate_limit_reached_holds_everything_for_the_cooldown_then_retries() -> None:
    clock = FakeClock()
    schedule = _schedule(3, clock, max_concurrency=1)
    first = schedule.next_step()
    assert isinstance(first, Send)
    cooldown = _error(429, "rate_limit_reached_error", {"Msh-Cooldown-Seconds": "7"})
    assert schedule.settle(first.attempt, cooldown) is None
    step = schedule.next_step()
    assert isinstance(step, Wait) and step.seconds == pytest.approx(7.0)
    clock.now += 7.0
    again = schedule.next_step()
    assert isinstance(again, Send) and again.attempt.request.custom_id == "r0"
    assert schedule.progress.rate_limited == 1


def test_remaining_zero_waits_for_the_reset() -> None:
    clock = FakeClock()
    schedule = _schedule(2, clock, max_concurrency=2)
    first = schedule.next_step()
    assert isinstance(first, Send)
    result = schedule.settle(
        first.attempt, _ok({"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "3"})
    )
    assert result is not None and result.ok
    step = schedule.next_step()
    assert isinstance(step, Wait) and step.seconds == pytest.approx(3.0)


def test_quota_exhausted_stops_sending_and_raises_after_the_requests_in_flight() -> None:
    clock = FakeClock()
    schedule = _schedule(5, clock, max_concurrency=2)
    a, b = schedule.next_step(), schedule.next_step()
    assert isinstance(a, Send) and isinstance(b, Send)
    assert schedule.settle(a.attempt, _error(429, "exceeded_current_quota_error")) is None
    assert schedule.next_step() == Wait(None)  # b still in flight, nothing new sent
    kept = schedule.settle(b.attempt, _ok())
    assert kept is not None and kept.ok
    assert schedule.next_step() is None
    error = schedule.stop_error()
    assert isinstance(error, moonshot.QuotaExceededError)
    assert any("1 result(s) kept" in note for note in error.__notes__)


def test_server_errors_are_retried_then_reported_failed() -> None:
    clock = FakeClock()
    schedule = _schedule(1, clock, max_concurrency=1, max_retries=1)
    step = schedule.next_step()
    assert isinstance(step, Send)
    assert schedule.settle(step.attempt, _error(500, "server_error")) is None
    again = schedule.next_step()
    if isinstance(again, Wait):  # the backoff (none under the suite's no-backoff fixture)
        clock.now += again.seconds or 0.0
        again = schedule.next_step()
    assert isinstance(again, Send)
    failed = schedule.settle(again.attempt, _error(500, "server_error"))
    assert failed is not None and not failed.ok and failed.status_code == 500
    assert schedule.progress.failed == 1


def test_a_bad_request_is_a_result_naming_its_index_and_the_rest_go_on() -> None:
    clock = FakeClock()
    requests = make_requests(3)
    requests[1]["body"]["messages"] = [{"role": "nobody", "content": "x"}]
    schedule = Schedule(requests, RunOptions(max_concurrency=4), clock)
    steps = [schedule.next_step() for _ in range(3)]
    rejected = [s for s in steps if isinstance(s, moonshot.BatchResult)]
    sent = [s.attempt.request.custom_id for s in steps if isinstance(s, Send)]
    assert sent == ["r0", "r2"]
    assert len(rejected) == 1 and rejected[0].custom_id == "r1"
    assert rejected[0].error["index"] == 1 and "requests[1]: messages[0].role" in str(
        rejected[0].error["message"]
    )


def test_options_are_checked_before_anything_is_read() -> None:
    with pytest.raises(moonshot.ValidationError, match="max_concurrency"):
        RunOptions(max_concurrency=0).check()
    with pytest.raises(moonshot.ValidationError, match="rpm"):
        RunOptions(rpm=-5).check()


def test_a_due_retry_that_must_wait_does_not_push_out_a_held_request() -> None:
    clock = FakeClock()
    schedule = _schedule(3, clock, max_concurrency=4, rpm=60)
    first = schedule.next_step()
    assert isinstance(first, Send)
    assert isinstance(schedule.next_step(), Wait)  # r1 is taken and held for the pacing
    refused = _error(429, "rate_limit_reached_error", {"Retry-After": "0"})
    assert schedule.settle(first.attempt, refused) is None
    sent = []
    for _ in range(20):
        step = schedule.next_step()
        if step is None:
            break
        if isinstance(step, Wait):
            clock.now += step.seconds or 0.0
            continue
        assert isinstance(step, Send)
        sent.append(step.attempt.request.custom_id)
        schedule.settle(step.attempt, _ok())
    assert sorted(sent) == ["r0", "r1", "r2"]


def test_remaining_is_a_budget_counted_from_the_request_that_carried_it() -> None:
    clock = FakeClock()
    pacer = Pacer(8, clock=clock)
    first = pacer.sent(1)
    for _ in range(2):
        pacer.sent(1)
    # the answer to the first send: 4 left, counted when it arrived, before sends 2 and 3
    pacer.budget(first, remaining=4, reset=5.0)
    assert pacer.delay() == 0.0
    pacer.sent(1)
    pacer.sent(1)
    assert pacer.delay() == pytest.approx(5.0)  # 4 spent: nothing until the reset
    pacer.budget(first - 1, remaining=10, reset=5.0)  # an older answer: ignored
    assert pacer.delay() == pytest.approx(5.0)
    clock.now += 5.0
    assert pacer.delay() == 0.0


def test_a_wait_past_the_limit_stops_the_run_like_an_exhausted_quota() -> None:
    clock = FakeClock()
    schedule = _schedule(3, clock, max_concurrency=1)
    step = schedule.next_step()
    assert isinstance(step, Send)
    daily = _error(429, "rate_limit_reached_error", {"Retry-After": "7200"})  # a TPD limit
    assert schedule.settle(step.attempt, daily) is None
    assert schedule.next_step() is None
    error = schedule.stop_error()
    assert isinstance(error, moonshot.RateLimitError) and "7200 s" in " ".join(error.__notes__)


def test_overload_is_retried_max_retries_times_then_reported() -> None:
    clock = FakeClock()
    schedule = _schedule(1, clock, max_concurrency=2, max_retries=2)
    busy = _error(429, "engine_overloaded_error", {"Retry-After": "1"})
    tries, result = 0, None
    while result is None:
        step = schedule.next_step()
        if isinstance(step, Wait):
            clock.now += step.seconds or 0.0
            continue
        assert isinstance(step, Send)
        tries += 1
        result = schedule.settle(step.attempt, busy)
    assert tries == 3 and not result.ok and result.error["type"] == "engine_overloaded_error"
    assert schedule.pacer.slots == 1  # each overload lowered the concurrency
