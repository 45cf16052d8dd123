"""Dynamic mode: Prism's random responses, generated from the schemas, parse every time."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import moonshot
import pytest

from ._operations import Call, all_calls
from .conftest import Sent

ROUNDS = 8
CALLS = all_calls()
# Prism's faker (json-schema-faker) sometimes crashes on a draw for a nested oneOf it
# generates itself ("Cannot read properties of undefined (reading 'items')" in clean()),
# answering 500 with this type: a fault of the mock, not of the client or the document.
# Such a draw is taken again, a few times at most.
PRISM_OWN_ERROR = "https://stoplight.io/prism/errors#UNKNOWN"
REDRAWS = 5


def _prism_fault(error: moonshot.APIStatusError, sent: list[Sent]) -> bool:
    if error.status_code != 500 or error.type != PRISM_OWN_ERROR or not sent:
        return False
    sent.pop()  # not the client's request's fault: out of the record
    return True


def _draw(run: Callable[[], Any], sent: list[Sent]) -> Any:
    for _ in range(REDRAWS):
        try:
            return run()
        except moonshot.InternalServerError as error:
            if not _prism_fault(error, sent):
                raise
    return run()


async def _adraw(run: Callable[[], Awaitable[Any]], sent: list[Sent]) -> Any:
    for _ in range(REDRAWS):
        try:
            return await run()
        except moonshot.InternalServerError as error:
            if not _prism_fault(error, sent):
                raise
    return await run()


def _check(call: Call, result: object, sent: list[Sent]) -> None:
    assert isinstance(result, call.result_type), f"{call.name}: {type(result).__name__}"
    assert all(r.status < 300 and not r.violations for r in sent), sent


@pytest.mark.parametrize("call", CALLS, ids=[c.name for c in CALLS])
def test_sync_random_responses_parse(
    call: Call, dynamic_client: moonshot.Moonshot, sent: list[Sent]
) -> None:
    for _ in range(ROUNDS):
        _check(call, _draw(lambda: call.sync(dynamic_client), sent), sent)
    assert len(sent) >= ROUNDS


@pytest.mark.anyio
@pytest.mark.parametrize("call", CALLS, ids=[c.name for c in CALLS])
async def test_async_random_responses_parse(
    call: Call, dynamic_aclient: moonshot.AsyncMoonshot, sent: list[Sent]
) -> None:
    for _ in range(ROUNDS):
        _check(call, await _adraw(lambda: call.run_async(dynamic_aclient), sent), sent)
    assert len(sent) >= ROUNDS
