"""The API key stays secret: not in a repr, str, traceback, log record (DEBUG, every
logger, in process and with ``MOONSHOT_LOG=debug`` in a subprocess) or CLI output; not
carried across a redirect to another origin; a non-TLS, non-loopback base URL warns.
Every server here is on loopback; the non-TLS URL is only given to the constructor.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
import traceback
import warnings
from pathlib import Path
from typing import Any

import httpx
import moonshot
import pytest
import spec_facts as facts
from moonshot.testing import LocalMoonshot

from . import _figures
from ._servers import (
    ScriptedServer,
    error_json,
    event_stream,
    full_backlog,
    refused_port,
    reset_now,
    respond,
    silent,
    text_events,
)
from .conftest import SENTINEL_KEY

MODEL = facts.plain_model()

pytestmark = pytest.mark.timeout(60)

MESSAGES = [{"role": "user", "content": "Hello"}]
SLOW = httpx.Timeout(2.0, connect=0.3, read=0.3, pool=1.0)


def _assert_secret(*texts: str) -> None:
    for text in texts:
        assert SENTINEL_KEY not in text
        assert SENTINEL_KEY[-16:] not in text  # not even its tail


def _every_text_of(error: BaseException) -> list[str]:
    texts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    for name in ("request", "response", "partial", "body"):
        texts.append(repr(getattr(error, name, None)))
    return texts


def _provoke_every_error(client: moonshot.Moonshot, server: ScriptedServer) -> list[Exception]:
    """Drive the client through retries, every status class, timeouts and broken streams."""
    broken = text_events(["Hello ", "wor"], finish=False, done=False)
    server.plan[:] = [
        error_json(429, "slow", **{"retry-after-ms": "0"}),
        respond(200, b'{"object": "list", "data": []}'),  # the retry succeeds
        error_json(401, "Invalid Authentication"),
        error_json(400, "bad"),
        error_json(404, "no such file"),
        *[error_json(500, "down")] * 3,
        *[reset_now] * 3,
        *[silent(2.0)] * 3,
        respond(200, b"<html>oops</html>", content_type="text/html"),
        event_stream(broken, end="reset"),
        event_stream([b'event: error\ndata: {"error": {"message": "late"}}\n\n']),
    ]
    calls = [
        lambda: client.models.list(),
        lambda: client.balance.retrieve(),
        lambda: client.chat.completions.create(model=MODEL, messages=MESSAGES),
        lambda: client.files.retrieve("file-1"),
        lambda: client.models.list(),
        lambda: client.models.list(),
        lambda: client.models.list(),
        lambda: client.models.list(),
        lambda: client.chat.completions.create(
            model=MODEL, messages=MESSAGES, stream=True
        ).get_final_completion(),
        lambda: client.chat.completions.create(
            model=MODEL, messages=MESSAGES, stream=True
        ).get_final_completion(),
        lambda: client.chat.completions.create(model=MODEL, messages=[], temperature=9),
        lambda: moonshot.Moonshot(api_key=SENTINEL_KEY, base_url="ftp://nowhere"),
    ]
    errors: list[Exception] = []
    for call in calls:
        try:
            call()
        except moonshot.MoonshotError as error:
            errors.append(error)
    with full_backlog() as port:
        offline = moonshot.Moonshot(
            api_key=SENTINEL_KEY, base_url=f"http://127.0.0.1:{port}", timeout=SLOW, max_retries=0
        )
        with pytest.raises(moonshot.APITimeoutError) as caught:
            offline.models.list()
        errors.append(caught.value)
    return errors


def test_key_in_no_repr_error_traceback_or_log_record(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: moonshot, httpx, httpcore
    with ScriptedServer() as server:
        client = moonshot.Moonshot(
            api_key=SENTINEL_KEY, base_url=server.url, timeout=SLOW, max_retries=2
        )
        errors = _provoke_every_error(client, server)
        kinds = {type(error).__name__ for error in errors}
        assert kinds >= {
            "AuthenticationError",
            "BadRequestError",
            "NotFoundError",
            "InternalServerError",
            "APIConnectionError",
            "APITimeoutError",
            "APIResponseValidationError",
            "StreamInterruptedError",
            "APIStreamError",
            "ValidationError",
        }
        for error in errors:
            _assert_secret(*_every_text_of(error))
        server.plan.append(event_stream(text_events(["fine"])))
        stream = client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
        _assert_secret(
            repr(stream), str(stream), repr(stream.response), repr(stream.response.request)
        )
        stream.close()
        for thing in (client, client.raw, client._config, client.chat.completions, client.files):
            _assert_secret(repr(thing), str(thing))
        _assert_secret(repr(client.with_options(timeout=3)), repr(client.with_options().raw))
    assert any("retrying after 429" in r.getMessage() for r in caplog.records)
    assert any(r.name.startswith("httpcore") for r in caplog.records)
    for record in caplog.records:
        _assert_secret(record.getMessage(), repr(record.args))
    _assert_secret(caplog.text)
    _figures.counts["key absent: error kinds (str, repr, traceback)"] = len(kinds)
    _figures.count("key absent: DEBUG log captures (caplog, MOONSHOT_LOG=debug subprocesses)")


@pytest.mark.anyio
async def test_async_key_in_no_repr_or_error(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    plan = [error_json(401, "no"), *[reset_now] * 2]
    with ScriptedServer(plan=plan) as server:
        client = moonshot.AsyncMoonshot(
            api_key=SENTINEL_KEY, base_url=server.url, timeout=SLOW, max_retries=1
        )
        _assert_secret(repr(client), repr(client.raw), repr(client.with_options(max_retries=0)))
        for kind in (moonshot.AuthenticationError, moonshot.APIConnectionError):
            with pytest.raises(kind) as caught:
                await client.models.list()
            _assert_secret(*_every_text_of(caught.value))
        await client.close()
    _assert_secret(caplog.text)


SCRIPT = """
import logging, sys
import moonshot
from moonshot.testing import LocalMoonshot

