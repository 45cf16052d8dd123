"""Static mode: every operation through the client draws no request violation from Prism."""

from __future__ import annotations

import moonshot
import pytest

from ._operations import Call, all_calls
from .conftest import Sent

CALLS = all_calls()


def _assert_clean(call: Call, result: object, sent: list[Sent]) -> None:
    assert isinstance(result, call.result_type)
    assert sent, f"{call.name} sent nothing"
    for request in sent:
        assert request.violations == [], f"{request.method} {request.path}: {request.violations}"
        assert request.status < 300, f"{request.method} {request.path} -> {request.status}"


@pytest.mark.parametrize("call", CALLS, ids=[c.name for c in CALLS])
def test_sync_call_is_valid(call: Call, static_client: moonshot.Moonshot, sent: list[Sent]) -> None:
    _assert_clean(call, call.sync(static_client), sent)


@pytest.mark.anyio
@pytest.mark.parametrize("call", CALLS, ids=[c.name for c in CALLS])
async def test_async_call_is_valid(
    call: Call, static_aclient: moonshot.AsyncMoonshot, sent: list[Sent]
) -> None:
    _assert_clean(call, await call.run_async(static_aclient), sent)
