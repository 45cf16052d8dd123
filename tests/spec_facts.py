"""What tests need to know about the API document, read from it (never named).

Tests take models, request variants, operations and limits from here, so that
replacing ``openapi.json`` with another published version and regenerating keeps the
suite meaningful: a model that left the document is not asked for, a limit that moved
is tested where it now is.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Any

from moonshot._openapi.chat_request import ChatCatalog, ChatVariant, chat_catalog
from moonshot._openapi.document import load_spec, upstream_spec
from moonshot._openapi.page_parameters import fixed_for
from moonshot._openapi.schema import describe_allowed

__all__ = [
    "UNKNOWN_MODEL",
    "catalog",
    "chat_field",
    "first_model",
    "message_roles",
    "model_accepting",
    "model_not_accepting",
    "models",
    "operations",
    "plain_model",
    "spec",
    "variant_models",
]

# A model name no published document has listed: "sent as is" cases use it.
UNKNOWN_MODEL = "kimi-model-from-the-future-preview"


def spec() -> dict[str, Any]:
    """The upstream document (do not mutate)."""
    return upstream_spec()


def catalog() -> ChatCatalog:
    return chat_catalog()


def models() -> list[str]:
    """Every model the chat discriminator lists, in document order."""
    return list(catalog().by_model)


def first_model() -> str:
    return models()[0]


def variant_models() -> list[str]:
    """One model per request variant (its first)."""
    return [v.models[0] for v in catalog().variants if v.models]


def variant_of(model: str) -> ChatVariant:
    return catalog().by_model[model]


def chat_field(model: str, name: str) -> Mapping[str, Any]:
    """The resolved schema of field ``name`` of ``model``'s request variant."""
    cat = catalog()
    schema = cat.checker.merged_properties(cat.schema_of(variant_of(model)))[name]
    return cat.checker.resolve(schema)


def model_accepting(name: str) -> str | None:
    """A model whose variant has field ``name`` (None if no variant has it)."""
    return next((v.models[0] for v in catalog().variants if name in v.properties), None)


def model_with_free_n() -> tuple[str, dict[str, Any]]:
    """A model the API lets answer with n=3, and what to send for it: a documented one
    whose ``n`` the models page does not fix, else a model only the pages list that takes
    ``n`` up to 5 (with a temperature away from 0, where ``n`` must be 1)."""
    from moonshot.testing._page_models import PAGE_MODELS

    for variant in catalog().variants:
        model = variant.models[0]
        if "n" in variant.properties and "n" not in (fixed_for(model) or {}):
            return model, {"n": 3}
    page = next(m for m in PAGE_MODELS if m.max_n)
    return page.id, {"n": 3, "temperature": 0.5}


def model_not_accepting(name: str) -> str | None:
    """A model whose variant lacks ``name`` while another variant has it."""
    if model_accepting(name) is None:
        return None
    return next((v.models[0] for v in catalog().variants if name not in v.properties), None)


def fields_of_other_variants() -> list[tuple[str, str]]:
    """(model, field) pairs: a field some variant has and ``model``'s does not (nor does
    the models page fix it for ``model``: such a field follows the page)."""
    everything = set().union(*(v.properties for v in catalog().variants))
    found = []
    for variant in catalog().variants:
        fixed = fixed_for(variant.models[0]) or {}
        for name in sorted(everything - variant.properties - set(fixed)):
            found.append((variant.models[0], name))
    return found


def _message_item(model: str) -> Mapping[str, Any]:
    messages = chat_field(model, "messages")
    return catalog().checker.resolve(messages.get("items", {}))


def plain_model() -> str:
    """A model whose messages are one plain object schema (no union of message kinds)."""
    for model in variant_models():
        if "properties" in _message_item(model):
            return model
    return first_model()


def message_roles(model: str | None = None) -> list[str]:
    """The roles the message schema allows (the document's, widened as the client is)."""
    item = _message_item(model or plain_model())
    return list(item["properties"]["role"]["enum"])


def document_roles(model: str | None = None) -> list[str]:
    """The roles the upstream document itself allows (without the client's extensions)."""
    from moonshot._openapi.schema import SchemaChecker

    checker = SchemaChecker(upstream_spec())
    variant = variant_of(model or plain_model())
    schema = checker.merged_properties({"$ref": f"#/components/schemas/{variant.schema_name}"})
    item = checker.resolve(checker.resolve(schema["messages"]).get("items", {}))
    return list(item["properties"]["role"]["enum"])


def bounded_fields(model: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Top-level fields of ``model`` with a numeric range."""
    for name in sorted(variant_of(model).properties):
        schema = chat_field(model, name)
        if describe_allowed(schema) and "enum" not in schema:
            yield name, schema


def enum_fields(model: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Top-level string fields of ``model`` with an enum."""
    for name in sorted(variant_of(model).properties):
        schema = chat_field(model, name)
        if schema.get("type") == "string" and schema.get("enum") and name != "model":
            yield name, schema


@functools.cache
def operations() -> list[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation) for every operation of the document."""
    found = []
    for path, item in load_spec()["paths"].items():
        for method, op in item.items():
            if method in ("get", "post", "put", "patch", "delete"):
                found.append((method.upper(), path, op))
    return found


def component(name: str) -> Mapping[str, Any]:
    found: Mapping[str, Any] = load_spec()["components"]["schemas"][name]
    return found


def estimate_model() -> str:
    """A model the token-estimate request accepts."""
    schema = component("EstimateTokenRequest")["properties"]["model"]
    listed = schema.get("enum") or models()
    return str(listed[0])


def model_with_tool_messages() -> str | None:
    """A model whose messages may be a message carrying ``tools`` (a union branch that has
    a ``tools`` property), None if no variant has one."""
    checker = catalog().checker
    for model in variant_models():
        item = _message_item(model)
        for branch in item.get("oneOf", []) + item.get("anyOf", []):
            if "tools" in checker.resolve(branch).get("properties", {}):
                return model
    return None


def model_that_can_disable_thinking() -> str | None:
    """A model whose ``thinking.type`` may be ``disabled``."""
    for model in variant_models():
        if "thinking" in variant_of(model).properties:
            kinds = chat_field(model, "thinking").get("properties", {}).get("type", {})
            if "disabled" in kinds.get("enum", ()):
                return model
    return None


def bounded_case() -> tuple[str, str, Mapping[str, Any]]:
    """(model, field, schema) of a field with a maximum: the plain model's if it has one."""
    for model in [plain_model(), *variant_models()]:
        for name, schema in bounded_fields(model):
            if "maximum" in schema:
                return model, name, schema
    raise LookupError("no chat field with a maximum in the document")
