"""The installed ``moonshot`` script, run as a separate process."""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest
import spec_facts as facts
from moonshot.testing import LocalMoonshot

MODEL = facts.plain_model()

SCRIPT = Path(sys.executable).with_name("moonshot")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOONSHOT_")}
    env.update(extra)
    return env


def test_the_script_is_installed() -> None:
    assert SCRIPT.exists() or shutil.which("moonshot")


def test_script_chat_against_a_local_server() -> None:
    with LocalMoonshot() as server:
        done = subprocess.run(
            [str(SCRIPT), "chat", "Hi from a subprocess", "--model", MODEL],
            env=_env(MOONSHOT_API_KEY="sk-subprocess-key-1", MOONSHOT_BASE_URL=server.url),
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 0, done.stderr
    assert 'You said: "Hi from a subprocess"' in done.stdout


def test_script_error_exit_status_without_traceback() -> None:
    with LocalMoonshot() as server:
        done = subprocess.run(
            [str(SCRIPT), "files", "delete", "file-missing"],
            env=_env(MOONSHOT_API_KEY="sk-subprocess-key-1", MOONSHOT_BASE_URL=server.url),
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 1
    assert done.stderr.startswith("moonshot: error:") and "Traceback" not in done.stderr
    assert "sk-subprocess-key-1" not in done.stderr


@contextlib.contextmanager
def _serving(*flags: str) -> Iterator[str]:
    """``moonshot serve --port 0 *flags``: its URL (see :func:`_serving_banner`)."""
    with _serving_banner(*flags) as banner:
        yield banner[0].split()[4]


@contextlib.contextmanager
def _serving_banner(*flags: str) -> Iterator[list[str]]:
    """``moonshot serve --port 0 *flags`` in a subprocess: its URL, then SIGINT, which
    must stop it with status 0. Started with SIGINT ignored, as a shell starts a
    background job (and CI may run the suite that way)."""
    process = subprocess.Popen(
        [str(SCRIPT), "serve", "--port", "0", *flags],
        env=_env(),
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("Local Moonshot server on http://127.0.0.1:"), line
        yield [line, process.stdout.readline()]
    finally:
        process.send_signal(signal.SIGINT)
        try:
            code = process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()  # leave no server behind when the check fails
            process.wait()
            raise
    assert code == 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_serve_runs_until_interrupted() -> None:
    with _serving() as url:
        reply = httpx2.get(f"{url}/models", headers={"Authorization": "Bearer any"})
        assert reply.status_code == 200 and reply.json()["object"] == "list"
        assert httpx2.get(f"{url}/models").status_code == 401


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_serve_takes_the_rate_limit() -> None:
    with _serving("--rate-limit", "2", "--rate-limit-window", "60") as url:
        headers = {"Authorization": "Bearer any"}
        codes = [httpx2.get(f"{url}/models", headers=headers).status_code for _ in range(3)]
        assert codes == [200, 200, 429]
        limited = httpx2.get(f"{url}/models", headers=headers)
        assert limited.json()["error"]["type"] == "rate_limit_reached_error"
        assert limited.headers["x-ratelimit-limit"] == "2"


def _exports(line: str) -> dict[str, str]:
    """The ``export A=x B=y`` line of the banner, read as a POSIX shell would."""
    words = shlex.split(line)
    assert words[0] == "export", line
    return dict(word.split("=", 1) for word in words[1:])


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("key", ["sk-test", "sk-with space'and-quote"])
def test_serve_banner_prints_the_key_it_requires(key: str) -> None:
    with _serving_banner("--require-key", key) as banner:
        exported = _exports(banner[1])
        assert exported["MOONSHOT_API_KEY"] == key
        url = exported["MOONSHOT_BASE_URL"]
        assert banner[0].split()[4] == url
        good = httpx2.get(f"{url}/models", headers={"Authorization": f"Bearer {key}"})
        assert good.status_code == 200
        bad = httpx2.get(f"{url}/models", headers={"Authorization": "Bearer local"})
        assert bad.status_code == 401


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_serve_banner_without_a_required_key_prints_one_any_key_passes() -> None:
    with _serving_banner() as banner:
        exported = _exports(banner[1])
        reply = httpx2.get(
            f"{exported['MOONSHOT_BASE_URL']}/models",
            headers={"Authorization": f"Bearer {exported['MOONSHOT_API_KEY']}"},
        )
        assert reply.status_code == 200
