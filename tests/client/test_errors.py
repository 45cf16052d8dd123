"""Error answers become typed exceptions carrying what the server said."""

from __future__ import annotations

import httpx2
import moonshot
import pytest
import spec_facts as facts
from pytest_httpserver import HTTPServer

from . import _payloads as p
from .conftest import SENTINEL_KEY, requests_seen

MODEL = facts.plain_model()

STATUS_CLASSES = [
    (400, moonshot.BadRequestError),
    (401, moonshot.AuthenticationError),
    (403, moonshot.PermissionDeniedError),
    (404, moonshot.NotFoundError),
    (409, moonshot.ConflictError),
    (422, moonshot.UnprocessableEntityError),
    (429, moonshot.RateLimitError),
    (500, moonshot.InternalServerError),
    (503, moonshot.InternalServerError),
]
HTML_PAGE = (
    "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"
)


def _serve_error(server: HTTPServer, status: int) -> None:
    server.expect_request("/v1/models").respond_with_json(
        p.error("something is wrong", type_="some_error_type", code="E42"),
        status=status,
        headers={"x-request-id": "req-123", "retry-after-ms": "0"},
    )


def _check_error(error: moonshot.APIStatusError, status: int, cls: type) -> None:
    assert type(error) is cls
    assert isinstance(error, moonshot.APIStatusError)
    assert error.status_code == status
    assert error.message == "something is wrong"
    assert error.type == "some_error_type"
    assert error.code == "E42"
    assert error.request_id == "req-123"
    assert error.body == p.error("something is wrong", type_="some_error_type", code="E42")
    assert error.response.status_code == status
    text = str(error)
    for part in (str(status), "something is wrong", "some_error_type", "E42", "req-123"):
        assert part in text
    assert SENTINEL_KEY not in text and SENTINEL_KEY not in repr(error)


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_sync_status_mapped(
    status: int, cls: type, client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    _serve_error(httpserver, status)
    with pytest.raises(cls) as caught:
        client.with_options(max_retries=0).models.list()
    _check_error(caught.value, status, cls)
    assert len(requests_seen(httpserver)) == 1


@pytest.mark.anyio
@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
async def test_async_status_mapped(
    status: int, cls: type, aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer
) -> None:
    _serve_error(httpserver, status)
    with pytest.raises(cls) as caught:
        await aclient.with_options(max_retries=0).models.list()
    _check_error(caught.value, status, cls)


def test_unlisted_4xx_is_a_plain_status_error(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/models").respond_with_json(p.error("teapot"), status=418)
    with pytest.raises(moonshot.APIStatusError) as caught:
        client.models.list()
    assert type(caught.value) is moonshot.APIStatusError
    assert caught.value.status_code == 418
    assert caught.value.message == "teapot"


def test_chat_400_from_server(client: moonshot.Moonshot, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_json(
        p.error("context too long", code="context_length_exceeded"),
        status=400,
        headers={"msh-request-id": "msh-9"},
    )
    with pytest.raises(moonshot.BadRequestError) as caught:
        client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "x"}])
    assert caught.value.message == "context too long"
    assert caught.value.type == "invalid_request_error"
    assert caught.value.code == "context_length_exceeded"
    assert caught.value.request_id == "msh-9"


@pytest.mark.parametrize(
    ("status", "cls"), [(502, moonshot.InternalServerError), (404, moonshot.NotFoundError)]
)
def test_sync_html_error_page(
    status: int, cls: type, client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/models").respond_with_data(
        HTML_PAGE, status=status, content_type="text/html"
    )
    with pytest.raises(cls) as caught:
        client.with_options(max_retries=0).models.list()
    error = caught.value
    assert error.status_code == status
    assert "Bad Gateway" in error.message
    assert error.body == HTML_PAGE
    assert error.type is None and error.code is None


@pytest.mark.anyio
async def test_async_html_error_page(
    aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/models").respond_with_data(
        HTML_PAGE, status=502, content_type="text/html"
    )
    with pytest.raises(moonshot.InternalServerError) as caught:
        await aclient.with_options(max_retries=0).models.list()
    assert "Bad Gateway" in caught.value.message
    assert caught.value.body == HTML_PAGE


