"""Only the library's errors escape reading any answer, and a changed answer is still a result.

For every JSON answer of every operation of the document (taken from the document),
hypothesis draws bodies from its schema, mutates them (drop a key, null a value, give it
another JSON type, add a key, at every depth: ``_mutations.py``) and replays each through
``Moonshot`` and ``AsyncMoonshot`` (an ``httpx2.MockTransport`` answers every request with
it). Reading tolerantly, every replay gives a result: no call is lost to a missing, added,
null or retyped field. Reading strictly (``strict_responses=True``), a replay gives a
result or ``APIResponseValidationError``. Nothing else ever escapes. The counts are
printed at the end of the session.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import Callable, Iterator
from typing import Any

import _hypothesis_compat
import httpx2
import moonshot
import pytest
from contract._operations import Call, all_calls
from contract._schemas import inline_refs
from hypothesis import HealthCheck, given, settings
from hypothesis_jsonschema import from_schema

from ._mutations import COUNTS, SPEC, mutated

_hypothesis_compat.install()

BASE_URL = "http://127.0.0.1:9/v1"
EXAMPLES = 25  # per operation; each is replayed four times (sync, async, strict twice)


def _json_answers() -> Iterator[tuple[str, str, int, dict[str, Any]]]:
    """(method, path, status, schema) of every 2xx JSON answer of the document."""
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            for status, response in operation.get("responses", {}).items():
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                if status.startswith("2") and schema is not None:
                    yield method.upper(), path, int(status), inline_refs(schema, SPEC)


ANSWERS = sorted(_json_answers(), key=lambda a: (a[1], a[0]))


def _template(path: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")


def _operation_of(request: httpx2.Request) -> tuple[str, str] | None:
    for method, path, _, _ in ANSWERS:
        if request.method == method and _template(path).match(request.url.path):
            return method, path
    return None


def _calls_by_operation() -> dict[tuple[str, str], Call]:
    """The client call that sends each operation (the first that does), found by
    sending every call of the contract suite once and seeing where it goes."""
    found: dict[tuple[str, str], Call] = {}
    hit: list[tuple[str, str]] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        operation = _operation_of(request)
        if operation is not None:
            hit.append(operation)
        return httpx2.Response(200, json={})

    http = httpx2.Client(transport=httpx2.MockTransport(handler))
    with moonshot.Moonshot(api_key="k", base_url=BASE_URL, http_client=http, max_retries=0) as c:
        for call in all_calls():
            if call.name.startswith("raw["):  # the generated client's own parser, not ours
                continue
            hit.clear()
            with contextlib.suppress(moonshot.MoonshotError):
                call.sync(c)
            for operation in hit[:1]:
                found.setdefault(operation, call)
    return found


CALLS = _calls_by_operation()


def _outcome(run: Callable[[], Any]) -> tuple[str, Any]:
    """("result", the result) or (the kind of error, the error)."""
    try:
        result = run()
    except moonshot.MoonshotError as error:
        return "library error", error
    except Exception as error:  # the property: never
        return "foreign exception", error
    return "result", result


def test_every_json_answer_of_the_document_is_replayed() -> None:
    """Not vacuous: every operation with a JSON answer has a client call sending it."""
    assert len(ANSWERS) >= 10
    missing = [(m, p) for m, p, _, _ in ANSWERS if (m, p) not in CALLS]
    assert missing == []


@pytest.mark.parametrize(
    ("method", "path", "status", "schema"), ANSWERS, ids=[f"{a[0]} {a[1]}" for a in ANSWERS]
)
def test_a_mutated_answer_is_a_result_and_only_library_errors_escape(
    method: str, path: str, status: int, schema: dict[str, Any]
) -> None:
    call = CALLS[(method, path)]
    answer: dict[str, Any] = {}

    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(status, json=answer["body"])

    transport = httpx2.MockTransport(handler)

    def sync_client(strict: bool) -> moonshot.Moonshot:
        return moonshot.Moonshot(
            api_key="k",
            base_url=BASE_URL,
            http_client=httpx2.Client(transport=transport),
            max_retries=0,
            strict_responses=strict,
        )

    def async_client(strict: bool) -> moonshot.AsyncMoonshot:
        return moonshot.AsyncMoonshot(
            api_key="k",
            base_url=BASE_URL,
            http_client=httpx2.AsyncClient(transport=transport),
            max_retries=0,
            strict_responses=strict,
        )

    loop = asyncio.new_event_loop()
    tolerant, strict = sync_client(False), sync_client(True)
    atolerant, astrict = async_client(False), async_client(True)
    runs: dict[str, Callable[[], Any]] = {
        "sync": lambda: call.sync(tolerant),
        "async": lambda: loop.run_until_complete(call.run_async(atolerant)),
        "sync strict": lambda: call.sync(strict),
        "async strict": lambda: loop.run_until_complete(call.run_async(astrict)),
    }

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=mutated(from_schema(schema)))
    def replay(case: tuple[dict[str, Any], list[str]]) -> None:
        answer["body"], kinds = case
        for name, run in runs.items():
            outcome, value = _outcome(run)  # the result, or the error
            COUNTS["answers tried"] += 1
            COUNTS[outcome] += 1
            COUNTS[f"{outcome} ({'strict' if 'strict' in name else 'tolerant'})"] += 1
            assert outcome != "foreign exception", (name, kinds, repr(value))
            if "strict" not in name:
                # Zero calls lost to a missing, added, null or retyped field; the model
                # gives back what came.
                assert outcome == "result", (name, kinds, repr(value))
                if hasattr(value, "to_dict") and hasattr(value, "additional_properties"):
                    assert value.to_dict() == answer["body"], name
            elif outcome != "result":
                assert isinstance(value, moonshot.APIResponseValidationError), repr(value)
                assert "the document says" in str(value), str(value)

    try:
        replay()
    finally:
        for client in (tolerant, strict):
            client.close()
        for aclient in (atolerant, astrict):
            loop.run_until_complete(aclient.close())
        loop.close()
