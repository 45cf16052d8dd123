"""The ``moonshot`` logger says what happened; the API key shows up nowhere."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import moonshot
import pytest
import spec_facts as facts
from moonshot._transport import configure_logging_from_env, logger
from pytest_httpserver import HTTPServer

from . import _payloads as p
from .conftest import SENTINEL_KEY

MODEL = facts.plain_model()


def _moonshot_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "moonshot"]


def test_info_and_debug_records(
    caplog: pytest.LogCaptureFixture, client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    httpserver.expect_ordered_request("/v1/models").respond_with_json(
        p.error("busy"), status=503, headers={"retry-after-ms": "0", "x-request-id": "req-7"}
    )
    httpserver.expect_ordered_request("/v1/models").respond_with_json(p.model_list())
    caplog.set_level(logging.DEBUG, logger="moonshot")
    client.models.list()
    records = _moonshot_records(caplog)
    debug = [r.getMessage() for r in records if r.levelno == logging.DEBUG]
    info = [r.getMessage() for r in records if r.levelno == logging.INFO]
    assert len(debug) == 1 and "503" in debug[0] and "req-7" in debug[0]
    assert len(info) == 1
    line = info[0]
    assert line.startswith(f"GET {httpserver.url_for('/v1/models')} -> 200 ")
    assert "retries 1" in line


def test_info_level_hides_retry_chatter(
    caplog: pytest.LogCaptureFixture, client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/files/f").respond_with_json(
        p.error("gone"), status=404, headers={"x-request-id": "req-404"}
    )
    caplog.set_level(logging.INFO, logger="moonshot")
    with pytest.raises(moonshot.NotFoundError):
        client.files.retrieve("f")
    [record] = _moonshot_records(caplog)
    assert record.levelno == logging.INFO
    message = record.getMessage()
    assert "GET" in message and "/v1/files/f" in message
    assert "404 request_id=req-404" in message and "retries 0" in message


def test_failed_retries_logged_with_the_count(
    caplog: pytest.LogCaptureFixture, client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/chat/completions").respond_with_json(
        p.error("down"), status=500, headers={"retry-after-ms": "0"}
    )
    caplog.set_level(logging.DEBUG, logger="moonshot")
    with pytest.raises(moonshot.InternalServerError):
        client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "x"}])
    messages = [r.getMessage() for r in _moonshot_records(caplog)]
    assert sum("retrying after 500" in m for m in messages) == 2
    assert messages[-1].startswith("POST ") and "-> 500" in messages[-1]
    assert "retries 2" in messages[-1]


def test_connection_error_logged() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    client = moonshot.Moonshot(
        api_key=SENTINEL_KEY,
        base_url="http://127.0.0.1:9",
        max_retries=1,
        http_client=httpx.Client(transport=httpx.MockTransport(refuse)),
    )
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logger.addHandler(handler)
    old_level = logger.level
    logger.setLevel(logging.INFO)
    try:
        with pytest.raises(moonshot.APIConnectionError):
            client.models.list()
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    [record] = records
    assert "ConnectError" in record.getMessage() and "retries 1" in record.getMessage()


@pytest.fixture
def restore_logger() -> Iterator[None]:
    level, handlers = logger.level, list(logger.handlers)
    yield
    logger.setLevel(level)
    logger.handlers[:] = handlers


@pytest.mark.usefixtures("restore_logger")
def test_moonshot_log_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOONSHOT_LOG", "debug")
    configure_logging_from_env()
    assert logger.level == logging.DEBUG
    monkeypatch.setenv("MOONSHOT_LOG", "warning")
    moonshot.Moonshot(api_key=SENTINEL_KEY)
    assert logger.level == logging.WARNING


# -- the key stays secret ---------------------------------------------------------------------


def test_key_absent_from_reprs(client: moonshot.Moonshot) -> None:
    texts = [
        repr(client),
        str(client),
        repr(client.raw),
        repr(client._config),
        repr(client.with_options(timeout=5, max_retries=1)),
        repr(client.with_options().raw),
        repr(client.chat.completions),
    ]
    for text in texts:
        assert SENTINEL_KEY not in text
        assert "SENTINEL" not in text
    assert "***" in repr(client)


@pytest.mark.anyio
async def test_async_key_absent_from_reprs(aclient: moonshot.AsyncMoonshot) -> None:
    for text in (repr(aclient), repr(aclient.raw), repr(aclient.with_options(timeout=1))):
        assert "SENTINEL" not in text


def test_key_absent_from_every_log_record_and_error(
    caplog: pytest.LogCaptureFixture,
    client: moonshot.Moonshot,
    httpserver: HTTPServer,
    unused_port: int,
) -> None:
    """Successes, retries, every error kind: no record (of any logger) and no error has the key."""
    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included
    httpserver.expect_ordered_request("/v1/models").respond_with_json(
        p.error("busy"), status=429, headers={"retry-after-ms": "0"}
    )
    httpserver.expect_ordered_request("/v1/models").respond_with_json(p.model_list())
    httpserver.expect_request("/v1/users/me/balance").respond_with_json(
        p.error("Invalid Authentication", type_="invalid_authentication_error"), status=401
    )
    errors: list[BaseException] = []
    client.models.list()
    with pytest.raises(moonshot.AuthenticationError) as status_error:
        client.balance.retrieve()
    errors.append(status_error.value)
    with pytest.raises(moonshot.ValidationError) as validation_error:
        client.chat.completions.create(model=MODEL, messages=[], temperature=3)
    errors.append(validation_error.value)
    offline = moonshot.Moonshot(
        api_key=SENTINEL_KEY, base_url=f"http://127.0.0.1:{unused_port}", max_retries=1
    )
    with pytest.raises(moonshot.APIConnectionError) as connection_error:
        offline.models.list()
    errors.append(connection_error.value)
    with pytest.raises(moonshot.MoonshotError) as config_error:
        moonshot.Moonshot(api_key=SENTINEL_KEY, base_url="ftp://x")
    errors.append(config_error.value)

    assert any(r.name == "moonshot" for r in caplog.records)
    for record in caplog.records:
        assert "SENTINEL" not in record.getMessage(), record.name
    assert "SENTINEL" not in caplog.text
    for error in errors:
        assert "SENTINEL" not in str(error)
        assert "SENTINEL" not in repr(error)
        assert "SENTINEL" not in repr(getattr(error, "request", None))
        assert "SENTINEL" not in repr(getattr(error, "response", None))
