"""Moonshot's own Python programs from the API's pages run unchanged against
LocalMoonshot (only the API's address and the key's environment differ).

The programs are read from the pages' ```python blocks; programs.toml says how each
runs, or why it is not run. Each runs in its own process, with the openai SDK as the
page wrote it, behind a guard that refuses any connection off this machine.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import httpx2
import pytest
from moonshot.testing import LocalMoonshot
from simple_pdf import simple_pdf

from ._pages import DOCS, Block, all_blocks, pointed_at

HERE = Path(__file__).parent
DATA: dict[str, Any] = tomllib.loads((HERE / "programs.toml").read_text(encoding="utf-8"))
PROGRAMS: dict[str, dict[str, Any]] = {p["key"]: p for p in DATA["program"]}
KEY = "sk-docs-programs"
_MODEL = re.compile(r"""\bmodel["']?\s*[=:]\s*["']([\w.\-]+)["']""")

# Loaded by the program's interpreter before the program (PYTHONPATH): no connection
# leaves this machine, whatever address a program holds.
GUARD = """
import socket

_LOCAL = {"127.0.0.1", "::1", "localhost"}
_connect, _getaddrinfo = socket.socket.connect, socket.getaddrinfo


def _check(host):
    if isinstance(host, str) and host not in _LOCAL:
        raise OSError(f"a docs program tried to reach {host}: only this machine is allowed")


def connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        _check(address[0])
    return _connect(self, address)


def getaddrinfo(host, *args, **kwargs):
    _check(host.decode() if isinstance(host, bytes) else host)
    return _getaddrinfo(host, *args, **kwargs)


socket.socket.connect = connect
socket.getaddrinfo = getaddrinfo
"""


def _blocks() -> list[Block]:
    if not DOCS.is_dir() and os.environ.get("CI") != "true":
        pytest.skip(f"the API's pages are not beside this clone ({DOCS})")
    return all_blocks()


def _block(key: str) -> Block:
    found = {b.key: b for b in _blocks()}
    assert key in found, f"{key}: no such ```python block on the pages"
    return found[key]


def test_every_block_is_accounted_for() -> None:
    keys = [b.key for b in _blocks()]
    assert sorted(keys) == sorted(PROGRAMS), "programs.toml and the pages' blocks differ"
    for entry in PROGRAMS.values():
        assert entry["run"] in ("yes", "needs", "no"), entry["key"]
        assert entry["run"] == "yes" or entry.get("why"), f"{entry['key']}: say why"
    counts = Counter(entry["run"] for entry in PROGRAMS.values())
    print(
        f"\ndocs programs: {len(keys)} ```python blocks; run: {counts['yes']}, "
        f"need the Formula routes: {counts['needs']}, not runnable: {counts['no']}; "
        f"flattened text pages not collected: {len(DATA['flattened'])}"
    )
    assert counts["yes"] >= 10


@pytest.mark.parametrize("entry", DATA["flattened"], ids=lambda e: e["page"])
def test_flattened_pages_still_have_no_blocks(entry: dict[str, Any]) -> None:
    _blocks()
    text = (DOCS / entry["page"]).read_text(encoding="utf-8")
    assert "```python" not in text and "from openai import OpenAI" in text


def _write_files(folder: Path, files: dict[str, str]) -> None:
    for name, spec in files.items():
        kind, _, text = spec.partition(":")
        assert kind == "pdf", f"{name}: unknown file kind {kind!r}"
        (folder / name).write_bytes(simple_pdf([text], compress=True))


def _missing_routes(server: LocalMoonshot, paths: list[str]) -> list[str]:
    headers = {"Authorization": f"Bearer {KEY}"}
    return [p for p in paths if httpx2.get(server.url + p, headers=headers).status_code == 404]


def _unserved_models(server: LocalMoonshot, source: str) -> list[str]:
    """Models the program names that the server does not list: on an older document
    (make check-previous-spec) the newest models are not there yet."""
    headers = {"Authorization": f"Bearer {KEY}"}
    listed = {m["id"] for m in httpx2.get(server.url + "/models", headers=headers).json()["data"]}
    return sorted(set(_MODEL.findall(source)) - listed)


@pytest.mark.parametrize("key", [k for k, e in PROGRAMS.items() if e["run"] in ("yes", "needs")])
def test_program_runs_against_local_moonshot(key: str, tmp_path: Path) -> None:
    entry = PROGRAMS[key]
    block = _block(key)
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    _write_files(work, entry.get("files", {}))
    with LocalMoonshot() as server:
        missing = _missing_routes(server, entry.get("needs", []))
        if missing:
            pytest.skip(f"{key}: LocalMoonshot does not answer {', '.join(missing)} yet")
        unserved = _unserved_models(server, block.source)
        if unserved:
            pytest.skip(f"{key}: the API document in use has no {', '.join(unserved)}")
        program = work / entry.get("name", "program.py")
        source = pointed_at(block.source, server.url)
        # The program reaches the server through the address it holds or the env's.
        assert server.url in source or "MOONSHOT_BASE_URL" in source, key
        program.write_text(source, encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("MOONSHOT_", "OPENAI_"))}
        env = {k: v for k, v in env.items() if "proxy" not in k.lower()}
        env.update(
            MOONSHOT_API_KEY=KEY,
            MOONSHOT_DEMO_API_KEY=KEY,
            MOONSHOT_BASE_URL=server.url,
            PYTHONPATH=str(guard),
            PYTHONIOENCODING="utf-8",
        )
        done = subprocess.run(
            [sys.executable, program.name],
            cwd=work,
            env=env,
            input=entry.get("stdin", ""),
            capture_output=True,
            text=True,
            timeout=90,
        )
        sent = len(server.requests)
    where = f"{key} (line {block.line})"
    assert done.returncode == 0, f"{where} failed:\n{done.stderr[-3000:]}"
    assert sent > 0, f"{where} sent nothing to the server"
    for text in entry.get("expect", []):
        assert text in done.stdout, f"{where} did not print {text!r}:\n{done.stdout[-2000:]}"
    for text in entry.get("refuse", []):
        assert text not in done.stdout, f"{where} printed {text!r}"
