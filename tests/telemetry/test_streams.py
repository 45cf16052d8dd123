"""A stream's span lasts until the stream ends, breaks or is closed early, and carries the
time to the first chunk, the finish reasons and the usage of the last chunk."""

from __future__ import annotations

from typing import Any

import moonshot
import pytest
import spec_facts as facts
from moonshot.testing import LocalMoonshot
from opentelemetry.trace import SpanKind, StatusCode
from ops._doc import RESPONSES, model_for, needs

from .conftest import Otel

MODEL = facts.plain_model()
ASK = [{"role": "user", "content": "Tell me about the moon"}]


def _attributes(span: Any) -> dict[str, Any]:
    return dict(span.attributes or {})


def _check_ended(otel: Otel, final: Any) -> None:
    [span] = otel.spans()
    assert span.name == f"chat {MODEL}"
    assert span.kind is SpanKind.CLIENT
    found = _attributes(span)
    assert found["gen_ai.request.stream"] is True
    assert found["gen_ai.response.finish_reasons"] == ("stop",)
    assert found["gen_ai.usage.input_tokens"] == final.usage.prompt_tokens
    assert found["gen_ai.usage.output_tokens"] == final.usage.completion_tokens
    assert found["gen_ai.response.id"] == final.id
    assert 0 < found["gen_ai.response.time_to_first_chunk"] < 10
    assert found["moonshot.stream.chunks"] > 1
    assert "moonshot.stream.closed_early" not in found
    assert span.status.status_code is StatusCode.UNSET
    assert span.end_time is not None and span.start_time is not None


def test_a_stream_read_to_its_end(client: moonshot.Moonshot, otel: Otel) -> None:
    stream = client.chat.completions.create(model=MODEL, messages=ASK, stream=True)
    assert otel.spans() == []  # open while the stream is
    chunks = list(stream)
    assert otel.spans()[0].end_time is not None
    _check_ended(otel, stream.get_final_completion())
    assert len(chunks) == _attributes(otel.spans()[0])["moonshot.stream.chunks"]


@pytest.mark.anyio
async def test_an_async_stream_read_to_its_end(aclient: moonshot.AsyncMoonshot, otel: Otel) -> None:
    stream = await aclient.chat.completions.create(model=MODEL, messages=ASK, stream=True)
    assert otel.spans() == []
    final = await stream.get_final_completion()
    _check_ended(otel, final)


def test_a_stream_closed_early(client: moonshot.Moonshot, otel: Otel) -> None:
    with client.chat.completions.create(model=MODEL, messages=ASK, stream=True) as stream:
        next(iter(stream))
        assert otel.spans() == []
    [span] = otel.spans()
    found = _attributes(span)
    assert found["moonshot.stream.closed_early"] is True
    assert found["moonshot.stream.chunks"] == 1
    assert "gen_ai.response.time_to_first_chunk" in found
    assert "error.type" not in found  # the caller's choice, not a failure
    assert span.status.status_code is StatusCode.UNSET


def test_a_stream_closed_before_any_chunk(client: moonshot.Moonshot, otel: Otel) -> None:
    stream = client.chat.completions.create(model=MODEL, messages=ASK, stream=True)
    stream.close()
    [span] = otel.spans()
    found = _attributes(span)
    assert found["moonshot.stream.closed_early"] is True
    assert "gen_ai.response.time_to_first_chunk" not in found


def test_a_loop_left_with_break_ends_the_span_when_closed(
    client: moonshot.Moonshot, otel: Otel
) -> None:
    stream = client.chat.completions.create(model=MODEL, messages=ASK, stream=True)
    for _ in stream:
        break
    stream.close()
    assert _attributes(otel.spans()[0])["moonshot.stream.closed_early"] is True


@pytest.mark.anyio
async def test_an_async_stream_closed_early(aclient: moonshot.AsyncMoonshot, otel: Otel) -> None:
    async with await aclient.chat.completions.create(
        model=MODEL, messages=ASK, stream=True
    ) as stream:
        async for _ in stream:
            break
    [span] = otel.spans()
    assert _attributes(span)["moonshot.stream.closed_early"] is True


