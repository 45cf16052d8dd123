"""The local server's concurrency and token limits (``concurrency_limit``, ``token_limit``)."""

from __future__ import annotations

import concurrent.futures

import httpx2
import pytest
from moonshot._openapi.chat_request import chat_catalog
from moonshot.many_requests import default_max_completion_tokens
from moonshot.testing import LocalMoonshot, count_messages

from .conftest import KEY

CHAT = "/v1/chat/completions"


def _body(max_tokens: int | None = None) -> dict[str, object]:
    body: dict[str, object] = {
        "model": next(iter(chat_catalog().by_model)),
        "messages": [{"role": "user", "content": "hello there"}],
    }
    if max_tokens is not None:
        body["max_completion_tokens"] = max_tokens
    return body


def _post(server: LocalMoonshot, body: dict[str, object], key: str = KEY) -> httpx2.Response:
    return httpx2.post(
        server.url + "/chat/completions", json=body, headers={"Authorization": f"Bearer {key}"}
    )


def test_past_the_concurrency_limit_the_answer_is_a_429_rate_limit() -> None:
    with LocalMoonshot(concurrency_limit=2) as server:
        server.faults.delay(0.3, count=None, path=CHAT)
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            answers = list(pool.map(lambda _: _post(server, _body()), range(4)))
        statuses = sorted(a.status_code for a in answers)
        refused = next(a for a in answers if a.status_code == 429)
        assert statuses == [200, 200, 429, 429]
        assert refused.json()["error"]["type"] == "rate_limit_reached_error"
        assert "concurrency" in refused.json()["error"]["message"]
        assert _post(server, _body()).status_code == 200  # the slots came back
        # another key has slots of its own
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            others = list(pool.map(lambda k: _post(server, _body(), k), ["key-a", "key-b"]))
        assert [a.status_code for a in others] == [200, 200]


def test_tokens_are_prompt_plus_the_completion_allowance_per_window() -> None:
    body = _body()
    cost = count_messages(body["messages"]) + default_max_completion_tokens(str(body["model"]))  # type: ignore[arg-type]
    with LocalMoonshot(token_limit=2 * cost, rate_limit_window=30) as server:
        assert _post(server, body).status_code == 200
        assert _post(server, body).status_code == 200
        refused = _post(server, body)
        assert refused.status_code == 429
        assert "TPM" in refused.json()["error"]["message"]
        assert 0 < float(refused.headers["Retry-After"]) <= 30
        small = _post(server, _body(max_tokens=1))  # a smaller allowance still does not fit
        assert small.status_code == 429


@pytest.mark.parametrize("knob", ["concurrency_limit", "token_limit"])
def test_limits_below_one_are_refused(knob: str) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        LocalMoonshot(**{knob: -1})
