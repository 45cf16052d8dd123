"""Facts the client reads from the document's prose and headers, derived at build time.

Used by scripts/generate_readers.py, which writes them into ``readers.py`` at
``make generate``; the overlay reads the constants, never the prose. Each fact either
comes out as a value, comes out as ``None`` when the document does not state it (an older
document has no request signatures), or raises :class:`FactError` naming it when the
document states it in words this module cannot read, so a reworded page fails the build
instead of silently turning a check off at run time.

* ``STOP_MAX_BYTES``: "each string must not exceed N bytes" in the ``stop`` description;
* ``MAX_COMPLETION_TOKENS_DEFAULTS`` / ``MAX_COMPLETION_TOKENS_DEFAULT``: the default
  ``max_completion_tokens`` per model ("for Kimi K3 it defaults to N") and for a model the
  description does not name ("defaults to a reasonable integer such as N");
* ``SIGNATURE_HEADERS``: the chat operation's nonce request header and the timestamp and
  signature headers of its answer, each found by its name and checked against its type;
* ``BATCH_METADATA_LIMITS``: "up to N key-value pairs, key max M chars" of a batch's
  ``metadata``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

CHAT_PATH = "/v1/chat/completions"
_BYTES = re.compile(r"(\d+)\s*bytes?\b")
_PER_MODEL = re.compile(r"for ([A-Za-z][\w .-]*?) it defaults to (\d+)")
_GENERAL = re.compile(r"defaults to (?:a [\w ]+? such as )?(\d+)")


class FactError(Exception):
    """A fact of the document that could not be derived (its name comes first)."""

    def __init__(self, fact: str, why: str) -> None:
        super().__init__(f"{fact}: {why}")
        self.fact = fact


def model_key(name: str) -> str:
    """A model as the document's prose names it ("Kimi K3") as its id (``kimi-k3``)."""
    return re.sub(r"[\s_]+", "-", name.strip().lower())


