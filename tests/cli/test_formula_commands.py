"""``moonshot formulas tools URI`` and ``moonshot formulas call URI NAME JSON``."""

from __future__ import annotations

import json

import pytest
from formulas import _facts
from moonshot.testing import LocalMoonshot

from .test_commands import run


def test_tools_prints_the_declarations(
    server: LocalMoonshot, capsys: pytest.CaptureFixture[str]
) -> None:
    entry = _facts.official()[0]
    code, out, err = run(capsys, "formulas", "tools", entry["name"])
    assert code == 0 and err == ""
    tools = json.loads(out)
    assert tools and all(t["type"] == "function" for t in tools)
    assert server.requests[-1].path.startswith("/v1/formulas/moonshot/")


def test_call_prints_the_tool_message(
    server: LocalMoonshot, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "formulas", "call", "base64", "base64", '{"operation": "encode", "text": "hi"}'
    )
    assert (code, out, err) == (0, "aGk=\n", "")


def test_call_json_prints_the_fiber(
    server: LocalMoonshot, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "formulas", "call", "mew", "mew", "{}", "--json")
    fiber = json.loads(out)
    assert code == 0 and fiber["object"] == "fiber" and fiber["status"] == "succeeded"


def test_a_failed_fiber_is_one_line_and_status_1(
    server: LocalMoonshot, capsys: pytest.CaptureFixture[str]
) -> None:
    entry = _facts.running_code()[0]
    code, out, err = run(capsys, "formulas", "call", entry["uri"], "x", "{}")
    assert code == 1 and out == ""
    assert err.startswith("moonshot: fiber failed:") and err.count("\n") == 1


def test_bad_arguments_are_refused_before_sending(
    server: LocalMoonshot, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "formulas", "call", "date", "date", "{not json")
    assert code == 1 and "arguments" in err
    assert server.requests == []
