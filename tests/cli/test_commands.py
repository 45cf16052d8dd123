"""Each command through ``main([...])``: output, exit status, one-line errors without the key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spec_facts as facts
from moonshot.cli import main
from moonshot.testing import LocalMoonshot
from moonshot.testing._catalog import model_ids, model_object

from .conftest import KEY

MODEL = facts.plain_model()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert KEY not in out and KEY not in err
    assert "Traceback" not in err
    return code, out, err


def test_models(server: LocalMoonshot, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "models")
    assert code == 0
    rows = {line.split()[0]: line.split() for line in out.splitlines()[1:]}
    assert sorted(rows) == sorted(model_ids())
    listed = model_object(MODEL)
    assert rows[MODEL][1] == str(listed["context_length"])
    assert rows[MODEL][-1] == ("yes" if listed["supports_reasoning"] else "-")


def test_balance(server: LocalMoonshot, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "balance")
    assert code == 0 and "available      49.58894 USD" in out


def test_chat(server: LocalMoonshot, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "chat", "Hello CLI", "--model", MODEL)
    assert code == 0 and 'You said: "Hello CLI"' in out and err == ""


def test_chat_stream_keeps_reasoning_apart(
    server: LocalMoonshot, capsys: pytest.CaptureFixture[str]
) -> None:
    model = facts.model_that_can_disable_thinking()
    assert model is not None
    code, out, err = run(
        capsys, "chat", "Stream me", "--stream", "--show-reasoning", "--model", model
    )
    plain_code, plain, _ = run(capsys, "chat", "Stream me", "--no-thinking", "--model", model)
    assert code == plain_code == 0
    assert out == plain  # the streamed answer is the same text
    assert err.startswith("[reasoning] The user wrote 2 words")
    assert "You said" not in err


def test_files_commands(
    server: LocalMoonshot, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "notes.md"
    source.write_text("# Notes\nremember the milk\n", encoding="utf-8")
    code, out, err = run(capsys, "files", "upload", str(source))
    file_id = out.strip()
    assert code == 0 and file_id.startswith("file-")
    assert "uploading notes.md [" in err and "100%" in err and "ready" in err
    code, out, _ = run(capsys, "files", "list")
    assert code == 0 and file_id in out and "notes.md" in out and "file-extract" in out
    code, out, _ = run(capsys, "files", "extract", file_id)
    assert code == 0 and out == "# Notes\nremember the milk\n\n"
    code, out, _ = run(capsys, "files", "extract", str(source))
    assert code == 0 and "remember the milk" in out
    assert len(server.files.list()) == 1  # the extract copy was deleted again
    code, out, _ = run(capsys, "files", "delete", file_id)
    assert code == 0 and out.strip() == f"deleted {file_id}"
    assert server.files.list() == []


def test_batch_run_wait(
    server: LocalMoonshot, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    requests = tmp_path / "requests.jsonl"
    lines = [
        {
            "custom_id": "first",
            "body": {"model": MODEL, "messages": [{"role": "user", "content": "one"}]},
        },
        {"model": MODEL, "messages": [{"role": "user", "content": "two"}]},
    ]
    requests.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    output = tmp_path / "results.jsonl"
    code, out, err = run(
        capsys, "batch", "run", str(requests), "--wait", "--poll", "0.01", "--output", str(output)
    )
    assert code == 0, err
    assert 'first: You said: "one"' in out and 'request-1: You said: "two"' in out
    assert "created batch_" in err and "2/2 completed" in err and "100%" in err
    assert len(output.read_text().splitlines()) == 2


def test_batch_run_without_wait_prints_the_id(
    server: LocalMoonshot, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    requests = tmp_path / "r.jsonl"
    requests.write_text(
        json.dumps({"model": MODEL, "messages": [{"role": "user", "content": "x"}]}) + "\n"
    )
    code, out, _ = run(capsys, "batch", "run", str(requests))
    assert code == 0 and out.strip().startswith("batch_")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["files", "delete", "file-nope"], "File not found: file-nope"),
        (["files", "upload", "/no/such/file.txt"], "/no/such/file.txt"),
        (["chat", "hi", "--model", "gpt-9"], "gpt-9"),
        (
            ["chat", "hi", "--no-thinking", "--model", facts.model_not_accepting("thinking")],
            "does not accept 'thinking'",
        ),
    ],
)
def test_errors_are_one_line_with_status_1(
    server: LocalMoonshot, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 1
    assert err.startswith("moonshot: error: ") and expected in err
    assert err.count("\n") == 1


def test_server_errors_and_missing_key(
    server: LocalMoonshot, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    server.faults.fail_next(None, status=503, message="overloaded, try later")
    code, _, err = run(capsys, "balance")
    assert code == 1 and "overloaded, try later" in err and err.count("\n") == 1
    server.faults.clear()
    monkeypatch.delenv("MOONSHOT_API_KEY")
    code, _, err = run(capsys, "models")
    assert code == 1 and "MOONSHOT_API_KEY" in err


def test_wrong_key_is_not_echoed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with LocalMoonshot(api_key="the-right-one") as strict:
        monkeypatch.setenv("MOONSHOT_BASE_URL", strict.url)
        monkeypatch.setenv("MOONSHOT_API_KEY", KEY)
        code, _, err = run(capsys, "models")
    assert code == 1 and "Invalid Authentication" in err and "the-right-one" not in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["files"])
    assert caught.value.code == 2
    assert "usage: moonshot files" in capsys.readouterr().err
