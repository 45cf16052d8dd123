"""Every operation of the API document, through the public client, against LocalMoonshot."""

from __future__ import annotations

import json
import re
import time

import moonshot
import pytest
import raw_calls
import spec_facts as facts
from moonshot._http.signatures import _header_names
from moonshot.testing import LocalMoonshot

from .conftest import KEY

USER = [{"role": "user", "content": "Hello from the tests"}]
MODEL = facts.plain_model()


def _spec_operations() -> set[tuple[str, str]]:
    from moonshot._openapi.document import upstream_spec

    return {
        (method.upper(), path) for path, item in upstream_spec()["paths"].items() for method in item
    }


def test_server_starts_fast_on_loopback() -> None:
    started = time.perf_counter()
    with LocalMoonshot() as server:
        elapsed = time.perf_counter() - started
        assert server.url.startswith("http://127.0.0.1:")
        assert server.url.endswith("/v1")
    assert elapsed < 1.0


def test_every_operation_sync(manual_server: LocalMoonshot) -> None:
    # Batches move only when told (see test_every_operation_async).
    with moonshot.Moonshot(
        strict_responses=True, base_url=manual_server.url, api_key=KEY
    ) as client:
        _every_operation_sync(client, manual_server)


def _every_operation_sync(client: moonshot.Moonshot, server: LocalMoonshot) -> None:
    models = client.models.list()
    assert facts.models() == [m.id for m in models.data][: len(facts.models())]
    assert client.balance.retrieve().data.available_balance > 0
    chat = client.chat.completions.create(model=MODEL, messages=USER, request_nonce="n-1")
    assert "Hello from the tests" in chat.choices[0].message.content
    signature = moonshot.signature_of(chat)
    if _header_names() is not None:  # the document describes request signatures
        assert signature is not None and client.signatures.verify(signature).valid is True
    else:
        assert signature is None
    estimate = client.tokenizers.estimate_token_count(model=facts.estimate_model(), messages=USER)
    assert estimate.data.total_tokens > 0

    uploaded = client.files.create(file=("notes.txt", b"alpha\nbeta\n"), purpose="file-extract")
    assert uploaded.status == "ready" and uploaded.bytes_ == 11
    assert client.files.retrieve(uploaded.id).filename == "notes.txt"
    assert [f.id for f in client.files.list().data] == [uploaded.id]
    assert client.files.content(uploaded.id).text == "alpha\nbeta\n"

    line = {
        "custom_id": "1",
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {"model": MODEL, "messages": USER},
    }
    source = client.files.create(file=("in.jsonl", json.dumps(line).encode()), purpose="batch")
    batch = client.batches.create(input_file_id=source.id, completion_window="24h")
    assert batch.status == "validating"
    assert client.batches.retrieve(batch.id).id == batch.id
    assert [b.id for b in client.batches.list()] == [batch.id]
    assert client.batches.cancel(batch.id).status == "cancelling"
    assert client.files.delete(uploaded.id).deleted is True
    for method, path, operation in facts.operations():
        if "{" not in path and (method, path) not in _seen(server):
            assert raw_calls.call_raw(client.raw, method, path, operation).status_code == 200

    seen = _seen(server)
    assert seen == _spec_operations()


def _seen(server: LocalMoonshot) -> set[tuple[str, str]]:
    return {(r.method, _template(r.path)) for r in server.requests}


def _template(path: str) -> str:
    parts = path.split("/")
    if len(parts) > 3 and parts[2] in ("files", "batches"):
        parts[3] = "{file_id}" if parts[2] == "files" else "{batch_id}"
    return "/".join(parts)


@pytest.mark.anyio
async def test_every_operation_async(manual_server: LocalMoonshot) -> None:
    # Batches move only when told: on a loaded machine a clock could finish the batch
    # before the cancel below.
    async with moonshot.AsyncMoonshot(
        strict_responses=True, base_url=manual_server.url, api_key=KEY
    ) as aclient:
        await _every_operation_async(aclient)


async def _every_operation_async(aclient: moonshot.AsyncMoonshot) -> None:
    assert (await aclient.models.list()).data
    assert (await aclient.balance.retrieve()).status is True
    chat = await aclient.chat.completions.create(model=MODEL, messages=USER)
    assert chat.choices[0].finish_reason == "stop"
    estimate = await aclient.tokenizers.estimate_token_count(
        model=facts.estimate_model(), messages=USER
    )
    assert estimate.data.total_tokens > 0
    uploaded = await aclient.files.create(file=("a.md", b"# Title\n"), purpose="file-extract")
    assert (await aclient.files.retrieve(uploaded.id)).id == uploaded.id
    assert len((await aclient.files.list()).data) == 1
    assert (await aclient.files.content(uploaded.id)).text == "# Title\n"
    line = {"custom_id": "x", "body": {"model": MODEL, "messages": USER}}
    source = await aclient.files.create(
        file=("b.jsonl", json.dumps(line).encode()), purpose="batch"
    )
    batch = await aclient.batches.create(input_file_id=source.id, completion_window="1d")
    assert (await aclient.batches.retrieve(batch.id)).input_file_id == source.id
    assert [b.id async for b in aclient.batches.list()] == [batch.id]
    assert (await aclient.batches.cancel(batch.id)).status == "cancelling"
    assert (await aclient.files.delete(uploaded.id)).deleted is True


def test_models_carry_context_lengths(client: moonshot.Moonshot) -> None:
    by_id = {m.id: m for m in client.models.list().data}
    assert set(facts.models()) <= set(by_id)
    for variant in facts.catalog().variants:
        reasons = bool({"reasoning_effort", "thinking"} & variant.properties) or (
            "thinking" in variant.title
        )
        for model in variant.models:
            assert by_id[model].supports_reasoning is reasons, model
            sized = re.search(r"-(\d+)k\b", model)
            expected = int(sized.group(1)) * 1024 if sized else None
            assert by_id[model].context_length == (expected or by_id[model].context_length)
            assert by_id[model].context_length >= 8 * 1024


def test_token_estimate_follows_the_documented_heuristic(client: moonshot.Moonshot) -> None:
    from moonshot.testing import count_messages

    messages = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "你好 world"},
    ]
    estimate = client.tokenizers.estimate_token_count(
        model=facts.estimate_model(), messages=messages
    )
    # 3 priming + 2 * 4 framing + "Be brief." (1 + 2 + 1) + 你 + 好 + "world" (5 letters: 2)
    assert estimate.data.total_tokens == count_messages(messages) == 3 + 8 + 4 + 2 + 2


def test_the_server_rejects_every_key_but_its_own() -> None:
    with LocalMoonshot(api_key="only-this") as server:
        with moonshot.Moonshot(
            strict_responses=True, base_url=server.url, api_key="only-this"
        ) as good:
            assert good.models.list().data
        with (
            moonshot.Moonshot(
                strict_responses=True, base_url=server.url, api_key=KEY, max_retries=0
            ) as bad,
            pytest.raises(moonshot.AuthenticationError) as caught,
        ):
            bad.models.list()
    assert KEY not in str(caught.value) and "only-this" not in str(caught.value)
