"""Every JSON operation goes through one checked-body builder and one resource method.

``Resource._json_op`` checks the body against the operation's request (read once from
the document), merges ``extra_body`` into the JSON and ``extra_headers`` into the
request, asks for an event stream when streaming and sends the nonce of a model call.
Each public method that sends a JSON body is caught here on its way through it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import moonshot
import pytest
import spec_facts as facts
from moonshot._http.base_client import Operation
from moonshot._openapi import generated
from moonshot._openapi.request_body import RequestBody
from moonshot.resources._resource import Resource

from ._calls import call
from ._doc import PATHS, documented

USER = [{"role": "user", "content": "Hi"}]
EXTRA_BODY = {"field_newer_than_the_document": {"on": True}}
EXTRA_HEADERS = {"X-Trace": "t-1"}


class Sent(Exception):
    """Raised in place of sending: the built operation, caught on its way out."""

    def __init__(self, request: RequestBody, op: Operation[Any]) -> None:
        self.request, self.op = request, op


@pytest.fixture
def caught(monkeypatch: pytest.MonkeyPatch) -> Iterator[moonshot.Moonshot]:
    real = Resource._json_op

    def spy(self: Resource[Any], request: RequestBody, params: Any, **options: Any) -> Any:
        raise Sent(request, real(self, request, params, **options))

    monkeypatch.setattr(Resource, "_json_op", spy)
    with moonshot.Moonshot(api_key="sk-test", base_url="http://127.0.0.1:9/v1") as client:
        yield client


def _sent(send: Callable[[], Any]) -> Sent:
    with pytest.raises(Sent) as raised:
        send()
    return raised.value


def _json_operations(client: moonshot.Moonshot) -> dict[str, Callable[[], Any]]:
    """Each public method that sends a JSON body, by the path it sends to (those the
    document has: an older one lacks some)."""
    model = facts.plain_model()
    calls: dict[str, Callable[[], Any]] = {
        "/v1/chat/completions": lambda: client.chat.completions.create(
            model=model, messages=USER, stream=True
        ),
        "/v1/tokenizers/estimate-token-count": lambda: client.tokenizers.estimate_token_count(
            model=facts.estimate_model(), messages=USER
        ),
        "/v1/signatures/verify": lambda: client.signatures.verify(
            nonce="n-1", timestamp=1, model=model, signature="s"
        ),
        "/v1/batches": lambda: client.batches.create(input_file_id="file-1"),
        "/v1/formulas/{namespace}/{formula}/fibers": lambda: client.formulas.call(
            "date", "date", "{}"
        ),
        **{path: (lambda path=path: call(client, path)) for path in PATHS},  # type: ignore[misc]
    }
    return {path: send for path, send in calls.items() if documented(path)}


def test_every_json_operation_goes_through_the_one_resource_method(
    caught: moonshot.Moonshot,
) -> None:
    operations = _json_operations(caught)
    for path, send in operations.items():
        sent = _sent(send)
        assert sent.request.path == path
        assert sent.op.kwargs["json"], path
    assert {"/v1/chat/completions", "/v1/batches"} <= operations.keys()  # in every document


@pytest.mark.parametrize("path", ["chat", *PATHS])
def test_extra_body_and_extra_headers_are_merged_in_one_place(
    path: str, caught: moonshot.Moonshot
) -> None:
    options = {"extra_body": EXTRA_BODY, "extra_headers": EXTRA_HEADERS}
    if path == "chat":
        send = lambda: caught.chat.completions.create(  # noqa: E731
            model=facts.plain_model(), messages=USER, **options
        )
    else:
        send = lambda: call(caught, path, **options)  # noqa: E731
    op = _sent(send).op
    assert op.kwargs["json"]["field_newer_than_the_document"] == {"on": True}
    assert dict(op.extra_headers or {}) == EXTRA_HEADERS


@pytest.mark.parametrize("path", ["chat", *PATHS])
def test_a_model_call_sends_the_nonce_and_a_tool_call_does_not(
    path: str, caught: moonshot.Moonshot
) -> None:
    caught.request_nonce = "nonce-1"
    if path == "chat":
        op = _sent(
            lambda: caught.chat.completions.create(model=facts.plain_model(), messages=USER)
        ).op
        signed = True
    else:
        sent = _sent(lambda: call(caught, path))
        op, signed = sent.op, sent.request.signed
        assert signed == ("tools" not in path)
    headers = dict(op.extra_headers or {})
    documented = generated.readers().SIGNATURE_HEADERS is not None
    assert ("nonce-1" in headers.values()) == (signed and documented)
