"""Dynamic mode: Prism's random responses, generated from the schemas, parse every time."""

from __future__ import annotations

import moonshot
import pytest

from ._operations import Call, all_calls
from .conftest import Sent

ROUNDS = 8
CALLS = all_calls()


def _check(call: Call, result: object, sent: list[Sent]) -> None:
    assert isinstance(result, call.result_type), f"{call.name}: {type(result).__name__}"
    assert all(r.status < 300 and not r.violations for r in sent if not r.prism_failed), sent


@pytest.mark.parametrize("call", CALLS, ids=[c.name for c in CALLS])
def test_sync_random_responses_parse(
    call: Call, dynamic_client: moonshot.Moonshot, sent: list[Sent]
) -> None:
    for _ in range(ROUNDS):
        _check(call, call.sync(dynamic_client), sent)
    assert len(sent) >= ROUNDS


@pytest.mark.anyio
@pytest.mark.parametrize("call", CALLS, ids=[c.name for c in CALLS])
async def test_async_random_responses_parse(
    call: Call, dynamic_aclient: moonshot.AsyncMoonshot, sent: list[Sent]
) -> None:
    for _ in range(ROUNDS):
        _check(call, await call.run_async(dynamic_aclient), sent)
    assert len(sent) >= ROUNDS
