"""``moonshot batch run requests.jsonl --live --output results.jsonl``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from moonshot._openapi.chat_request import chat_catalog
from moonshot.cli import main
from moonshot.testing import LocalMoonshot


def _write_requests(path: Path, count: int) -> None:
    model = next(iter(chat_catalog().by_model))
    lines = [
        json.dumps(
            {
                "custom_id": f"c{i}",
                "body": {"model": model, "messages": [{"role": "user", "content": f"say {i}"}]},
            }
        )
        for i in range(count)
    ]
    lines.insert(2, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_live_run_prints_results_progress_and_resumes(
    server: LocalMoonshot, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    requests = tmp_path / "requests.jsonl"
    output = tmp_path / "results.jsonl"
    _write_requests(requests, 6)
    args = ["batch", "run", str(requests), "--live", "--output", str(output), "--rpm", "6000"]
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 1  # the line that is not JSON failed
    assert (
        'c0: You said: "say 0"' in out
        and "request-2: FAILED" in out
        and "requests.jsonl:3 is not a JSON line" in out
    )
    assert "live [" in err and "7/7 done, 1 failed, 0 rate-limited" in err and "ETA" in err
    assert len(output.read_text(encoding="utf-8").splitlines()) == 7
    chats = sum(1 for r in server.requests if r.path == "/v1/chat/completions")
    code = main(args)  # everything is in the output already: nothing is sent again
    out, err = capsys.readouterr()
    assert code == 0 and out == ""
    assert sum(1 for r in server.requests if r.path == "/v1/chat/completions") == chats
