"""Every operation of ``openapi.json`` as a call through the public client, sync and async.

Chat appears once per request variant of the discriminator mapping (its first model),
with the parameters that variant documents, plus one request using the optional fields.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import moonshot
import spec_facts as facts
from moonshot.resources.files import FileContent
from moonshot_openapi.models import (
    BalanceResponse,
    BatchObject,
    ChatCompletionResponse,
    EstimateTokenResponse,
    FileDeleteResponse,
    FileListResponse,
    FileObject,
    FormulaFiber,
    FormulaToolList,
    ModelList,
)

from ._new_operations import new_calls
from ._prism import SPEC

MODEL = facts.plain_model()

USER = [{"role": "user", "content": "Say hello"}]
FILE_ID = "file-contract-1"
BATCH_ID = "batch-contract-1"
PAGES = 3  # batches.list follows has_more; a mock server may always say there is more


@dataclass(frozen=True)
class Call:
    """One operation through the client; ``sync`` and ``run_async`` return the parsed result."""

    name: str
    sync: Callable[[moonshot.Moonshot], Any]
    run_async: Callable[[moonshot.AsyncMoonshot], Awaitable[Any]]
    result_type: type | tuple[type, ...]


def _spec() -> dict[str, Any]:
    return json.loads(SPEC.read_text(encoding="utf-8"))


def chat_variants() -> dict[str, dict[str, Any]]:
    """First model of each chat request variant -> parameters for a request to it."""
    spec = _spec()
    body = spec["paths"]["/v1/chat/completions"]["post"]["requestBody"]
    mapping = body["content"]["application/json"]["schema"]["discriminator"]["mapping"]
    variants: dict[str, dict[str, Any]] = {}
    seen: set[str] = set()
    for model, ref in mapping.items():
        if ref in seen:
            continue
        seen.add(ref)
        schema = spec["components"]["schemas"][ref.rsplit("/", 1)[-1]]
        own = {k for part in schema.get("allOf", [schema]) for k in part.get("properties", {})}
        params: dict[str, Any] = {"max_completion_tokens": 32}
        if "thinking" in own:
            params["thinking"] = {"type": "enabled"}
        if "temperature" in own:
            params["temperature"] = 0.5
            params["top_p"] = 0.9
        variants[model] = params
    return variants


def _rich_chat_body() -> dict[str, Any]:
    """A request to the plain model with every optional field its variant documents,
    each given a value built from its schema."""
    from moonshot._openapi.chat_request import chat_catalog
    from moonshot.testing._values import value_for

    catalog = chat_catalog()
    variant = catalog.by_model[MODEL]
    body: dict[str, Any] = {
        "model": MODEL,
        "messages": [
            {"role": "system", "content": "You are terse."},
            {"role": "user", "content": [{"type": "text", "text": "Weather in Paris?"}]},
        ],
    }
    for name in sorted(variant.properties - {"model", "messages", "stream", "stream_options"}):
        schema = facts.chat_field(MODEL, name)
        body[name] = value_for(schema, "sample_value", resolve=catalog.checker.resolve)
    return body


RICH_CHAT: dict[str, Any] = _rich_chat_body()


async def _first_pages(client: moonshot.AsyncMoonshot) -> list[BatchObject]:
    out = []
    async for batch in client.batches.list(limit=5):
        out.append(batch)
        if len(out) >= PAGES:
            break
    return out


def _formula_example() -> tuple[str, str, dict[str, Any]]:
    """(uri, tool name, arguments): the extension's example path values and first formula."""
    from contract_validation import covered_document

    fibers = next(p for p in covered_document()["paths"] if p.startswith("/v1/formulas/"))
    parameters = covered_document()["paths"][fibers]
    params = next(iter(parameters.values()))["parameters"]
    namespace, formula = (p["schema"]["examples"][0] for p in params)
    return f"{namespace}/{formula}", "web_search", {"query": "contract"}


def _chat_call(model: str, params: dict[str, Any]) -> Call:
    return Call(
        f"chat[{model}]",
        lambda c: c.chat.completions.create(model=model, messages=USER, **params),
        lambda c: c.chat.completions.create(model=model, messages=USER, **params),
        ChatCompletionResponse,
    )


def _rich_chat() -> Call:
    return Call(
        "chat[optional fields]",
        lambda c: c.chat.completions.create(**RICH_CHAT),
        lambda c: c.chat.completions.create(**RICH_CHAT),
        ChatCompletionResponse,
    )


