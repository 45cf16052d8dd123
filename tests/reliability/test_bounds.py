"""Size caps and time limits against servers that never stop: a compression bomb, an
endless SSE line, an endless stream, an endless batch result line, a trickle, a stream
gone quiet. Each ends in the typed error (``ResponseTooLargeError``, its stream form
with ``.partial``, ``APITimeoutError``) soon after the limit, on the sync and async
client, and leaves the one pooled connection free for the next request.
(Peak memory at the issue's sizes: ``test_bounds_memory.py``.)
"""

from __future__ import annotations

import io
import time
from typing import Any

import anyio
import httpx2
import moonshot
import pytest
from moonshot._http.bounded_read import STEP
from moonshot._http.limits import CHAT, CHAT_STREAM, DEFAULT_MAX_LINE_BYTES

from . import _figures
from ._bounds_servers import (
    PATTERN,
    MiB,
    bomb,
    endless_line,
    endless_stream,
    large_body,
    silent_after_first_event,
    slow_first_byte,
    trickle,
)
from ._servers import (
    MODEL,
    Action,
    ScriptedServer,
    error_json,
    event_stream,
    respond,
    respond_json,
)
from .conftest import SENTINEL_KEY

pytestmark = pytest.mark.timeout(60)

POOL_OF_ONE = httpx2.Limits(max_connections=1, max_keepalive_connections=1)
MESSAGES = [{"role": "user", "content": "Hello"}]
MODES = ["sync", "async"]


def _client(mode: str, url: str, **options: Any) -> Any:
    if mode == "sync":
        http: Any = httpx2.Client(limits=POOL_OF_ONE, timeout=10.0)
        return moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=url, http_client=http, **options)
    http = httpx2.AsyncClient(limits=POOL_OF_ONE, timeout=10.0)
    return moonshot.AsyncMoonshot(api_key=SENTINEL_KEY, base_url=url, http_client=http, **options)


async def _maybe(value: Any) -> Any:
    return await value if hasattr(value, "__await__") else value


async def _drain(stream: Any) -> list[Any]:
    if hasattr(stream, "__aiter__"):
        async with stream:
            return [chunk async for chunk in stream]
    with stream:
        return list(stream)


async def _batch_lines(results: Any) -> list[Any]:
    if hasattr(results, "__aiter__"):
        return [line async for line in results]
    return list(results)


async def _call(client: Any, what: str, **options: Any) -> Any:
    """One call of kind ``what`` on a sync or async client."""
    if what == "chat":
        return await _maybe(
            client.chat.completions.create(model=MODEL, messages=MESSAGES, **options)
        )
    if what == "stream":
        stream = await _maybe(
            client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True, **options)
        )
        return await _drain(stream)
    if what == "models":
        return await _maybe(client.models.list(**options))
    if what == "content":
        return await _maybe(client.files.content("file-1", **options))
    if what == "results":
        return await _batch_lines(client.batches.results("batch-1"))
    raise AssertionError(what)


def run(
    mode: str,
    plan: list[Action],
    what: str,
    *,
    client: dict[str, Any] | None = None,
    **options: Any,
) -> tuple[Any, float]:
    """Serve ``plan``, make the call; (result or MoonshotError, seconds). Then a request
    through the same pool of one must still go through."""

    async def scenario() -> tuple[Any, float]:
        with ScriptedServer(plan=list(plan)) as server:
            instance = _client(mode, server.url, max_retries=0, **(client or {}))
            started = time.monotonic()
            try:
                outcome: Any = await _call(instance, what, **options)
            except moonshot.MoonshotError as error:
                outcome = error
            elapsed = time.monotonic() - started
            follow_up = await _maybe(instance.models.list())
            assert follow_up.data[0].id == MODEL
            await _maybe(instance.close())
        return outcome, elapsed

    return anyio.run(scenario)


def _too_large(outcome: Any, setting: str, cap: int) -> moonshot.ResponseTooLargeError:
    assert isinstance(outcome, moonshot.ResponseTooLargeError), outcome
    assert isinstance(outcome, moonshot.APIError)
    assert outcome.setting == setting and outcome.max_bytes == cap
    assert cap < outcome.received <= cap + STEP, outcome.received
    text = str(outcome)
    assert f"{setting}={cap}" in text and f"{outcome.received} bytes arrived" in text
    assert f"pass a larger {setting}=" in text
    assert SENTINEL_KEY not in text
    return outcome


