"""Every operation of openapi.json is exercised by the contract suite's calls.

A new endpoint in the document fails here until a call in ``_operations.py`` covers it
(through the client's resources, or ``client.raw``).
"""

from __future__ import annotations

import json

import moonshot
from contract_validation import default_validator

from ._operations import all_calls
from ._prism import SPEC
from .conftest import Sent


def test_every_operation_is_exercised(static_client: moonshot.Moonshot, sent: list[Sent]) -> None:
    validator = default_validator()
    for call in all_calls():
        call.sync(static_client)
    exercised = set()
    for request in sent:
        found = validator.match(request.method, request.path)
        assert found is not None, f"the suite sent {request.method} {request.path}, not in the spec"
        exercised.add(found[0].key)
    documented = {op.key for op in validator.operations()}
    assert documented - exercised == set(), "operations the contract suite never sends"
    in_document = {
        f"{method.upper()} {path}"
        for path, item in json.loads(SPEC.read_text(encoding="utf-8"))["paths"].items()
        for method in item
        if method in ("get", "post", "put", "patch", "delete")
    }
    assert len(documented) == len(in_document)
