"""The ``model`` discriminator: the chat request variant a body is checked against.

Everything here is read from the API document (the discriminator mapping, each
variant's properties and constraints), so a new model in the spec works after
``make generate`` alone. :class:`ChatRequestBody` plugs the variant choice into the one
checked-body builder (:mod:`.request_body`).
A model the mapping does not know is sent as is: the fields every variant has
(``messages``, ``max_completion_tokens``...) are checked against what the document says
of them, any other parameter is sent unchecked and logged at DEBUG. Models reach the API before the
document, and models leave the document while the API still serves them.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .._errors import ValidationError
from . import generated
from .document import load_spec, spec_checker
from .page_parameters import fixed_for, fixed_parameter_problems
from .request_body import RequestBody, plain_items, plain_list, to_plain
from .schema import CompiledSchema, SchemaChecker

__all__ = [
    "CHAT_PATH",
    "ChatCatalog",
    "ChatRequestBody",
    "ChatVariant",
    "chat_catalog",
    "chat_request_body",
    "prepare_chat_body",
    "to_plain",
]

_log = logging.getLogger("moonshot")

CHAT_PATH = "/v1/chat/completions"
_CHAT_MODULE = "chat.create_chat_completion"


@dataclass(frozen=True)
class ChatVariant:
    """One request variant of the chat endpoint (a ``oneOf`` branch)."""

    schema_name: str
    title: str
    models: tuple[str, ...]
    properties: frozenset[str]


@dataclass(frozen=True)
class ChatCatalog:
    """Everything the overlay knows about chat request variants."""

    discriminator: str
    base_schema: Mapping[str, Any]
    base_properties: frozenset[str]
    variants: tuple[ChatVariant, ...]
    by_model: Mapping[str, ChatVariant]
    checker: SchemaChecker
    stop_max_bytes: int | None
    schemas: Mapping[str, Mapping[str, Any]]  # each variant's schema, by its schema_name

    def models_accepting(self, field: str) -> list[str]:
        return [m for v in self.variants if field in v.properties for m in v.models]

    def schema_of(self, variant: ChatVariant) -> Mapping[str, Any]:
        return self.schemas[variant.schema_name]


def _schema_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _required(checker: SchemaChecker, schema: Mapping[str, Any]) -> set[str]:
    schema = checker.resolve(schema)
    found = set(schema.get("required", ()))
    for part in schema.get("allOf", ()):
        found |= _required(checker, part)
    return found


def _shared_schema(checker: SchemaChecker, refs: list[str], discriminator: str) -> dict[str, Any]:
    """What the document says of a chat request whatever its model.

    Each field every variant names, with the schema the variants give it (one of them,
    when they differ); required what every variant requires. A model the mapping does
    not list is checked against this; a field only some variants name (``thinking``,
    say) may mean something else for a model the document does not describe, so it is
    sent unchecked.
    """
    options: dict[str, list[Mapping[str, Any]]] = {}
    present: dict[str, int] = {}
    required: set[str] | None = None
    for ref in refs:
        for name, prop in checker.merged_properties({"$ref": ref}).items():
            present[name] = present.get(name, 0) + 1
            known = options.setdefault(name, [])
            if prop not in known:
                known.append(prop)
        found = _required(checker, {"$ref": ref})
        required = found if required is None else required & found
    properties: dict[str, Any] = {
        name: found[0] if len(found) == 1 else {"anyOf": found}
        for name, found in options.items()
        if name != discriminator and present[name] == len(refs)
    }
    properties[discriminator] = {"type": "string"}
    return {
        "type": "object",
        "properties": properties,
        "required": sorted((required or set()) | {discriminator}),
    }


@functools.cache
def chat_catalog() -> ChatCatalog:
    """Read the chat variants from the spec and the generated package (once)."""
    spec = load_spec()
    checker = spec_checker()
    body = spec["paths"][CHAT_PATH]["post"]["requestBody"]["content"]["application/json"]["schema"]
    discriminator = body["discriminator"]
    mapping: Mapping[str, str] = discriminator["mapping"]
    refs = [option["$ref"] for option in body["oneOf"]]
    variants = []
    for ref in refs:
        schema = checker.resolve({"$ref": ref})
        models = tuple(m for m, target in mapping.items() if target == ref)
        variants.append(
            ChatVariant(
                schema_name=_schema_name(ref),
                title=str(schema.get("title", _schema_name(ref))),
                models=models,
                properties=frozenset(checker.merged_properties(schema)),
            )
        )
    discriminator_name = str(discriminator["propertyName"])
    base_schema = _shared_schema(checker, refs, discriminator_name)
    return ChatCatalog(
        discriminator=discriminator_name,
        base_schema=base_schema,
        base_properties=frozenset(base_schema["properties"]),
        variants=tuple(variants),
        by_model={m: v for v in variants for m in v.models},
        checker=checker,
        stop_max_bytes=generated.readers().STOP_MAX_BYTES,  # read from the prose at build time
        schemas={v.schema_name: spec["components"]["schemas"][v.schema_name] for v in variants},
    )


def _stop_errors(stop: Any, limit: int) -> list[str]:
    words = [stop] if isinstance(stop, str) else stop if isinstance(stop, list) else []
    problems = []
    for index, word in enumerate(words):
        if isinstance(word, str) and len(word.encode("utf-8")) > limit:
            where = "stop" if isinstance(stop, str) else f"stop[{index}]"
            size = len(word.encode("utf-8"))
            problems.append(f"{where}: {size} bytes, more than the maximum {limit} bytes")
    return problems


def _model_words(model: str, variant: ChatVariant | None) -> str:
    """``model 'x'``, with the request variant's title when it says more than the name."""
    if variant is None:
        return f"model {model!r} (a model not in the API document)"
    if variant.title == model:
        return f"model {model!r}"
    return f"model {model!r} ({variant.title})"