# -- size caps -------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_gzip_bomb_stops_at_the_call_cap(mode: str) -> None:
    cap = 1 * MiB
    outcome, _ = run(mode, [bomb(40 * MiB)], "chat", max_response_bytes=cap)
    error = _too_large(outcome, "max_response_bytes", cap)
    assert "(this call)" in str(error) and "counted after decompression" in str(error)
    assert error.response is not None and error.response.is_closed
    _figures.survived(f"{mode}: gzip bomb (cap per call)")


@pytest.mark.parametrize("mode", MODES)
def test_client_cap_applies_and_a_call_overrides_it(mode: str) -> None:
    outcome, _ = run(mode, [bomb(8 * MiB)], "models", client={"max_response_bytes": MiB})
    assert "(the client)" in str(_too_large(outcome, "max_response_bytes", MiB))
    # The same body within a larger per-call cap parses.
    outcome, _ = run(
        mode,
        [bomb(8 * MiB)],
        "chat",
        client={"max_response_bytes": MiB},
        max_response_bytes=16 * MiB,
    )
    assert len(outcome.choices[0].message.content) > 7 * MiB
    _figures.survived(f"{mode}: gzip bomb (cap per client)")


@pytest.mark.parametrize("mode", MODES)
def test_error_pages_are_capped_too(mode: str) -> None:
    page = error_json(500, "x" * (3 * MiB))
    outcome, _ = run(mode, [page], "models", client={"max_response_bytes": MiB})
    _too_large(outcome, "max_response_bytes", MiB)


@pytest.mark.parametrize("mode", MODES)
def test_endless_sse_line_raises_with_partial(mode: str) -> None:
    cap = 1 * MiB
    outcome, _elapsed = run(
        mode, [endless_line(64 * MiB)], "stream", client={"max_line_bytes": cap}
    )
    error = outcome
    assert isinstance(error, moonshot.StreamTooLargeError), error
    assert isinstance(error, moonshot.StreamInterruptedError)
    assert error.setting == "max_line_bytes" and error.max_bytes == cap
    assert cap < error.received <= cap + STEP
    assert "one line of the stream" in str(error) and "to the client" in str(error)
    assert error.partial.choices[0].message.content == "before "
    _figures.survived(f"{mode}: endless SSE line")


@pytest.mark.parametrize("mode", MODES)
def test_endless_stream_stops_at_the_cap_on_what_it_holds(mode: str) -> None:
    cap = 4 * MiB
    outcome, _ = run(mode, [endless_stream()], "stream", max_response_bytes=cap)
    assert isinstance(outcome, moonshot.StreamTooLargeError), outcome
    assert outcome.setting == "max_response_bytes"
    assert cap < outcome.received <= cap + STEP
    assert "the completion assembled from the stream" in str(outcome)
    assert f"{outcome.received} characters arrived" in str(outcome)
    # Everything assembled before the cap is in the partial completion.
    assert len(outcome.partial.choices[0].message.content) == outcome.received
    _figures.survived(f"{mode}: endless stream")


@pytest.mark.parametrize("mode", MODES)
def test_endless_stream_of_empty_events_is_stopped_by_the_deadline(mode: str) -> None:
    """Events that carry no text hold no memory; only time can stop them."""
    outcome, elapsed = run(mode, [endless_stream(text="")], "stream", deadline=1.0)
    assert isinstance(outcome, moonshot.StreamTimeoutError), outcome
    assert outcome.partial.choices[0].message.content == ""
    assert elapsed < 2.0
    _figures.survived(f"{mode}: endless stream of empty events")


@pytest.mark.parametrize("mode", MODES)
def test_endless_batch_result_line(mode: str) -> None:
    batch = {
        "id": "batch-1",
        "object": "batch",
        "endpoint": "/v1/chat/completions",
        "input_file_id": "in",
        "completion_window": "24h",
        "status": "completed",
        "output_file_id": "out",
        "created_at": 1,
        "request_counts": {"total": 1, "completed": 1, "failed": 0},
    }
    line = b'{"custom_id": "a", "response": {"status_code": 200, "body": {}}}\n'

    def results(conn: Any, request: Any) -> bool:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n"
        size = len(line) + 8 * MiB
        conn.sendall(head % size + line)
        conn.sendall(b"x" * (8 * MiB))
        return True

    outcome, _ = run(
        mode, [respond_json(batch), results], "results", client={"max_line_bytes": MiB}
    )
    error = _too_large(outcome, "max_line_bytes", MiB)
    assert "one line of a result file" in str(error)
    _figures.survived(f"{mode}: endless batch result line")


def test_defaults_fit_the_documented_answers() -> None:
    """The defaults keep the room the README promises (see moonshot._http.limits)."""
    assert CHAT.default is not None and CHAT.default >= 45_000_000  # 1M tokens x 9 B x n=5
    assert CHAT_STREAM.default == CHAT.default  # a stream holds the completion it assembles
    assert CHAT.default <= DEFAULT_MAX_LINE_BYTES


