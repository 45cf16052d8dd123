"""Every client-side check, fed a bad value: a ValidationError naming the field (and what
is allowed, where there is a list or range), raised before any byte is sent.

The table covers each constraint kind of the chat request (type, enum, range, maxItems,
pattern, required, unknown field, oneOf, per-model parameters, the stop byte limit), the
stream options, uploads, media parts, extraction, batches, token estimates and the client
configuration. The count is reported in the README ("Reliability").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import moonshot
import pytest
import spec_facts as facts

from . import _figures

MODEL = facts.plain_model()

USER = [{"role": "user", "content": "Hello"}]
K26 = MODEL
V1 = MODEL
# A bounded field (its name and maximum), a model with thinking, a field of another
# variant: all read from the document.
BOUNDED_MODEL, BOUNDED, _BOUNDS = facts.bounded_case()
THINKING_MODEL = facts.model_accepting("thinking") or MODEL
THINKING_KINDS = tuple(
    facts.chat_field(THINKING_MODEL, "thinking")["properties"]["type"]["enum"]
    if facts.model_accepting("thinking")
    else ()
)
OTHER_MODEL, OTHER_FIELD = facts.fields_of_other_variants()[0]


@dataclass
class Bad:
    """A bad value: the call that passes it, the field the error must name, and words the
    message must contain (the allowed values or limit)."""

    name: str
    call: Callable[[moonshot.Moonshot, Path], Any]
    field: str
    says: tuple[str, ...] = ()


def chat(**params: Any) -> Callable[[moonshot.Moonshot, Path], Any]:
    params.setdefault("model", K26)
    params.setdefault("messages", USER)
    return lambda client, tmp: client.chat.completions.create(**params)


def tool(**function: Any) -> dict[str, Any]:
    return {"type": "function", "function": {"name": "lookup", "parameters": {}, **function}}


def batch(**options: Any) -> Callable[[moonshot.Moonshot, Path], Any]:
    return lambda client, tmp: client.batches.create(input_file_id="file-1", **options)


def batch_lines(*lines: Any) -> Callable[[moonshot.Moonshot, Path], Any]:
    return lambda client, tmp: client.batches.create_from_requests(list(lines))


def upload(file: Any, purpose: str = "file-extract") -> Callable[[moonshot.Moonshot, Path], Any]:
    return lambda client, tmp: client.files.create(file(tmp) if callable(file) else file, purpose)


def big_file(tmp: Path) -> Path:
    path = tmp / "big.pdf"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024 + 1)  # sparse: one byte over the documented 100 MB
    return path


def config(**options: Any) -> Callable[[moonshot.Moonshot, Path], Any]:
    options.setdefault("api_key", "sk-test")
    return lambda client, tmp: moonshot.Moonshot(**options)


CASES = [
    # chat: the model and messages
    Bad("model empty", chat(model=""), "model", (MODEL,)),
    Bad("model not a string", chat(model=7), "model"),
    Bad("messages not objects", chat(messages=["hi"]), "messages[0]", ("object",)),
    Bad(
        "role not allowed",
        chat(messages=[{"role": "robot", "content": "x"}]),
        "messages[0].role",
        ("allowed values", "user", "assistant"),
    ),
    Bad("role missing", chat(messages=[{"content": "x"}]), "messages[0].role", ("required",)),
    Bad(
        "content of the wrong type",
        chat(messages=[{"role": "user", "content": 5}]),
        "messages[0].content",
    ),
    Bad(
        "content part of an unknown type",
        chat(messages=[{"role": "user", "content": [{"type": "audio", "audio": "x"}]}]),
        "messages[0].content[0].type",
        ("allowed values", "text", "image_url"),
    ),
    Bad(
        "image part without its URL",
        chat(messages=[{"role": "user", "content": [{"type": "image_url"}]}]),
        "messages[0].content[0].image_url",
        ("required",),
    ),
    # chat: numbers, types and enums of parameters
    Bad(
        "bounded field above the range",
        chat(model=BOUNDED_MODEL, **{BOUNDED: _BOUNDS["maximum"] + 1}),
        BOUNDED,
        ("<=",),
    ),
    Bad(
        "bounded field not a number",
        chat(model=BOUNDED_MODEL, **{BOUNDED: "hot"}),
        BOUNDED,
        ("expected",),
    ),
    Bad("presence_penalty out of range", chat(model=V1, presence_penalty=3), "presence_penalty"),
    Bad(
        "frequency_penalty out of range", chat(model=V1, frequency_penalty=-3), "frequency_penalty"
    ),
    Bad("max_completion_tokens text", chat(max_completion_tokens="9"), "max_completion_tokens"),
    Bad(
        "thinking type not allowed",
        chat(model=THINKING_MODEL, thinking={"type": "maybe"}),
        "thinking.type",
        THINKING_KINDS,
    ),
    Bad(
        "thinking with an unknown field",
        chat(model=THINKING_MODEL, thinking={"type": "enabled", "depth": 3}),
        "thinking.depth",
        ("unknown field",),
    ),
    Bad(
        "response_format type not allowed",
        chat(response_format={"type": "yaml"}),
        "response_format.type",
        ("json_object",),
    ),
    Bad("stop with six words", chat(stop=["a", "b", "c", "d", "e", "f"]), "stop", ("5",)),
    Bad("stop word over 32 bytes", chat(stop="é" * 17), "stop", ("32",)),
    Bad("stop not text", chat(stop=7), "stop"),
    Bad(
        "tool of an unknown type",
        chat(tools=[{"type": "retrieval", "function": {"name": "x"}}]),
        "tools[0].type",
        ("function",),
    ),
    Bad(
        "tool name breaking the pattern",
        chat(tools=[tool(name="look up!")]),
        "tools[0].function.name",
        ("pattern",),
    ),
    Bad("prompt_cache_key not a string", chat(prompt_cache_key=5), "prompt_cache_key"),
    Bad("stream_options not an object", chat(stream_options="usage"), "stream_options"),
    # chat: parameters and models
    Bad("unknown parameter", chat(frobnicate=1), "frobnicate", ("extra_body",)),
    Bad(
        "parameter of other models",
        chat(model=OTHER_MODEL, **{OTHER_FIELD: {}}),
        OTHER_FIELD,
        ("models that do",),
    ),
    # chat: streaming options
    Bad("stream not a bool", chat(stream="yes"), "stream", ("True or False",)),
    Bad("resume not a bool", chat(stream=True, resume="yes"), "resume", ("True or False",)),
    Bad("max_resumes negative", chat(stream=True, resume=True, max_resumes=-1), "max_resumes"),
    Bad("resume without stream", chat(resume=True), "resume", ("stream=True",)),
    Bad("resume with n=2", chat(model=V1, stream=True, resume=True, n=2), "n", ("1",)),
    # token estimates
    Bad(
        "estimate with a bad role",
        lambda c, tmp: c.tokenizers.estimate_token_count(
            model=K26, messages=[{"role": "robot", "content": "x"}]
        ),
        "messages[0].role",
        ("allowed values",),
    ),
    # uploads
    Bad("purpose not allowed", upload(b"data", "photos"), "purpose", ("file-extract", "batch")),
    Bad("file that does not exist", upload(lambda tmp: tmp / "missing.pdf"), "file"),
    Bad("file that is a directory", upload(lambda tmp: tmp), "file", ("directory",)),
    Bad("file over 100 MB", upload(big_file), "file", ("100",)),
    Bad("file of an unreadable type", upload(42), "file"),
    Bad(
        "content type with a line break",
        upload(("a.txt", b"x", "text/plain\r\nX-Evil: 1")),
        "file",
        ("line break",),
    ),
    Bad(
        "extraction concurrency 0",
        lambda c, tmp: c.files.extract_messages([b"x"], concurrency=0),
        "concurrency",
        (">= 1",),
    ),
    # media parts
    Bad("image source of the wrong type", lambda c, tmp: moonshot.image_part(123), "source"),
    Bad("image ms:// without an id", lambda c, tmp: moonshot.image_part("ms://"), "source"),
    Bad("text part not text", lambda c, tmp: moonshot.text_part(5), "text"),
    # batches
    Bad("completion_window not text", batch(completion_window=24), "completion_window"),
    Bad("batch endpoint not allowed", batch(endpoint="/v1/embeddings"), "endpoint"),
    Bad(
        "metadata with 17 pairs",
        batch(metadata={f"k{i}": "v" for i in range(17)}),
        "metadata",
        ("16",),
    ),
    Bad("metadata key too long", batch(metadata={"k" * 65: "v"}), "metadata.kkkk", ("64",)),
    Bad("metadata value too long", batch(metadata={"k": "v" * 513}), "metadata.k", ("512",)),
    Bad("metadata not an object", batch(metadata=["a"]), "metadata"),
    Bad(
        "batch line with a bad parameter",
        batch_lines({"model": BOUNDED_MODEL, "messages": USER, BOUNDED: _BOUNDS["maximum"] + 1}),
        "requests[0]",
        (BOUNDED, "<= value <="),
    ),
    Bad("batch line not an object", batch_lines("hello"), "requests[0]", ("body",)),
    Bad("batch line without messages", batch_lines({"model": K26}), "requests[0]", ("messages",)),
    Bad(
        "batch line with method GET",
        batch_lines({"custom_id": "a", "method": "GET", "body": {"model": K26, "messages": USER}}),
        "requests[0]",
        ("method", "POST"),
    ),
    Bad(
        "batch metadata on create_from_requests",
        lambda c, tmp: c.batches.create_from_requests(
            [{"model": K26, "messages": USER}], metadata={"k": 1}
        ),
        "metadata.k",
    ),
    # configuration
    Bad("base_url not http(s)", config(base_url="ftp://example.invalid"), "base_url", ("http",)),
    Bad("max_retries negative", config(max_retries=-1), "max_retries", (">= 0",)),
    Bad(
        "with_options max_retries negative",
        lambda c, tmp: c.with_options(max_retries=-2),
        "max_retries",
        (">= 0",),
    ),
    Bad("no API key anywhere", config(api_key=None), "api_key", ("MOONSHOT_API_KEY",)),
]


@pytest.fixture
def sent() -> list[httpx.Request]:
    return []


@pytest.fixture
def client(sent: list[httpx.Request], monkeypatch: pytest.MonkeyPatch) -> moonshot.Moonshot:
    monkeypatch.delenv("MOONSHOT_API_KEY", raising=False)
    monkeypatch.delenv("MOONSHOT_BASE_URL", raising=False)

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    return moonshot.Moonshot(
        api_key="sk-test",
        base_url="http://127.0.0.1:9",
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(record)),
    )


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input_is_rejected_before_sending(
    case: Bad, client: moonshot.Moonshot, sent: list[httpx.Request], tmp_path: Path
) -> None:
    with pytest.raises(moonshot.ValidationError) as caught:
        case.call(client, tmp_path)
    error = caught.value
    assert error.field is not None and error.field.startswith(case.field), str(error)
    assert case.field.split("[")[0].split(".")[0] in str(error)
    for word in case.says:
        assert word in str(error), str(error)
    assert sent == []
    _figures.bad_inputs.add(case.name)


def test_the_table_is_not_trivially_small() -> None:
    kinds = {case.field.split("[")[0].split(".")[0] for case in CASES}
    print(f"\nbad-input cases: {len(CASES)} over {len(kinds)} fields")
    assert len(CASES) >= 50 and len(kinds) >= 25
