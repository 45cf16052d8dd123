"""Every operation of openapi.json is exercised by the contract suite's calls.

A new endpoint in the document fails here until a call in ``_operations.py`` covers it
(through the client's resources, or ``client.raw``).
"""

from __future__ import annotations

import moonshot
import spec_facts as facts
from contract_validation import default_validator

from ._operations import all_calls
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
    assert len(documented) == len(facts.operations())