# -- time limits -----------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("what", ["content", "stream"])
def test_trickle_is_stopped_by_the_deadline(mode: str, what: str) -> None:
    deadline = 1.0
    outcome, elapsed = run(mode, [trickle(0.05, stream=what == "stream")], what, deadline=deadline)
    assert isinstance(outcome, moonshot.APITimeoutError), outcome
    assert f"deadline={deadline} s" in str(outcome)
    if what == "stream":
        assert isinstance(outcome, moonshot.StreamTimeoutError)
        assert outcome.partial.choices[0].message.content.startswith("first ")
    assert deadline <= elapsed < deadline + 1.0, elapsed
    _figures.survived(f"{mode}: trickling server ({what})")
    _figures.bounds[f"trickle (a byte every 50 ms), {what}, {mode}, deadline={deadline} s"] = (
        f"stopped after {elapsed:.2f} s"
    )


@pytest.mark.parametrize("mode", MODES)
def test_client_deadline_applies(mode: str) -> None:
    outcome, elapsed = run(mode, [trickle(0.05)], "models", client={"deadline": 0.5})
    assert isinstance(outcome, moonshot.APITimeoutError), outcome
    assert elapsed < 1.5


@pytest.mark.parametrize("mode", MODES)
def test_retries_do_not_wait_past_the_deadline(mode: str) -> None:
    plan = [error_json(503, **{"Retry-After": "5"}), respond_json({"object": "list", "data": []})]

    async def scenario() -> tuple[Any, float]:
        with ScriptedServer(plan=plan) as server:
            client = _client(mode, server.url, max_retries=2, deadline=1.0)
            started = time.monotonic()
            try:
                outcome: Any = await _maybe(client.models.list())
            except moonshot.MoonshotError as error:
                outcome = error
            await _maybe(client.close())
            return outcome, time.monotonic() - started

    outcome, elapsed = anyio.run(scenario)
    assert isinstance(outcome, moonshot.InternalServerError), outcome
    assert elapsed < 1.0


@pytest.mark.parametrize("mode", MODES)
def test_idle_timeout_ends_a_stream_gone_quiet(mode: str) -> None:
    outcome, elapsed = run(mode, [silent_after_first_event(3.0)], "stream", idle_timeout=0.5)
    assert isinstance(outcome, moonshot.StreamTimeoutError), outcome
    assert "idle_timeout=0.5 s" in str(outcome)
    assert outcome.partial.choices[0].message.content == "first "
    assert elapsed < 2.0
    _figures.survived(f"{mode}: stream gone quiet (idle timeout)")
    _figures.bounds[f"stream silent after its first event, {mode}, idle_timeout=0.5 s"] = (
        f"stopped after {elapsed:.2f} s"
    )


@pytest.mark.parametrize("mode", MODES)
def test_idle_timeout_does_not_count_the_wait_for_the_first_byte(mode: str) -> None:
    outcome, _ = run(mode, [slow_first_byte(1.0)], "stream", idle_timeout=0.3)
    assert not isinstance(outcome, Exception), outcome
    text = "".join(c.choices[0].delta.content or "" for c in outcome if c.choices)
    assert text == "".join(f"{n} " for n in range(20))


@pytest.mark.parametrize("mode", MODES)
def test_a_slow_reader_is_not_the_server_being_idle(mode: str) -> None:
    """Time the caller spends on a chunk does not count as the server's silence."""
    events = [b"data: " + b'{"choices": [{"index": 0, "delta": {"content": "x"}}]}\n\n'] * 3

    async def scenario() -> str:
        with ScriptedServer(plan=[event_stream([*events, b"data: [DONE]\n\n"])]) as server:
            client = _client(mode, server.url)
            stream = await _maybe(
                client.chat.completions.create(
                    model=MODEL, messages=MESSAGES, stream=True, idle_timeout=0.2
                )
            )
            pieces = []
            if mode == "sync":
                for chunk in stream:
                    time.sleep(0.4)
                    pieces.append(chunk.choices[0].delta.content)
                stream.close()
            else:
                async for chunk in stream:
                    await anyio.sleep(0.4)
                    pieces.append(chunk.choices[0].delta.content)
                await stream.aclose()
            await _maybe(client.close())
            return "".join(pieces)

    assert anyio.run(scenario) == "xxx"


