"""A request that breaks the document is caught by the validation layer and by Prism.

The client refuses a value above a field's maximum itself (the first bounded field of
a model, read from the document); here that check is bypassed (``extra_body``, which is
merged unchecked, or the check patched away) to show the two independent checks would
catch a client regression.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import moonshot
import pytest
import spec_facts as facts
from contract_validation import validate_werkzeug
from moonshot._openapi.chat_request import chat_catalog, chat_request_body
from pytest_httpserver import HTTPServer

from ._prism import ROOT
from .conftest import Sent

MODEL, FIELD, _SCHEMA = facts.bounded_case()
MAXIMUM = _SCHEMA["maximum"]
TOO_HIGH = MAXIMUM + 1

USER = [{"role": "user", "content": "hi"}]
COMPLETION = {
    "id": "c-1",
    "object": "chat.completion",
    "created": 1,
    "model": MODEL,
    "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "hi"}, "finish_reason": "stop"}
    ],
    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
}


@pytest.fixture
def unchecked_temperature(monkeypatch: pytest.MonkeyPatch) -> None:
    """A client whose chat check no longer looks at ``FIELD`` (a simulated regression)."""
    request = chat_request_body()
    original = request.check

    def without_check(params: Any) -> Any:
        body = original({k: v for k, v in params.items() if k != FIELD})
        if FIELD in params:
            body = {**body, FIELD: params[FIELD]}
        return body

    monkeypatch.setattr(request, "check", without_check)


def test_client_refuses_it_on_its_own(httpserver: HTTPServer) -> None:
    client = moonshot.Moonshot(api_key="sk-x", base_url=httpserver.url_for("/v1"))
    with pytest.raises(moonshot.ValidationError, match=FIELD):
        client.chat.completions.create(model=MODEL, messages=USER, **{FIELD: TOO_HIGH})
    assert httpserver.log == []


@pytest.mark.no_contract  # checked explicitly below
@pytest.mark.usefixtures("unchecked_temperature")
def test_validation_layer_catches_it(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_json(COMPLETION)
    with moonshot.Moonshot(api_key="sk-x", base_url=httpserver.url_for("/v1")) as client:
        client.chat.completions.create(model=MODEL, messages=USER, **{FIELD: TOO_HIGH})
    (request, _), *_ = httpserver.log
    verdict = validate_werkzeug(request)
    assert not verdict.ok
    assert any(
        v.startswith(f"{FIELD}: {TOO_HIGH} is greater than the maximum of {MAXIMUM}")
        for v in verdict.violations
    )
    assert chat_catalog().by_model[MODEL].schema_name in verdict.describe()


@pytest.mark.no_contract
def test_validation_layer_catches_extra_body(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_json(COMPLETION)
    with moonshot.Moonshot(api_key="sk-x", base_url=httpserver.url_for("/v1")) as client:
        client.chat.completions.create(model=MODEL, messages=USER, extra_body={FIELD: TOO_HIGH})
    (request, _), *_ = httpserver.log
    assert FIELD in validate_werkzeug(request).describe()


@pytest.mark.usefixtures("unchecked_temperature")
def test_prism_catches_it(static_client: moonshot.Moonshot, sent: list[Sent]) -> None:
    with pytest.raises(moonshot.BadRequestError):
        static_client.chat.completions.create(model=MODEL, messages=USER, **{FIELD: TOO_HIGH})
    (request,) = sent
    assert request.status == 400
    problems = [(v["location"], v["message"]) for v in request.violations]
    assert (
        ["request", "body", FIELD],
        f"Request body property {FIELD} must be <= {MAXIMUM}",
    ) in problems


def test_prism_catches_extra_body(static_client: moonshot.Moonshot, sent: list[Sent]) -> None:
    with pytest.raises(moonshot.BadRequestError):
        static_client.chat.completions.create(
            model=MODEL, messages=USER, extra_body={FIELD: TOO_HIGH}
        )
    assert any(FIELD in str(v["location"]) for v in sent[0].violations)


CASE = """
import moonshot

def test_sends_a_broken_request(httpserver):
    httpserver.expect_request("/v1/chat/completions").respond_with_json({})
    client = moonshot.Moonshot(api_key="sk-x", base_url=httpserver.url_for("/v1"))
    try:
        client.chat.completions.create(
            model=MODEL_NAME, messages=[{"role": "user", "content": "hi"}],
            extra_body={FIELD_NAME: TOO_HIGH},
        )
    except moonshot.MoonshotError:
        pass  # the empty answer does not parse; the request was sent all the same
"""


# The suite's top-level conftest (its httpserver wrapper), in a scratch directory.
SUITE_CONFTEST = """
import importlib.util

_spec = importlib.util.spec_from_file_location("suite_conftest", r"{0}/conftest.py")
_suite = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_suite)
httpserver = _suite.httpserver
pytest_configure = _suite.pytest_configure
"""


def test_the_fixture_fails_the_test(tmp_path: Path) -> None:
    """End to end: a test that sends the broken request fails, naming the violation."""
    case = (
        CASE.replace("MODEL_NAME", repr(MODEL))
        .replace("FIELD_NAME", repr(FIELD))
        .replace("TOO_HIGH", repr(TOO_HIGH))
    )
    (tmp_path / "test_case.py").write_text(case, encoding="utf-8")
    (tmp_path / "conftest.py").write_text(SUITE_CONFTEST.format(ROOT / "tests"), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "."],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT / "tests")},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert "requests break openapi.json" in run.stdout
    assert f"{FIELD}: {TOO_HIGH} is greater than the maximum of {MAXIMUM}" in run.stdout