def _resolve(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 50:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        seen += 1
    return schema if isinstance(schema, dict) else {}


def merged_properties(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    """The properties of ``schema`` with those of its ``allOf`` parts (its own win)."""
    schema = _resolve(spec, schema)
    found: dict[str, Any] = {}
    for part in schema.get("allOf", ()):
        found.update(merged_properties(spec, part))
    found.update(schema.get("properties", {}))
    return found


def chat_variants(spec: dict[str, Any]) -> Iterator[tuple[str, tuple[str, ...], dict[str, Any]]]:
    """(schema name, its models, its merged properties) of each chat request variant."""
    body = (
        spec.get("paths", {})
        .get(CHAT_PATH, {})
        .get("post", {})
        .get("requestBody", {})
        .get("content", {})
        .get("application/json", {})
        .get("schema", {})
    )
    mapping: dict[str, str] = body.get("discriminator", {}).get("mapping", {})
    members = body.get("oneOf") or ([body] if body else [])
    for member in members:
        ref = member.get("$ref", "")
        name = ref.rsplit("/", 1)[-1] or "the chat request"
        models = tuple(sorted(m for m, target in mapping.items() if target == ref))
        yield name, models, merged_properties(spec, member)


def _descriptions(field: dict[str, Any]) -> str:
    options = [field, *field.get("oneOf", ()), *field.get("anyOf", ())]
    return " ".join(str(o.get("description", "")) for o in options if isinstance(o, dict))


def stop_max_bytes(spec: dict[str, Any]) -> int | None:
    """The byte limit of one stop word, or None when no variant's ``stop`` states one."""
    fact = "stop word byte limit"
    found: dict[int, str] = {}
    for name, _models, properties in chat_variants(spec):
        prose = _descriptions(properties.get("stop", {}))
        if not re.search(r"\bbytes?\b", prose):
            continue
        numbers = {int(n) for n in _BYTES.findall(prose)}
        if len(numbers) != 1:
            raise FactError(
                fact, f"the stop description of {name} names no single N bytes: {prose!r}"
            )
        found.setdefault(numbers.pop(), name)
    if len(found) > 1:
        raise FactError(fact, f"the variants state different limits: {sorted(found)}")
    return next(iter(found), None)


def default_max_completion_tokens(spec: dict[str, Any]) -> tuple[dict[str, int], int | None]:
    """(model -> its default ``max_completion_tokens``, the default for any other model)."""
    per_model: dict[str, int] = {}
    general: set[int] = set()
    for name, models, properties in chat_variants(spec):
        prose = _descriptions(properties.get("max_completion_tokens", {}))
        fact = f"default max_completion_tokens of {name}"
        named = {model_key(m): int(v) for m, v in _PER_MODEL.findall(prose)}
        rest = _GENERAL.search(_PER_MODEL.sub("", prose))
        if "default" in prose.lower() and not named and rest is None:
            raise FactError(fact, f"its description names a default this cannot read: {prose!r}")
        for model, value in named.items():
            if per_model.setdefault(model, value) != value:
                raise FactError(fact, f"{model} is given two defaults: {per_model[model]}, {value}")
        if rest is not None:
            general.add(int(rest.group(1)))
            for model in models:
                per_model.setdefault(model, int(rest.group(1)))
    return dict(sorted(per_model.items())), (general.pop() if len(general) == 1 else None)


def signature_headers(spec: dict[str, Any]) -> tuple[str, str, str] | None:
    """(nonce request header, timestamp answer header, signature answer header) of the
    chat operation, or None when it takes no header parameter."""
    fact = "request signature headers"
    op = spec.get("paths", {}).get(CHAT_PATH, {}).get("post", {})
    nonces = [p["name"] for p in op.get("parameters", ()) if p.get("in") == "header"]
    if not nonces:
        return None
    if len(nonces) > 1:
        raise FactError(fact, f"the chat operation takes several header parameters: {nonces}")
    answer: dict[str, Any] = op.get("responses", {}).get("200", {}).get("headers", {})

    def named(word: str, kind: str) -> str:
        names = [n for n in sorted(answer) if word in n.lower()]
        if len(names) != 1:
            raise FactError(fact, f"the 200 answer has {len(names)} headers named *{word}*")
        found = str(answer[names[0]].get("schema", {}).get("type"))
        if found != kind:
            raise FactError(fact, f"{names[0]} is typed {found}, not {kind}")
        return names[0]

    return nonces[0], named("timestamp", "integer"), named("signature", "string")


def batch_metadata_limits(spec: dict[str, Any]) -> tuple[int, int] | None:
    """(pairs, key characters) a batch's ``metadata`` allows, from its description ("up to
    16 key-value pairs, key max 64 chars"), or None when the document states no limit."""
    fact = "batch metadata limits"
    schema = spec.get("components", {}).get("schemas", {}).get("BatchCreateRequest", {})
    prose = str(schema.get("properties", {}).get("metadata", {}).get("description", ""))
    pairs = re.search(r"up to (\d+) key-value pairs", prose)
    key = re.search(r"key max (\d+) char", prose)
    if pairs is None and key is None and not re.search(r"\b(pairs?|max)\b", prose):
        return None
    if pairs is None or key is None:
        raise FactError(fact, f"the metadata description names no pair or key limit: {prose!r}")
    return int(pairs.group(1)), int(key.group(1))


def facts_source(spec: dict[str, Any]) -> list[str]:
    """The lines of ``readers.py`` that state these facts."""
    defaults, general = default_max_completion_tokens(spec)
    return [
        "# Facts stated in the document's prose and headers (scripts/document_facts.py).",
        "# One stop word's byte limit (None: the document states none).",
        f"STOP_MAX_BYTES: int | None = {stop_max_bytes(spec)!r}",
        "# Model -> the max_completion_tokens the API assumes when a request sends none.",
        f"MAX_COMPLETION_TOKENS_DEFAULTS: dict[str, int] = {defaults!r}",
        "# The same for a model the description does not name (None: it states none).",
        f"MAX_COMPLETION_TOKENS_DEFAULT: int | None = {general!r}",
        "# (nonce request header, timestamp and signature answer headers) of chat, or None.",
        f"SIGNATURE_HEADERS: tuple[str, str, str] | None = {signature_headers(spec)!r}",
        "# (key-value pairs, key characters) a batch's metadata allows (None: not stated).",
        f"BATCH_METADATA_LIMITS: tuple[int, int] | None = {batch_metadata_limits(spec)!r}",
    ]
