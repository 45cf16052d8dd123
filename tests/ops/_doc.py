"""What the ops tests take from the API document: paths, models, limits, event types."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from moonshot._openapi.document import load_spec
from moonshot._openapi.schema import SchemaChecker

RESPONSES = "/v1/responses"
MESSAGES = "/anthropic/v1/messages"
SEARCH = "/v1/tools/search"
SEARCH_PRO = "/v1/tools/search_pro"
FETCH = "/v1/tools/fetch"
NEW_PATHS = (RESPONSES, MESSAGES, SEARCH, SEARCH_PRO, FETCH)


def documented(path: str) -> bool:
    """Whether the document has ``path`` (an older document lacks the newer operations)."""
    return path in load_spec()["paths"]


def present(*paths: str) -> list[str]:
    """Those of ``paths`` the document has, in order."""
    return [path for path in paths if documented(path)]


PATHS = tuple(present(*NEW_PATHS))


def _reason(paths: tuple[str, ...]) -> str:
    return "the document has no operation " + ", ".join(p for p in paths if not documented(p))


def needs(*paths: str) -> pytest.MarkDecorator:
    """Skip, naming what is missing, unless the document has every one of ``paths``."""
    return pytest.mark.skipif(not all(map(documented, paths)), reason=_reason(paths))


def needs_any(*paths: str) -> pytest.MarkDecorator:
    """Skip, naming what is missing, unless the document has at least one of ``paths``."""
    return pytest.mark.skipif(not present(*paths), reason=_reason(paths))


def each(*paths: str) -> list[Any]:
    """Parameters for a test over ``paths``: those the document has, else one skipped
    parameter whose reason names the missing operations (never an empty set)."""
    return present(*paths) or [pytest.param(None, marks=pytest.mark.skip(reason=_reason(paths)))]


def checker() -> SchemaChecker:
    return SchemaChecker(load_spec())


def request_schema(path: str) -> Mapping[str, Any]:
    content = load_spec()["paths"][path]["post"]["requestBody"]["content"]["application/json"]
    return checker().resolve(content["schema"])


def model_for(path: str) -> str:
    """A model the document names for ``path``: its enum, its example, else a chat model."""
    prop = request_schema(path)["properties"]["model"]
    if prop.get("enum"):
        return str(prop["enum"][0])
    if prop.get("example"):
        return str(prop["example"])
    chat = load_spec()["paths"]["/v1/chat/completions"]["post"]["requestBody"]["content"]
    return str(next(iter(chat["application/json"]["schema"]["discriminator"]["mapping"])))


def error_statuses(path: str) -> list[int]:
    """The error statuses the document lists for ``path``."""
    responses = load_spec()["paths"][path]["post"]["responses"]
    return sorted(int(code) for code in responses if code.isdigit() and int(code) >= 400)


def bad_values(path: str) -> Iterator[tuple[str, dict[str, Any], str]]:
    """(field path, params, a word the error must contain) for each constraint the request
    schema puts on a top-level field or a field of a top-level object (not ``model``)."""
    check = checker()
    for name, prop in request_schema(path)["properties"].items():
        if name in ("model", "stream"):  # model: see the client docs; stream: a create() flag
            continue
        prop = check.resolve(prop)
        yield from _bad(name, prop, lambda v, n=name: {n: v})
        for sub, sub_prop in (prop.get("properties") or {}).items():
            yield from _bad(
                f"{name}.{sub}", check.resolve(sub_prop), lambda v, n=name, s=sub: {n: {s: v}}
            )


def _bad(
    field: str, prop: Mapping[str, Any], wrap: Any
) -> Iterator[tuple[str, dict[str, Any], str]]:
    if prop.get("enum") and prop.get("type") == "string":
        yield field, wrap("not-" + str(prop["enum"][0])), str(prop["enum"][0])
    if "maximum" in prop:
        yield field, wrap(prop["maximum"] + 1), str(prop["maximum"])
    if "minimum" in prop:
        yield field, wrap(prop["minimum"] - 1), str(prop["minimum"])
    if "maxItems" in prop and isinstance(prop.get("items"), Mapping):
        item = "x" if prop["items"].get("type") == "string" else {}
        if prop["items"].get("type") == "string":
            yield field, wrap([item] * (prop["maxItems"] + 1)), str(prop["maxItems"])
    if prop.get("type") == "boolean":
        yield field, wrap("yes"), "boolean"


def stream_event_types(component: str) -> list[str]:
    """The event types a stream event schema lists (its ``type`` enum, or its members')."""
    schema = load_spec()["components"]["schemas"][component]
    members = schema.get("oneOf") or [schema]
    found: list[str] = []
    for member in members:
        found += checker().resolve(member)["properties"]["type"].get("enum", [])
    return found
