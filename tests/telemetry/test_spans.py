"""One CLIENT span per call, with the GenAI conventions' attributes: chat (sync and
async), the other model operations, files, batches and web tools, errors and retries."""

from __future__ import annotations

import io
import json
from typing import Any

import moonshot
import pytest
import spec_facts as facts
from moonshot._telemetry.attributes import PROVIDER
from moonshot._telemetry.names import GENAI_OPERATIONS, operation_names
from moonshot.testing import LocalMoonshot
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode
from ops._doc import FETCH, MESSAGES, RESPONSES, SEARCH, documented, model_for

from .conftest import KEY, Otel

MODEL = facts.plain_model()
ASK = [{"role": "user", "content": "Hello"}]


def _attributes(span: Any) -> dict[str, Any]:
    return dict(span.attributes or {})


def _check_chat_span(span: Any, server: LocalMoonshot) -> dict[str, Any]:
    assert span.name == f"chat {MODEL}"
    assert span.kind is SpanKind.CLIENT
    found = _attributes(span)
    assert found["gen_ai.operation.name"] == "chat"
    assert found["gen_ai.provider.name"] == PROVIDER == "moonshot_ai"
    assert found["gen_ai.request.model"] == MODEL
    assert found["gen_ai.request.max_tokens"] == 20
    assert found["server.address"] == server.host
    assert found["server.port"] == server.port
    assert found["gen_ai.response.model"] == MODEL
    assert found["gen_ai.response.id"]
    assert found["gen_ai.response.finish_reasons"] in (("length",), ("stop",))
    assert found["gen_ai.usage.input_tokens"] > 0
    assert found["gen_ai.usage.output_tokens"] > 0
    assert found["moonshot.request_id"].startswith("local-")
    assert found["http.response.status_code"] == 200
    assert "error.type" not in found
    assert span.status.status_code is StatusCode.UNSET
    return found


def test_a_chat_call_makes_one_client_span(
    client: moonshot.Moonshot, otel: Otel, server: LocalMoonshot
) -> None:
    result = client.chat.completions.create(model=MODEL, messages=ASK, max_tokens=20)
    [span] = otel.spans()
    found = _check_chat_span(span, server)
    assert found["gen_ai.response.id"] == result.id
    assert found["gen_ai.usage.input_tokens"] == result.usage.prompt_tokens
    assert found["moonshot.usage.cached_tokens"] == found["gen_ai.usage.cache_read.input_tokens"]
    assert "gen_ai.input.messages" not in found  # content only under the opt-in


@pytest.mark.anyio
async def test_an_async_chat_call_makes_the_same_span(
    aclient: moonshot.AsyncMoonshot, otel: Otel, server: LocalMoonshot
) -> None:
    await aclient.chat.completions.create(model=MODEL, messages=ASK, max_tokens=20)
    [span] = otel.spans()
    _check_chat_span(span, server)


def test_with_options_keeps_the_providers_or_takes_new_ones(
    client: moonshot.Moonshot, otel: Otel, server: LocalMoonshot
) -> None:
    client.with_options(timeout=5).models.list()
    assert [span.name for span in otel.spans()] == ["list_models"]
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    client.with_options(tracer_provider=provider).models.list()
    assert [span.name for span in exporter.get_finished_spans()] == ["list_models"]
    assert len(otel.spans()) == 1  # the copy reported to its own provider only


def test_message_content_only_under_the_opt_in(
    client: moonshot.Moonshot, otel: Otel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "true")
    result = client.chat.completions.create(model=MODEL, messages=ASK, max_tokens=20)
    found = _attributes(otel.spans()[0])
    assert json.loads(found["gen_ai.input.messages"]) == ASK
    output = json.loads(found["gen_ai.output.messages"])
    assert output[0]["content"] == result.choices[0].message.content