# -- checked before sending ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"max_response_bytes": 0}, "max_response_bytes"),
        ({"max_response_bytes": 1.5}, "max_response_bytes"),
        ({"deadline": -1}, "deadline"),
        ({"deadline": float("nan")}, "deadline"),
        ({"idle_timeout": 1.0}, "idle_timeout"),  # not a stream
    ],
)
def test_bad_bounds_are_rejected_before_sending(options: dict[str, Any], field: str) -> None:
    with ScriptedServer() as server:
        client = moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=server.url)
        with pytest.raises(moonshot.ValidationError) as caught:
            client.chat.completions.create(model=MODEL, messages=MESSAGES, **options)
        assert caught.value.field == field and field in str(caught.value)
        assert server.requests == []
        _figures.bad_inputs.add(f"chat bounds: {field} {options}")


@pytest.mark.parametrize("option", ["max_response_bytes", "max_line_bytes", "deadline"])
def test_bad_client_bounds_are_rejected(option: str) -> None:
    with pytest.raises(moonshot.ValidationError) as caught:
        moonshot.Moonshot(api_key=SENTINEL_KEY, **{option: -5})
    assert caught.value.field == option
    _figures.bad_inputs.add(f"client bounds: {option}")


# -- downloads -------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("gzip", [False, True])
@pytest.mark.parametrize("to", ["path", "file"])
def test_download_writes_the_body(mode: str, gzip: bool, to: str, tmp_path: Any) -> None:
    size = 5 * MiB + 123
    target = tmp_path / "content.txt"
    sink = io.BytesIO()

    async def scenario() -> int:
        with ScriptedServer(plan=[large_body(size, gzip=gzip)]) as server:
            client = _client(mode, server.url)
            written = await _maybe(
                client.files.download("file-1", target if to == "path" else sink)
            )
            await _maybe(client.close())
            return int(written)

    written = anyio.run(scenario)
    data = target.read_bytes() if to == "path" else sink.getvalue()
    assert written == len(data) == size
    assert data == (PATTERN * 6)[:size]


@pytest.mark.parametrize("mode", MODES)
def test_download_cap_and_bad_destination(mode: str, tmp_path: Any) -> None:
    async def scenario() -> tuple[Any, Any]:
        with ScriptedServer(plan=[large_body(4 * MiB)]) as server:
            client = _client(mode, server.url)
            try:
                await _maybe(client.files.download("f", tmp_path / "x", max_response_bytes=MiB))
                capped: Any = None
            except moonshot.ResponseTooLargeError as error:
                capped = error
            try:
                await _maybe(client.files.download("f", object()))
                bad: Any = None
            except moonshot.ValidationError as error:
                bad = error
            await _maybe(client.close())
            return capped, bad

    capped, bad = anyio.run(scenario)
    _too_large(capped, "max_response_bytes", MiB)
    assert (tmp_path / "x").stat().st_size <= MiB  # what arrived within the cap stays
    assert bad is not None and bad.field == "destination"


@pytest.mark.parametrize("mode", MODES)
def test_a_client_cap_leaves_downloads_uncapped(mode: str, tmp_path: Any) -> None:
    async def scenario() -> int:
        with ScriptedServer(plan=[large_body(3 * MiB)]) as server:
            client = _client(mode, server.url, max_response_bytes=MiB)
            written = await _maybe(client.files.download("f", tmp_path / "x"))
            await _maybe(client.close())
            return int(written)

    assert anyio.run(scenario) == 3 * MiB


@pytest.mark.parametrize("mode", MODES)
def test_files_content_keeps_its_api_within_its_cap(mode: str) -> None:
    async def scenario() -> tuple[Any, Any]:
        with ScriptedServer(plan=[large_body(3 * MiB, gzip=True), large_body(3 * MiB)]) as srv:
            client = _client(mode, srv.url)
            content = await _maybe(client.files.content("f"))
            try:
                await _maybe(client.files.content("f", max_response_bytes=MiB))
                capped: Any = None
            except moonshot.ResponseTooLargeError as error:
                capped = error
            await _maybe(client.close())
            return content, capped

    content, capped = anyio.run(scenario)
    assert content.content == (PATTERN * 3)[: 3 * MiB]
    assert "the file content" in str(_too_large(capped, "max_response_bytes", MiB))


@pytest.mark.parametrize("mode", MODES)
def test_a_body_that_is_not_gzip_is_a_validation_error(mode: str) -> None:
    garbage = respond(200, b"not gzip at all", headers={"Content-Encoding": "gzip"})
    outcome, _ = run(mode, [garbage], "models")
    assert isinstance(outcome, moonshot.APIResponseValidationError), outcome
    assert "could not decode the body" in str(outcome)
    _figures.survived(f"{mode}: body labelled gzip that is not")
