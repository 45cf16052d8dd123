"""Requests of the new operations are checked against the document before sending."""

from __future__ import annotations

import contextlib
import json
import logging
from typing import Any

import httpx2
import moonshot
import pytest
from moonshot.testing import LocalMoonshot

from ._calls import call, defaults
from ._doc import (
    MESSAGES,
    NEW_PATHS,
    PATHS,
    bad_values,
    each,
    needs,
    needs_any,
    request_schema,
)

BAD = [(path, field, params, word) for path in PATHS for field, params, word in bad_values(path)]

pytestmark = needs_any(*NEW_PATHS)


def test_the_document_gives_constraints_to_check() -> None:
    assert {path for path, *_ in BAD} >= set(PATHS) - {"/v1/tools/fetch"}


@pytest.mark.parametrize(
    ("path", "field", "params", "word"), BAD, ids=[f"{p}:{f}:{w}" for p, f, _, w in BAD]
)
def test_bad_value_is_refused_before_sending(
    moonshot_server: LocalMoonshot,
    moonshot_client: moonshot.Moonshot,
    path: str,
    field: str,
    params: dict[str, Any],
    word: str,
) -> None:
    with pytest.raises(moonshot.ValidationError) as caught:
        call(moonshot_client, path, **params)
    about_field = [e for e in caught.value.errors if e.startswith(field + ":")]
    assert about_field, caught.value.errors  # (a sibling required field may come first)
    assert word in about_field[0]
    assert moonshot_server.requests == []


@pytest.mark.parametrize("path", each(*NEW_PATHS))
def test_unknown_keyword_names_the_documented_ones(
    moonshot_server: LocalMoonshot, moonshot_client: moonshot.Moonshot, path: str
) -> None:
    with pytest.raises(moonshot.ValidationError) as caught:
        call(moonshot_client, path, no_such_field=1)
    assert caught.value.field == "no_such_field"
    for name in request_schema(path)["properties"]:
        assert name in str(caught.value)
    assert moonshot_server.requests == []


@pytest.mark.parametrize("path", each(*NEW_PATHS))
def test_wrong_type_of_a_required_field(
    moonshot_server: LocalMoonshot, moonshot_client: moonshot.Moonshot, path: str
) -> None:
    name = request_schema(path)["required"][0]
    with pytest.raises(moonshot.ValidationError) as caught:
        call(moonshot_client, path, **{name: 12345})
    assert caught.value.field == name
    assert moonshot_server.requests == []


@pytest.mark.parametrize("path", each(*NEW_PATHS))
def test_extra_body_and_headers_are_sent_unchecked(path: str) -> None:
    sent: list[httpx2.Request] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return httpx2.Response(200, json={})

    http = httpx2.Client(transport=httpx2.MockTransport(answer))
    client = moonshot.Moonshot(api_key="k", base_url="https://api.test", http_client=http)
    # The canned {} lacks fields some answers require; the request is what counts.
    with client, contextlib.suppress(moonshot.APIResponseValidationError):
        call(
            client,
            path,
            extra_body={"newer_than_the_document": [1]},
            extra_headers={"X-Trace": "t-1"},
        )
    body = json.loads(sent[0].content)
    assert body["newer_than_the_document"] == [1]
    assert all(body[key] == value for key, value in defaults(path).items())
    assert sent[0].headers["X-Trace"] == "t-1"


@needs(MESSAGES)
def test_a_model_the_messages_document_does_not_list_is_sent(
    moonshot_server: LocalMoonshot,
    moonshot_client: moonshot.Moonshot,
    caplog: pytest.LogCaptureFixture,
) -> None:
    listed = request_schema(MESSAGES)["properties"]["model"].get("enum") or []
    newer = "-".join([*listed, "next"])
    # The local server follows the document strictly and refuses it: proof it was sent.
    with caplog.at_level(logging.DEBUG, logger="moonshot"), pytest.raises(moonshot.BadRequestError):
        call(moonshot_client, MESSAGES, model=newer)
    assert moonshot_server.requests[-1].status == 400
    if listed:
        assert any(newer in record.getMessage() for record in caplog.records)


def test_defaults_are_valid(moonshot_client: moonshot.Moonshot) -> None:
    for path in PATHS:
        assert call(moonshot_client, path) is not None, defaults(path)


def test_an_operation_the_document_lacks_is_a_clear_error() -> None:
    from moonshot._openapi.request_body import operation_body

    with pytest.raises(moonshot.ValidationError, match=r"POST /v1/not-in-the-document is not"):
        operation_body("/v1/not-in-the-document", "tools.web_search_basic", "tools.search")
