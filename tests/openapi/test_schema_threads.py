"""A checker's first use from many threads at once: each schema is compiled by one of
them, and no thread ever sees a node still being compiled (a schema that refers to
itself is half built for a while), so all threads get the same answer and none fails."""

from __future__ import annotations

import threading
from typing import Any

from moonshot._openapi.document import load_spec
from moonshot._openapi.schema import SchemaChecker

THREADS = 8


def _every_request_schema(spec: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "requestBody" in operation:
                content = operation["requestBody"].get("content", {})
                schema = content.get("application/json", {}).get("schema")
                if schema is not None:
                    found.append(schema)
    return found


def test_first_checks_from_many_threads_agree_and_none_fails() -> None:
    spec = load_spec()
    schemas = _every_request_schema(spec)
    assert schemas, "the document has JSON request bodies"
    bad_value: dict[str, Any] = {"model": 5, "messages": "hello", "input": 3}
    expected = [SchemaChecker(spec).errors(schema, bad_value) for schema in schemas]
    assert any(expected), "the value breaks some request schema"
    for _ in range(5):  # a fresh checker each round: its first compilations race
        answers, failures = _race(SchemaChecker(spec), schemas, bad_value)
        assert failures == []
        assert answers == [expected] * THREADS


def _race(
    checker: SchemaChecker, schemas: list[dict[str, Any]], value: Any
) -> tuple[list[list[list[str]]], list[BaseException]]:
    start = threading.Barrier(THREADS)
    answers: list[list[list[str]]] = []
    failures: list[BaseException] = []

    def check() -> None:
        start.wait()
        try:
            answers.append([checker.errors(schema, value) for schema in schemas])
        except BaseException as error:  # the test reports any
            failures.append(error)

    threads = [threading.Thread(target=check) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return answers, failures
