"""create_many under a client's AccountLimits, and TPM corrected by the answers' usage."""

from __future__ import annotations

import threading
import time

import moonshot
from moonshot.batching import Progress
from moonshot.testing import LocalMoonshot

from .conftest import MakeLimits, any_model, messages

KEY = "sk-limits-test"


def test_two_create_many_runs_share_the_accounts_concurrency(make_limits: MakeLimits) -> None:
    seen: list[Progress] = []
    done: list[int] = []
    with LocalMoonshot(concurrency_limit=2) as server:
        server.faults.delay(0.02, count=None, path="/v1/chat/completions")

        def run(prefix: str) -> None:
            client = moonshot.Moonshot(
                base_url=server.url, api_key=KEY, account_limits=make_limits(concurrency=2)
            )
            requests = [
                {
                    "custom_id": f"{prefix}{i}",
                    "body": {"model": any_model(), "messages": messages()},
                }
                for i in range(15)
            ]
            results = list(
                client.chat.completions.create_many(
                    requests, max_concurrency=4, on_progress=seen.append
                )
            )
            done.append(sum(result.ok for result in results))

        runs = [threading.Thread(target=run, args=(p,)) for p in "ab"]
        for thread in runs:
            thread.start()
        for thread in runs:
            thread.join()
    assert done == [15, 15]
    assert max(p.rate_limited for p in seen) == 0


def test_tpm_is_corrected_by_the_answers_usage(make_limits: MakeLimits) -> None:
    # 60,000 TPM at 97 %: ~1 ms a token. The request is charged ~2,000 tokens before it
    # is sent (its max_completion_tokens); its usage is far less, so the next request
    # does not wait the ~2 s the charge alone would make it wait.
    limits = make_limits(tpm=60_000)
    with (
        LocalMoonshot() as server,
        moonshot.Moonshot(base_url=server.url, api_key=KEY, account_limits=limits) as client,
    ):
        body = {"model": any_model(), "messages": messages(), "max_completion_tokens": 2000}
        first = client.chat.completions.create(**body)  # type: ignore[arg-type]
        assert first.usage is not None and first.usage.total_tokens < 500
        started = time.monotonic()
        client.chat.completions.create(**body)  # type: ignore[arg-type]
        assert time.monotonic() - started < 1.0
        # A stream read to its end is corrected by the usage of its last chunk.
        for _ in client.chat.completions.create(**body, stream=True):  # type: ignore[arg-type]
            pass
        started = time.monotonic()
        client.chat.completions.create(**body)  # type: ignore[arg-type]
        assert time.monotonic() - started < 1.0
        # One closed early keeps its charge: the next call waits for it.
        client.chat.completions.create(**body, stream=True).close()  # type: ignore[arg-type]
        started = time.monotonic()
        client.chat.completions.create(**body)  # type: ignore[arg-type]
        assert time.monotonic() - started >= 1.0
