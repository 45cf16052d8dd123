"""The recorded corpus itself: every file accounted for, every answer sourced, no secret."""

from __future__ import annotations

import json
import re

import pytest

from ._corpus import ANSWERS, HERE, ROUTES, Answer

SOURCES = (HERE / "SOURCES.md").read_text(encoding="utf-8")
COMMIT = re.compile(r"`[0-9a-f]{40}`")
# What an API key looks like (Moonshot keys are ``sk-`` and a long token).
SECRET = re.compile(r"sk-[A-Za-z0-9]{20,}")


def _sections() -> dict[str, str]:
    """SOURCES.md's text under each ``## owner/name`` heading."""
    parts = re.split(r"^## (\S+)\s*$", SOURCES, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_every_file_is_an_answer_or_its_headers() -> None:
    used = {a.body_path for a in ANSWERS} | {a.headers_path for a in ANSWERS if a.headers_path}
    on_disk = set((HERE / "answers").iterdir())
    assert on_disk == used
    assert len({a.name for a in ANSWERS}) == len(ANSWERS)


@pytest.mark.parametrize("answer", ANSWERS, ids=[a.name for a in ANSWERS])
def test_every_answer_is_sourced_and_readable(answer: Answer) -> None:
    section = _sections().get(answer.source)
    assert section is not None, f"SOURCES.md has no section for {answer.source}"
    assert COMMIT.search(section), f"no 40-hex commit under {answer.source}"
    assert f"`{answer.name}`" in section, f"{answer.name} is not described under {answer.source}"
    assert answer.call in ROUTES
    assert 200 <= answer.status < 600
    assert all(isinstance(v, str) for v in answer.headers.values())
    if answer.is_stream:
        chunks = answer.chunks()
        assert chunks and all(c["object"] == "chat.completion.chunk" for c in chunks)
    else:
        assert isinstance(answer.json(), dict)


def test_no_secret_in_the_corpus() -> None:
    for path in [*(HERE / "answers").iterdir(), HERE / "answers.json", HERE / "SOURCES.md"]:
        assert not SECRET.search(path.read_text(encoding="utf-8")), path.name


def test_the_corpus_has_each_kind_of_answer() -> None:
    """Chat answers and streams, errors, files and models; several sources."""
    calls = {a.call for a in ANSWERS}
    assert {"chat", "chat_stream", "files.create", "files.content", "models.list"} <= calls
    assert {a.status for a in ANSWERS} >= {200, 400, 404, 429}
    assert len({a.source for a in ANSWERS}) >= 3
    models = {json.loads(a.raw).get("model") for a in ANSWERS if a.call == "chat"}
    assert {"moonshot-v1-8k", "kimi-k2.6", "kimi-k3"} <= models