def test_the_api_key_is_in_no_attribute_or_event(
    client: moonshot.Moonshot, otel: Otel, server: LocalMoonshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "true")
    server.faults.fail_next(status=503, retry_after_ms=0)
    client.chat.completions.create(model=MODEL, messages=ASK, max_tokens=20)
    server.faults.fail_next(status=401)
    with pytest.raises(moonshot.AuthenticationError):
        client.models.list()
    text = "".join(span.to_json() for span in otel.spans())
    assert KEY not in text
    assert "Bearer" not in text


def test_an_error_status_sets_error_type_and_the_span_status(
    client: moonshot.Moonshot, otel: Otel, server: LocalMoonshot
) -> None:
    server.faults.fail_next(status=404)
    with pytest.raises(moonshot.NotFoundError) as raised:
        client.chat.completions.create(model=MODEL, messages=ASK, max_tokens=20)
    [span] = otel.spans()
    found = _attributes(span)
    assert found["error.type"] == "404"
    assert found["http.response.status_code"] == 404
    assert found["moonshot.request_id"] == raised.value.request_id
    assert span.status.status_code is StatusCode.ERROR
    assert span.name == f"chat {MODEL}"


def test_a_connection_error_names_its_class(otel: Otel) -> None:
    # A port nothing listens on (the server was stopped): a connection error, no retries.
    with LocalMoonshot() as gone:
        url = gone.url
    client = moonshot.Moonshot(base_url=url, api_key=KEY, max_retries=0, **otel.options())
    with client, pytest.raises(moonshot.APIConnectionError):
        client.models.list()
    found = _attributes(otel.span("list_models"))
    assert found["error.type"] == "moonshot.APIConnectionError"


def test_each_retry_is_an_event_with_its_reason_and_wait(
    client: moonshot.Moonshot, otel: Otel, server: LocalMoonshot
) -> None:
    server.faults.fail_next(2, status=429, retry_after_ms=0)
    client.chat.completions.create(model=MODEL, messages=ASK, max_tokens=20)
    [span] = otel.spans()
    events = [event for event in span.events if event.name == "moonshot.retry"]
    assert [dict(event.attributes or {}) for event in events] == [
        {"moonshot.retry.attempt": 1, "moonshot.retry.reason": "429", "moonshot.retry.wait_s": 0.0},
        {"moonshot.retry.attempt": 2, "moonshot.retry.reason": "429", "moonshot.retry.wait_s": 0.0},
    ]
    assert _attributes(span)["moonshot.retries"] == 2
    assert span.status.status_code is StatusCode.UNSET


@pytest.mark.anyio
async def test_async_retries_are_events_too(
    aclient: moonshot.AsyncMoonshot, otel: Otel, server: LocalMoonshot
) -> None:
    server.faults.fail_next(status=503, retry_after_ms=0)
    await aclient.models.list()
    [span] = otel.spans()
    assert [dict(e.attributes or {})["moonshot.retry.reason"] for e in span.events] == ["503"]


def test_retries_that_run_out_end_in_an_error_span(
    client: moonshot.Moonshot, otel: Otel, server: LocalMoonshot
) -> None:
    server.faults.fail_next(3, status=500, retry_after_ms=0)
    with pytest.raises(moonshot.InternalServerError):
        client.with_options(max_retries=2).models.list()
    [span] = otel.spans()
    assert len(span.events) == 2
    assert _attributes(span)["error.type"] == "500"


def test_every_document_operation_has_a_name() -> None:
    names = {(method, path): name for method, _, path, name in operation_names()}
    for path, name in GENAI_OPERATIONS.items():
        if ("POST", path) in names:
            assert names["POST", path] == name
    assert names["POST", "/v1/files"] == "upload_file"
    assert names["GET", "/v1/batches"] == "list_batches"
    assert all(name and name.replace("_", "").isalnum() for name in names.values())


