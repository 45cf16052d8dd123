"""Responses generated from every response schema parse and round-trip through the models.

For each JSON response of each operation, hypothesis-jsonschema draws documents from the
schema ($refs inlined; extra keys included, since the schemas allow them), the generated
endpoint's ``_parse_response`` reads them (with ``moonshot`` imported, so the overlay's
lenient enums apply) and ``to_dict()`` must give back the document: every key kept, every
value equal (no normalisation has been needed so far).
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from typing import Any

import _hypothesis_compat
import httpx2
import moonshot  # noqa: F401  (installs the overlay's lenient parsing on the models)
import moonshot_openapi.api
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from moonshot_openapi.client import AuthenticatedClient

from ._prism import SPEC
from ._schemas import inline_refs

_hypothesis_compat.install()

_CLIENT = AuthenticatedClient(base_url="http://127.0.0.1", token="sk-unused")


def _endpoints() -> dict[str, Any]:
    """``METHOD /path/template`` -> the generated endpoint module."""
    found = {}
    for tag in pkgutil.iter_modules(moonshot_openapi.api.__path__):
        package = importlib.import_module(f"moonshot_openapi.api.{tag.name}")
        for op in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{op.name}")
            source = open(module.__file__, encoding="utf-8").read()  # noqa: SIM115
            method = re.search(r'"method": "(\w+)"', source)
            url = re.search(r'"url": "([^"]+)"', source)
            assert method and url, module.__name__
            found[f"{method.group(1).upper()} {url.group(1)}"] = module
    return found


def _cases() -> list[tuple[str, int, dict[str, Any]]]:
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    cases = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            for status, response in op["responses"].items():
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                if schema is not None:
                    cases.append(
                        (f"{method.upper()} {path}", int(status), inline_refs(schema, spec))
                    )
    return cases


CASES = _cases()
ENDPOINTS = _endpoints()


def _keys_kept(sent: Any, back: Any, where: str = "$") -> None:
    if isinstance(sent, dict):
        assert isinstance(back, dict), f"{where}: object became {type(back).__name__}"
        assert set(sent) <= set(back), f"{where}: keys lost: {sorted(set(sent) - set(back))}"
        for key, value in sent.items():
            _keys_kept(value, back[key], f"{where}.{key}")
    elif isinstance(sent, list):
        assert isinstance(back, list) and len(back) == len(sent), f"{where}: list changed"
        for index, (a, b) in enumerate(zip(sent, back, strict=True)):
            _keys_kept(a, b, f"{where}[{index}]")
    else:
        assert back == sent, f"{where}: {sent!r} came back as {back!r}"


def test_every_operation_has_a_generated_endpoint() -> None:
    assert {case[0] for case in CASES} <= set(ENDPOINTS)
    assert len(CASES) >= 40  # 13 operations, each with its 2xx and error answers


@pytest.mark.parametrize(
    ("operation", "status", "schema"), CASES, ids=[f"{c[0]} {c[1]}" for c in CASES]
)
def test_generated_responses_round_trip(
    operation: str, status: int, schema: dict[str, Any]
) -> None:
    module = ENDPOINTS[operation]

    @settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
    @given(document=from_schema(schema))
    def round_trip(document: Any) -> None:
        response = httpx2.Response(status, json=document)
        parsed = module._parse_response(client=_CLIENT, response=response)
        assert parsed is not None, f"{operation} {status} not parsed"
        _keys_kept(document, parsed.to_dict())

    round_trip()


@given(st.data())
@settings(max_examples=5, deadline=None)
def test_round_trip_detects_a_lost_key(data: st.DataObject) -> None:
    """The key check is not vacuous: dropping a key from the parsed result is noticed."""
    document = {"error": {"message": data.draw(st.text()), "extra": 1}}
    with pytest.raises(AssertionError, match="keys lost"):
        _keys_kept(document, {"error": {"message": document["error"]["message"]}})