def all_calls() -> list[Call]:
    """The calls the contract suite makes; together they cover every operation."""
    upload = ("notes.txt", b"contract suite upload\n", "text/plain")
    calls = [
        Call("models.list", lambda c: c.models.list(), lambda c: c.models.list(), ModelList),
        Call(
            "balance.retrieve",
            lambda c: c.balance.retrieve(),
            lambda c: c.balance.retrieve(),
            BalanceResponse,
        ),
        Call(
            "files.create",
            lambda c: c.files.create(upload, purpose="file-extract"),
            lambda c: c.files.create(upload, purpose="file-extract"),
            FileObject,
        ),
        Call("files.list", lambda c: c.files.list(), lambda c: c.files.list(), FileListResponse),
        Call(
            "files.retrieve",
            lambda c: c.files.retrieve(FILE_ID),
            lambda c: c.files.retrieve(FILE_ID),
            FileObject,
        ),
        Call(
            "files.delete",
            lambda c: c.files.delete(FILE_ID),
            lambda c: c.files.delete(FILE_ID),
            FileDeleteResponse,
        ),
        Call(
            "files.content",
            lambda c: c.files.content(FILE_ID),
            lambda c: c.files.content(FILE_ID),
            FileContent,
        ),
        *(_chat_call(model, params) for model, params in chat_variants().items()),
        _rich_chat(),
        Call(
            "tokenizers.estimate_token_count",
            lambda c: c.tokenizers.estimate_token_count(model=MODEL, messages=USER),
            lambda c: c.tokenizers.estimate_token_count(model=MODEL, messages=USER),
            EstimateTokenResponse,
        ),
        Call(
            "batches.create",
            lambda c: c.batches.create(
                input_file_id=FILE_ID,
                endpoint="/v1/chat/completions",
                completion_window="24h",
                metadata={"suite": "contract"},
            ),
            lambda c: c.batches.create(
                input_file_id=FILE_ID,
                endpoint="/v1/chat/completions",
                completion_window="24h",
                metadata={"suite": "contract"},
            ),
            BatchObject,
        ),
        Call(
            "batches.list",
            lambda c: list(itertools.islice(c.batches.list(limit=5), PAGES)),
            _first_pages,
            list,
        ),
        Call(
            "batches.retrieve",
            lambda c: c.batches.retrieve(BATCH_ID),
            lambda c: c.batches.retrieve(BATCH_ID),
            BatchObject,
        ),
        Call(
            "batches.cancel",
            lambda c: c.batches.cancel(BATCH_ID),
            lambda c: c.batches.cancel(BATCH_ID),
            BatchObject,
        ),
        *new_calls(Call),
        *formula_calls(),
    ]
    return calls + optional_calls()


# The extension document's example formula (the page's): URIs and arguments from it.
_FORMULA = _formula_example()


def formula_calls() -> list[Call]:
    """The official-tools operations of the extension document, through client.formulas."""
    uri, name, arguments = _FORMULA
    return [
        Call(
            "formulas.tools",
            lambda c: c.formulas.tools(uri),
            lambda c: c.formulas.tools(uri),
            FormulaToolList,
        ),
        Call(
            "formulas.call",
            lambda c: c.formulas.call(uri, name, arguments),
            lambda c: c.formulas.call(uri, name, arguments),
            FormulaFiber,
        ),
    ]


# Prism's response faker sometimes cannot build a value of a large union schema (the
# Responses API's output items) and answers 500 application/problem+json, which is
# Prism's own failure, not the API's: such an answer is asked for again.
_PRISM_OWN_FAILURE = "application/problem+json"
_ATTEMPTS = 5


def _raw_call(method: str, path: str, operation: dict[str, Any]) -> Call:
    """An operation the client has no resource for, through ``client.raw``."""
    import typing

    import raw_calls

    module = raw_calls.generated_module(method, path)
    returned = typing.get_type_hints(module.sync)["return"]
    result_type = tuple(
        t for t in typing.get_args(returned) if isinstance(t, type) and t is not typing.Any
    )

    def request() -> dict[str, Any]:
        built: dict[str, Any] = module._get_kwargs(**raw_calls.call_kwargs(method, path, operation))
        return built

    def sync(c: moonshot.Moonshot) -> Any:
        for _ in range(_ATTEMPTS):
            response = c.raw.get_httpx_client().request(**request())
            if _PRISM_OWN_FAILURE not in response.headers.get("content-type", ""):
                break
        return module._build_response(client=c.raw, response=response).parsed

    async def run_async(c: moonshot.AsyncMoonshot) -> Any:
        http = c.raw.get_async_httpx_client()
        for _ in range(_ATTEMPTS):
            response = await http.request(**request())
            if _PRISM_OWN_FAILURE not in response.headers.get("content-type", ""):
                break
        return module._build_response(client=c.raw, response=response).parsed

    return Call(f"raw[{method} {path}]", sync, run_async, result_type)


def optional_calls() -> list[Call]:
    """Operations not every published document has, when this one has them: request
    signatures through the client, and those without a resource through ``client.raw``."""
    from moonshot_openapi import models

    calls = []
    signature = moonshot.RequestSignature("nonce-1", 1786338000123, MODEL, "reqsigv1_x")
    for method, path, operation in facts.operations():
        if path.endswith("/signatures/verify"):
            calls.append(
                Call(
                    "signatures.verify",
                    lambda c: c.signatures.verify(signature),
                    lambda c: c.signatures.verify(signature),
                    models.SignatureVerifyResponse,
                )
            )
        elif not path.startswith("/v1/") or path.split("/")[2] not in _RESOURCE_SEGMENTS:
            calls.append(_raw_call(method, path, operation))
    return calls


# First path segments after /v1 the client has resources for.
_RESOURCE_SEGMENTS = (
    "models",
    "users",
    "files",
    "chat",
    "tokenizers",
    "batches",
    "signatures",
    "formulas",
)