def _unknown_parameter(catalog: ChatCatalog, name: str, model: str, variant: ChatVariant) -> str:
    accepting = catalog.models_accepting(name)
    if accepting:
        return (
            f"{name}: {_model_words(model, variant)} does not accept {name!r}; "
            f"models that do: {', '.join(accepting)}"
        )
    return (
        f"{name}: not a parameter of {_model_words(model, variant)} or any model in the "
        "API document; pass fields newer than the document in extra_body={...}"
    )


class ChatRequestBody(RequestBody):
    """The chat operation's request: its schema is the variant ``model`` selects.

    ``check`` takes ``model``, ``messages`` and the variant's other fields. A model the
    mapping does not know is checked against the fields every variant has (see the
    module docs); fixed values the models page states are checked by its rules.
    """

    def __init__(self) -> None:
        super().__init__(CHAT_PATH, _CHAT_MODULE, "chat", signed=True)
        self.catalog = chat_catalog()
        # each variant's schema (the shared one under None), compiled on its first use
        self.nodes: dict[str | None, CompiledSchema] = {}

    def check(self, params: Mapping[str, Any]) -> dict[str, Any]:
        catalog = self.catalog
        model = params.get("model")
        if not isinstance(model, str) or not model:
            raise ValidationError(
                f"model: expected a model name such as {', '.join(list(catalog.by_model)[:3])}",
                field="model",
            )
        messages = params.get("messages")
        body: dict[str, Any] = {
            catalog.discriminator: model,
            "messages": plain_list(messages) if type(messages) is list else plain_items(messages),
        }
        for key, value in params.items():
            if key != "model" and key not in body:
                body[key] = value if type(value) in _SCALARS else to_plain(value)
        variant = catalog.by_model.get(model)
        problems: list[str] = []
        checked = body
        names: Mapping[str, Any] = body
        fixed = fixed_for(model)
        if fixed is not None and not fixed.keys().isdisjoint(body):
            # Where the models page and the document disagree, the page decides these fixed values.
            problems.extend(fixed_parameter_problems(model, body, fixed))
            checked = names = {name: value for name, value in body.items() if name not in fixed}
        if variant is None:
            unknown = [name for name in names if name not in catalog.base_properties]
            if unknown:  # the document says nothing of them: the model may take them
                _log.debug(
                    "chat request for model %r (not in the API document): sending parameters "
                    "the document does not know unchecked: %s",
                    model,
                    ", ".join(unknown),
                )
            which: str | None = None
        else:
            known = variant.properties
            if not known.issuperset(names):
                problems.extend(
                    _unknown_parameter(catalog, name, model, variant)
                    for name in names
                    if name not in known
                )
            which = variant.schema_name
        node = self.nodes.get(which)
        if node is None:
            schema = catalog.schemas[which] if which is not None else catalog.base_schema
            node = self.nodes[which] = self.checker.compiled(schema)
        if not node.accepts(checked):
            problems.extend(node.explain(checked))
        if "tools" in body or "response_format" in body:  # the MFJS rules load with a schema
            from .mfjs import request_schema_problems

            problems.extend(request_schema_problems(body))
        if catalog.stop_max_bytes is not None and "stop" in body:
            problems.extend(_stop_errors(body["stop"], catalog.stop_max_bytes))
        if problems:
            raise ValidationError.from_problems(
                f"invalid chat request for {_model_words(model, variant)}", problems
            )
        return body


_SCALARS = frozenset({str, int, float, bool, type(None)})


@functools.cache
def chat_request_body() -> ChatRequestBody:
    """The chat operation's request description (read once)."""
    return ChatRequestBody()


def prepare_chat_body(
    model: str, messages: Iterable[Any], params: Mapping[str, Any]
) -> dict[str, Any]:
    """Check a chat request and return its JSON body (only what the caller set).

    Raises ValidationError naming every bad field before anything is sent.
    """
    return chat_request_body().check({"model": model, "messages": messages, **params})