def test_a_broken_stream_is_an_error_span(
    client: moonshot.Moonshot, otel: Otel, server: LocalMoonshot
) -> None:
    server.faults.drop_stream_after(2)
    stream = client.chat.completions.create(model=MODEL, messages=ASK, stream=True)
    with pytest.raises(moonshot.StreamInterruptedError):
        list(stream)
    [span] = otel.spans()
    found = _attributes(span)
    assert found["error.type"] == "moonshot.StreamInterruptedError"
    assert found["moonshot.stream.chunks"] == 2
    assert span.status.status_code is StatusCode.ERROR


@pytest.mark.anyio
async def test_a_broken_async_stream_is_an_error_span(
    aclient: moonshot.AsyncMoonshot, otel: Otel, server: LocalMoonshot
) -> None:
    server.faults.drop_stream_after(2)
    stream = await aclient.chat.completions.create(model=MODEL, messages=ASK, stream=True)
    with pytest.raises(moonshot.StreamInterruptedError):
        await stream.get_final_completion()
    assert _attributes(otel.spans()[0])["error.type"] == "moonshot.StreamInterruptedError"


def test_a_stream_refused_before_its_first_byte(
    client: moonshot.Moonshot, otel: Otel, server: LocalMoonshot
) -> None:
    server.faults.fail_next(status=400)
    with pytest.raises(moonshot.BadRequestError):
        client.chat.completions.create(model=MODEL, messages=ASK, stream=True)
    [span] = otel.spans()
    assert _attributes(span)["error.type"] == "400"


def test_a_stream_retried_before_its_first_byte(
    client: moonshot.Moonshot, otel: Otel, server: LocalMoonshot
) -> None:
    server.faults.fail_next(status=503, retry_after_ms=0)
    list(client.chat.completions.create(model=MODEL, messages=ASK, stream=True))
    [span] = otel.spans()
    assert [event.name for event in span.events] == ["moonshot.retry"]
    assert _attributes(span)["moonshot.retries"] == 1


@needs(RESPONSES)
def test_a_responses_stream(client: moonshot.Moonshot, otel: Otel) -> None:
    model = model_for(RESPONSES)
    with client.responses.create(model=model, input="Moon?", stream=True) as stream:
        final = stream.get_final_response()
    [span] = otel.spans()
    found = _attributes(span)
    assert span.name == f"chat {model}"
    assert found["gen_ai.usage.output_tokens"] == final.usage.output_tokens
    assert "gen_ai.response.time_to_first_chunk" in found
    assert moonshot.response_of(final) is not None


def test_a_resumed_stream_shows_each_resume(
    client: moonshot.Moonshot, otel: Otel, server: LocalMoonshot
) -> None:
    # Cut after some content has come (a resume continues content, not reasoning alone).
    chunks = list(client.chat.completions.create(model=MODEL, messages=ASK, stream=True))
    cut = next(i for i, c in enumerate(chunks) if c.choices and c.choices[0].delta.content) + 2
    otel.exporter.clear()
    server.faults.drop_stream_after(cut)
    stream = client.chat.completions.create(model=MODEL, messages=ASK, stream=True, resume=True)
    final = stream.get_final_completion()
    assert stream.resumes == 1
    [span] = otel.spans()
    [event] = [e for e in span.events if e.name == "moonshot.stream.resume"]
    found = dict(event.attributes or {})
    assert found["moonshot.stream.resume.number"] == 1
    assert found["moonshot.stream.resume.reason"]
    assert found["moonshot.stream.chunks"] == cut
    attributes = _attributes(span)
    assert attributes["moonshot.stream.resumes"] == 1
    assert attributes["gen_ai.response.finish_reasons"] == ("stop",)
    assert "error.type" not in attributes
    assert moonshot.response_of(final) is not None