MODEL = sys.argv[2]
if sys.argv[1] == "root":
    logging.basicConfig(level=logging.DEBUG)  # every library's DEBUG output too
with LocalMoonshot() as server:
    server.faults.fail_next(1, status=429, retry_after_ms=0)
    server.faults.fail_next(1, status=503, retry_after_ms=0, path="/v1/files")
    client = moonshot.Moonshot(base_url=server.url)
    client.models.list()
    client.files.list()
    with client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "hi"}], stream=True
    ) as stream:
        print(stream.get_final_completion().choices[0].message.content[:20])
    try:
        client.files.retrieve("file-missing")
    except moonshot.NotFoundError as error:
        print("error:", error)
    server.faults.drop_stream_after(2)
    try:
        client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "hi"}], stream=True
        ).get_final_completion()
    except moonshot.StreamInterruptedError as error:
        print("error:", error)
"""


@pytest.mark.parametrize("loggers", ["moonshot", "root"])
def test_moonshot_log_debug_in_a_subprocess(loggers: str) -> None:
    env = {**os.environ, "MOONSHOT_API_KEY": SENTINEL_KEY, "MOONSHOT_LOG": "debug"}
    env.pop("MOONSHOT_BASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SCRIPT), loggers, MODEL],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "retrying after 429" in done.stderr and "retrying after 503" in done.stderr
    assert "error: " in done.stdout and "stream interrupted" in done.stdout
    if loggers == "root":
        assert "httpcore" in done.stderr
    _assert_secret(done.stdout, done.stderr)
    _figures.count("key absent: DEBUG log captures (caplog, MOONSHOT_LOG=debug subprocesses)")


def _cli(*argv: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "moonshot.cli", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_cli_output_never_shows_the_key(tmp_path: Path) -> None:
    requests = tmp_path / "requests.jsonl"
    line = {"model": MODEL, "messages": [{"role": "user", "content": "x"}]}
    requests.write_text(json.dumps(line) + "\n")
    document = tmp_path / "notes.txt"
    document.write_text("some notes")
    with LocalMoonshot(batch_step_seconds=0.01) as good, LocalMoonshot(api_key="other") as strict:
        base = {**os.environ, "MOONSHOT_API_KEY": SENTINEL_KEY, "MOONSHOT_LOG": "debug"}
        on_good = {**base, "MOONSHOT_BASE_URL": good.url}
        runs = [
            _cli("models", env=on_good),
            _cli("balance", env=on_good),
            _cli("chat", "hi", "--stream", "--show-reasoning", env=on_good),
            _cli("files", "upload", str(document), env=on_good),
            _cli("files", "extract", str(document), env=on_good),
            _cli("files", "upload", str(tmp_path / "missing.txt"), env=on_good),
            _cli("batch", "run", str(requests), "--wait", "--poll", "0.05", env=on_good),
            _cli("models", env={**base, "MOONSHOT_BASE_URL": strict.url}),
            _cli("models", env={**base, "MOONSHOT_BASE_URL": f"http://127.0.0.1:{refused_port()}"}),
            _cli("chat", "hi", "--model", "no-such-model", env=on_good),
        ]
    codes = [run.returncode for run in runs]
    assert codes == [0, 0, 0, 0, 0, 1, 0, 1, 1, 1], [run.stderr[-300:] for run in runs]
    assert "Invalid Authentication" in runs[7].stderr
    for run in runs:
        _assert_secret(run.stdout, run.stderr)
    _figures.counts["key absent: CLI runs (stdout and stderr)"] = len(runs)


# -- redirects -----------------------------------------------------------------------------------


def _redirect_to(url: str) -> Any:
    return respond(307, b"", headers={"Location": url})


@pytest.mark.parametrize(
    ("target_host", "keeps_key"),
    [("localhost", False), ("127.0.0.1", False), ("same", True)],
    ids=["other host", "same host, other port", "same origin"],
)
def test_redirect_to_another_origin_drops_the_key(target_host: str, keeps_key: bool) -> None:
    with ScriptedServer() as first, ScriptedServer() as second:
        if target_host == "same":
            target, landing = f"{first.url}/models?page=2", first
        else:
            target, landing = f"http://{target_host}:{second.port}/v1/models", second
        first.plan.append(_redirect_to(target))
        client = moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=first.url, max_retries=0)
        assert client.models.list().data[0].id == MODEL
        arrived = landing.requests[-1]
        assert arrived.target.endswith("/v1/models" if target_host != "same" else "page=2")
        if keeps_key:
            assert arrived.headers["authorization"] == f"Bearer {SENTINEL_KEY}"
        else:
            assert "authorization" not in arrived.headers
            assert first.requests[0].headers["authorization"] == f"Bearer {SENTINEL_KEY}"
    _figures.count("key dropped on cross-origin redirects (and kept on same-origin)")


@pytest.mark.anyio
async def test_async_redirect_to_another_host_drops_the_key() -> None:
    with ScriptedServer() as first, ScriptedServer() as second:
        first.plan.append(_redirect_to(f"http://localhost:{second.port}/v1/models"))
        client = moonshot.AsyncMoonshot(api_key=SENTINEL_KEY, base_url=first.url, max_retries=0)
        assert (await client.models.list()).data[0].id == MODEL
        assert "authorization" not in second.requests[-1].headers
        await client.close()
    _figures.count("key dropped on cross-origin redirects (and kept on same-origin)")


# -- plain HTTP off the machine --------------------------------------------------------------------


@pytest.mark.parametrize("cls", [moonshot.Moonshot, moonshot.AsyncMoonshot])
def test_plain_http_to_a_remote_host_warns(cls: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only constructed: no request is sent to the .invalid host."""
    with pytest.warns(UserWarning, match="not TLS") as caught:
        cls(api_key=SENTINEL_KEY, base_url="http://example.invalid/v1")
    assert caught[0].filename == __file__  # points at the caller's line
    _assert_secret(str(caught[0].message))
    monkeypatch.setenv("MOONSHOT_BASE_URL", "http://api.example.invalid")
    with pytest.warns(UserWarning, match="clear text"):
        cls(api_key=SENTINEL_KEY)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.invalid",
        "http://127.0.0.1:9",
        "http://127.0.0.2:9",
        "http://localhost:9",
        "http://[::1]:9",
        "http://api.localhost:9",
    ],
)
def test_tls_or_loopback_does_not_warn(url: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=url)
