"""``moonshot search`` and ``moonshot fetch`` against the local server's canned web."""

from __future__ import annotations

import pytest
from moonshot.testing import LocalMoonshot
from ops._doc import FETCH, SEARCH, SEARCH_PRO, needs

from .test_commands import run

PAGE = "https://moon.example/guide/phases"


@needs(SEARCH)
def test_search(server: LocalMoonshot, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "search", "moon tides", "--limit", "2")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith("1. How the Moon drives the tides  <https://moon.example/")
    assert lines[2].startswith("2. ") and len([x for x in lines if x[:1].isdigit()]) == 2


@needs(SEARCH)
def test_search_with_content(server: LocalMoonshot, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "moon tides", "--limit", "1", "--content")
    assert code == 0 and "   # How the Moon drives the tides" in out


@needs(SEARCH_PRO)
def test_search_pro_by_site(server: LocalMoonshot, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "context tool", "--site", "kimi.example")
    assert code == 0
    urls = [line for line in out.splitlines() if line[:1].isdigit()]
    assert urls and all("kimi.example" in line for line in urls)
    assert "[0." in out or "[1." in out  # scored chunks


@needs(FETCH)
def test_fetch(server: LocalMoonshot, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "fetch", PAGE)
    assert code == 0 and out.startswith(f"# Phases of the Moon  <{PAGE}>")
    assert "synodic month" in out


@needs(FETCH)
def test_fetch_errors_are_one_line(
    server: LocalMoonshot, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "fetch", "https://nowhere.example/")
    assert code == 1 and out == ""
    assert err.startswith("moonshot: error:") and err.count("\n") == 1


@needs(SEARCH)
def test_bad_limit_is_refused_before_sending(
    server: LocalMoonshot, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "search", "moon", "--limit", "1000")
    assert code == 1 and "limit" in err
    assert server.requests == []