def test_files_and_batches_are_named_after_their_operation(
    client: moonshot.Moonshot, otel: Otel
) -> None:
    uploaded = client.files.create(b'{"custom_id": "a"}\n', purpose="batch")
    client.files.list()
    client.files.retrieve(uploaded.id)
    client.files.content(uploaded.id)
    batch = client.batches.create(
        input_file_id=uploaded.id, endpoint="/v1/chat/completions", completion_window="24h"
    )
    client.batches.retrieve(batch.id)
    client.files.delete(uploaded.id)
    assert [span.name for span in otel.spans()] == [
        "upload_file",
        "list_files",
        "get_file_information",
        "get_file_content",
        "create_batch",
        "retrieve_batch",
        "delete_file",
    ]
    for span in otel.spans():
        found = _attributes(span)
        assert found["gen_ai.operation.name"] == span.name
        assert "gen_ai.request.model" not in found
        assert span.kind is SpanKind.CLIENT


def _model_calls() -> list[Any]:
    calls = []
    if documented(RESPONSES):
        model = model_for(RESPONSES)
        calls.append(
            pytest.param(
                lambda c: c.responses.create(model=model, input="Hi"), model, id="responses"
            )
        )
    if documented(MESSAGES):
        model = model_for(MESSAGES)
        calls.append(
            pytest.param(
                lambda c: c.anthropic.messages.create(model=model, max_tokens=16, messages=ASK),
                model,
                id="messages",
            )
        )
    return calls


@pytest.mark.parametrize(("call", "model"), _model_calls())
def test_responses_and_messages_are_chat_spans_with_usage(
    client: moonshot.Moonshot, otel: Otel, call: Any, model: str
) -> None:
    call(client)
    [span] = otel.spans()
    assert span.name == f"chat {model}"
    found = _attributes(span)
    assert found["gen_ai.usage.input_tokens"] > 0
    assert found["gen_ai.usage.output_tokens"] > 0
    assert found["gen_ai.response.finish_reasons"]


def _web_calls() -> list[Any]:
    calls = []
    if documented(SEARCH):
        calls.append(pytest.param(lambda c: c.tools.search(text_query="moon"), id="search"))
    if documented(FETCH):
        calls.append(pytest.param(lambda c: c.tools.fetch(url="https://moon.example/"), id="fetch"))
    return calls


@pytest.mark.parametrize("call", _web_calls())
def test_web_tools_have_spans(client: moonshot.Moonshot, otel: Otel, call: Any) -> None:
    call(client)
    [span] = otel.spans()
    assert span.kind is SpanKind.CLIENT
    assert _attributes(span)["gen_ai.operation.name"] == span.name


def test_reporting_never_breaks_a_call(
    client: moonshot.Moonshot, otel: Otel, monkeypatch: pytest.MonkeyPatch
) -> None:
    from moonshot._telemetry import otel as reporting

    def unreadable(result: Any) -> Any:
        raise RuntimeError("an answer telemetry cannot read")

    monkeypatch.setattr(reporting, "_result_attributes", unreadable)
    result = client.chat.completions.create(model=MODEL, messages=ASK, max_tokens=20)
    assert result.choices
    [span] = otel.spans()
    assert _attributes(span)["http.response.status_code"] == 200
    assert "gen_ai.usage.input_tokens" not in _attributes(span)


def test_a_download_is_one_span_to_its_last_byte(client: moonshot.Moonshot, otel: Otel) -> None:
    uploaded = client.files.create(("moon.txt", b"moon facts " * 100), purpose="file-extract")
    sink = io.BytesIO()
    written = client.files.download(uploaded.id, sink)
    span = otel.spans()[-1]
    assert span.name == "get_file_content"
    assert _attributes(span)["moonshot.download.bytes"] == written == len(sink.getvalue())


@pytest.mark.anyio
async def test_an_async_download_is_one_span(aclient: moonshot.AsyncMoonshot, otel: Otel) -> None:
    uploaded = await aclient.files.create(("moon.txt", b"moon facts"), purpose="file-extract")
    written = await aclient.files.download(uploaded.id, io.BytesIO())
    span = otel.spans()[-1]
    assert span.name == "get_file_content"
    assert _attributes(span)["moonshot.download.bytes"] == written
