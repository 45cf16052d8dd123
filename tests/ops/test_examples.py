"""The new examples run offline against LocalMoonshot and print what they show."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import moonshot
import pytest

from ._doc import FETCH, MESSAGES, RESPONSES, SEARCH, SEARCH_PRO, model_for, needs

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param(
            "responses_api",
            ["reasoning:", "answer:", "streamed:", "status completed"],
            marks=needs(RESPONSES),
        ),
        pytest.param(
            "anthropic_messages",
            ["tool call: get_weather", "12 C, cloudy", "stop_reason end_turn"],
            marks=needs(MESSAGES),
        ),
        pytest.param(
            "web_tools",
            ["Moon Example", "chunk 1.00", "fetched: # "],
            marks=needs(SEARCH, SEARCH_PRO, FETCH),
        ),
    ],
)
def test_example_runs(
    name: str,
    expected: list[str],
    moonshot_client: moonshot.Moonshot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.syspath_prepend(str(EXAMPLES))
    module = importlib.import_module(name)
    # The examples name today's model; the test runs them with the document's.
    path = {"responses_api": RESPONSES, "anthropic_messages": MESSAGES}.get(name)
    if path is not None:
        monkeypatch.setattr(module, "MODEL", model_for(path))
    try:
        module.run(moonshot_client)
    finally:
        sys.modules.pop(name, None)
    out = capsys.readouterr().out
    for text in expected:
        assert text in out
