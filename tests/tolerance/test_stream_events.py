"""Stream events are read by the same builders: a mutated event is still a typed event.

For every event schema of every streamed answer of the document (``text/event-stream``:
the chat chunk, each member of a ``oneOf`` of events), hypothesis draws events, mutates
them as ``_mutations.py`` does and builds each into the class the generated readers
name for it (by its discriminating field, from the document). Tolerant: always an
instance of that class. Strict: that instance or ``ResponseDeviation`` (which the client
turns into ``APIResponseValidationError``). Nothing else escapes. The stream loops and
their assembly are tested with the streams (tests/streams).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import _hypothesis_compat
import pytest
from contract._schemas import inline_refs
from hypothesis import HealthCheck, given, settings
from hypothesis_jsonschema import from_schema
from moonshot._openapi import generated
from moonshot._openapi.reader import ResponseDeviation

from ._mutations import COUNTS, SPEC, mutated

_hypothesis_compat.install()


def _event_schemas() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(operation, discriminator value or "", schema) of every streamed event."""
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            for status, response in operation.get("responses", {}).items():
                schema = response.get("content", {}).get("text/event-stream", {}).get("schema")
                if not status.startswith("2") or schema is None:
                    continue
                resolved = inline_refs(schema, SPEC)
                members = resolved.get("oneOf") or resolved.get("anyOf")
                for member in members or [resolved]:
                    tag = member.get("properties", {}).get("type", {}).get("enum", [""])
                    value = tag[0] if members else ""
                    yield f"{method.upper()} {path}", value, member


EVENTS = list(_event_schemas())


def test_every_event_schema_has_its_class() -> None:
    table = generated.readers().STREAM_EVENTS
    if not EVENTS:
        pytest.skip("this document declares no text/event-stream answer")
    for operation, value, _ in EVENTS:
        assert table[operation][value] in generated.readers().BUILDERS, (operation, value)


@pytest.mark.parametrize(
    ("operation", "value", "schema"), EVENTS, ids=[f"{e[0]} {e[1]}" for e in EVENTS]
)
def test_a_mutated_event_is_built_into_its_class(
    operation: str, value: str, schema: dict[str, Any]
) -> None:
    cls = generated.readers().STREAM_EVENTS[operation][value]

    @settings(
        max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(case=mutated(from_schema(schema)))
    def build(case: tuple[dict[str, Any], list[str]]) -> None:
        event, kinds = case
        COUNTS["stream events tried"] += 1
        try:
            built = generated.build(cls, event)
        except Exception as error:  # the property: never
            COUNTS["foreign exception"] += 1
            raise AssertionError((kinds, repr(error))) from error
        assert type(built) is cls
        assert built.to_dict() == event
        COUNTS["stream events built (tolerant)"] += 1
        try:
            generated.build(cls, event, strict=True)
        except ResponseDeviation:
            COUNTS["stream events refused (strict)"] += 1
        else:
            COUNTS["stream events built (strict)"] += 1

    build()