def test_empty_error_body_uses_the_reason_phrase(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/files/x").respond_with_data("", status=404)
    with pytest.raises(moonshot.NotFoundError) as caught:
        client.files.retrieve("x")
    assert caught.value.message.lower() == "not found"  # the reason phrase
    assert caught.value.body is None


def test_json_error_of_another_shape_keeps_the_text(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/models").respond_with_json({"detail": "nope"}, status=403)
    with pytest.raises(moonshot.PermissionDeniedError) as caught:
        client.models.list()
    assert "nope" in caught.value.message
    assert caught.value.body == {"detail": "nope"}


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"error": {"message": "m", "type": "t", "code": 7}}, ("m", "t", "7")),
        ({"error": {"message": "only message"}}, ("only message", None, None)),
        ({"error": "flat string"}, ("flat string", None, None)),
        ({"message": "top level", "type": "t"}, ("top level", "t", None)),
        ({"error": ["odd"]}, (None, None, None)),
        (["not", "an", "object"], (None, None, None)),
        (None, (None, None, None)),
    ],
)
def test_error_from_payload(payload: object, expected: tuple[object, ...]) -> None:
    from moonshot._errors import error_from_payload

    assert error_from_payload(payload) == expected


def test_unreadable_success_body_is_a_response_validation_error(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/models").respond_with_data(
        HTML_PAGE, status=200, content_type="text/html"
    )
    with pytest.raises(moonshot.APIResponseValidationError) as caught:
        client.models.list()
    assert caught.value.status_code == 200
    assert "text/html" in str(caught.value)


@pytest.mark.anyio
async def test_async_success_body_lacking_required_fields_is_read(
    aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer
) -> None:
    """The answer is read as it came (the missing fields unset); strict reading refuses it."""
    httpserver.expect_request("/v1/users/me/balance").respond_with_json({"code": 0})
    balance = await aclient.balance.retrieve()
    assert balance.code == 0
    assert not balance.data  # UNSET
    assert balance.to_dict() == {"code": 0}
    with pytest.raises(moonshot.APIResponseValidationError) as caught:
        await aclient.with_options(strict_responses=True).balance.retrieve()
    assert "the document says" in str(caught.value)


@pytest.mark.anyio
async def test_async_success_body_of_another_top_level_type(
    aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/users/me/balance").respond_with_json(["a", "list"])
    with pytest.raises(moonshot.APIResponseValidationError) as caught:
        await aclient.balance.retrieve()
    assert "expected a JSON object" in str(caught.value)


def test_connection_refused_is_a_connection_error(unused_port: int) -> None:
    client = moonshot.Moonshot(
        api_key=SENTINEL_KEY, base_url=f"http://127.0.0.1:{unused_port}", max_retries=1
    )
    with pytest.raises(moonshot.APIConnectionError) as caught:
        client.models.list()
    assert not isinstance(caught.value, moonshot.APITimeoutError)
    assert "ConnectError" in str(caught.value)
    assert caught.value.request is not None
    assert caught.value.request.url.path == "/v1/models"
    assert SENTINEL_KEY not in str(caught.value)


@pytest.mark.anyio
async def test_async_connection_refused(unused_port: int) -> None:
    async with moonshot.AsyncMoonshot(
        api_key=SENTINEL_KEY, base_url=f"http://127.0.0.1:{unused_port}", max_retries=0
    ) as client:
        with pytest.raises(moonshot.APIConnectionError):
            await client.models.list()


def test_error_body_read_failure_is_a_connection_error() -> None:
    """A 500 whose body breaks off mid-read still says what happened."""

    class Broken(httpx2.SyncByteStream):
        def __iter__(self):  # type: ignore[no-untyped-def]
            yield b'{"error": {"mess'
            raise httpx2.RemoteProtocolError("peer closed connection")

    transport = httpx2.MockTransport(lambda request: httpx2.Response(500, stream=Broken()))
    client = moonshot.Moonshot(
        api_key=SENTINEL_KEY,
        base_url="http://127.0.0.1:9",
        max_retries=0,
        http_client=httpx2.Client(transport=transport),
    )
    with pytest.raises(moonshot.APIConnectionError) as caught:
        client.models.list()
    assert "RemoteProtocolError" in str(caught.value)
