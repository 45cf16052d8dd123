"""Request nonces and signatures: the header the call sends, what the answer carries,
and ``client.signatures.verify``; header names come from the document."""

from __future__ import annotations

import itertools

import moonshot
import pytest
import spec_facts as facts
from client import _payloads as p
from client.conftest import SENTINEL_KEY, requests_seen
from moonshot._http.signatures import _header_names
from pytest_httpserver import HTTPServer

MODEL = facts.plain_model()
USER = [{"role": "user", "content": "Hi"}]
NAMES = _header_names()

pytestmark = pytest.mark.skipif(NAMES is None, reason="the document has no request signatures")


def _serve_signed(httpserver: HTTPServer) -> None:
    assert NAMES is not None
    headers = {NAMES.timestamp: "1786338000123", NAMES.signature: "reqsigv1_token"}
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_json(
        p.chat_completion(), headers=headers
    )


def test_nonce_per_call_is_sent_and_the_signature_is_kept(
    client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    assert NAMES is not None
    _serve_signed(httpserver)
    result = client.chat.completions.create(model=MODEL, messages=USER, request_nonce="n-42")
    [request] = requests_seen(httpserver)
    assert request.headers[NAMES.nonce] == "n-42"
    assert moonshot.signature_of(result) == moonshot.RequestSignature(
        nonce="n-42", timestamp=1786338000123, model=MODEL, signature="reqsigv1_token"
    )


def test_client_nonce_function_gives_a_fresh_nonce_per_call(
    base_url: str, httpserver: HTTPServer
) -> None:
    assert NAMES is not None
    _serve_signed(httpserver)
    counter = itertools.count(1)
    with moonshot.Moonshot(
        api_key=SENTINEL_KEY, base_url=base_url, request_nonce=lambda: f"n-{next(counter)}"
    ) as client:
        first = client.chat.completions.create(model=MODEL, messages=USER)
        second = client.chat.completions.create(model=MODEL, messages=USER, request_nonce="own")
        third = client.chat.completions.create(model=MODEL, messages=USER)
    sent = [r.headers[NAMES.nonce] for r in requests_seen(httpserver)]
    assert sent == ["n-1", "own", "n-2"]
    assert [moonshot.signature_of(r).nonce for r in (first, second, third)] == sent  # type: ignore[union-attr]


def test_no_nonce_no_header_no_signature(client: moonshot.Moonshot, httpserver: HTTPServer) -> None:
    assert NAMES is not None
    _serve_signed(httpserver)
    result = client.chat.completions.create(model=MODEL, messages=USER)
    [request] = requests_seen(httpserver)
    assert NAMES.nonce not in request.headers
    assert moonshot.signature_of(result) is None


@pytest.mark.anyio
async def test_async_nonce_and_verify(
    aclient: moonshot.AsyncMoonshot, httpserver: HTTPServer
) -> None:
    _serve_signed(httpserver)
    httpserver.expect_request("/v1/signatures/verify", method="POST").respond_with_json(
        {"valid": True}
    )
    result = await aclient.chat.completions.create(model=MODEL, messages=USER, request_nonce="a-1")
    signature = moonshot.signature_of(result)
    assert signature is not None
    verdict = await aclient.signatures.verify(signature)
    assert verdict.valid is True
    assert requests_seen(httpserver)[-1].get_json() == signature.to_dict()


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"nonce": "", "timestamp": 1, "model": "m", "signature": "s"}, "nonce"),
        ({"nonce": "n", "timestamp": 0, "model": "m", "signature": "s"}, "timestamp"),
        ({"nonce": "n", "timestamp": 1, "model": "m"}, "signature"),
    ],
)
def test_verify_checks_its_body_before_sending(
    fields: dict[str, object], field: str, client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    with pytest.raises(moonshot.ValidationError) as caught:
        client.signatures.verify(**fields)
    assert caught.value.field == field
    assert requests_seen(httpserver) == []


@pytest.mark.parametrize("nonce", ["", 7, lambda: ""])
def test_a_bad_nonce_is_refused_before_sending(
    nonce: object, client: moonshot.Moonshot, httpserver: HTTPServer
) -> None:
    with pytest.raises(moonshot.ValidationError, match="request_nonce") as caught:
        client.chat.completions.create(model=MODEL, messages=USER, request_nonce=nonce)  # type: ignore[arg-type]
    assert caught.value.field == "request_nonce"
    assert requests_seen(httpserver) == []


def test_with_options_request_nonce(httpserver: HTTPServer, base_url: str) -> None:
    assert NAMES is not None
    _serve_signed(httpserver)
    with moonshot.Moonshot(api_key=SENTINEL_KEY, base_url=base_url) as client:
        signed = client.with_options(request_nonce="nonce-1")
        signed.chat.completions.create(model=MODEL, messages=USER)
        signed.with_options(request_nonce=None).chat.completions.create(model=MODEL, messages=USER)
    first, second = requests_seen(httpserver)
    assert first.headers[NAMES.nonce] == "nonce-1"
    assert NAMES.nonce not in second.headers
    assert client.request_nonce is None
