"""Start and stop Stoplight Prism (``prism mock``) serving ``openapi.json`` on loopback.

Prism serves the document the client covers: ``openapi.json`` with the extension
documents' operations (the official tools) merged in, written to a temporary file.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import httpx2
from contract_validation import covered_document

ROOT = Path(__file__).resolve().parents[2]


def _covered_spec_file() -> Path:
    target = Path(tempfile.mkdtemp(prefix="moonshot-contract-")) / "openapi.covered.json"
    target.write_text(json.dumps(covered_document(), indent=2), encoding="utf-8")
    return target


SPEC = _covered_spec_file()
LOCAL_BIN = ROOT / ".tools" / "prism" / "node_modules" / ".bin" / "prism"
READY_SECONDS = 90.0


def find_prism() -> str | None:
    """``$PRISM_BIN``, the project's ``.tools/prism`` install, or ``prism`` on PATH."""
    configured = os.environ.get("PRISM_BIN")
    if configured:
        return configured
    if LOCAL_BIN.exists():
        return str(LOCAL_BIN)
    return shutil.which("prism")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PrismServer:
    """One ``prism mock`` process; ``dynamic`` generates random responses from the schemas."""

    def __init__(self, binary: str, *, dynamic: bool) -> None:
        self.binary = binary
        self.dynamic = dynamic
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = Path(tempfile.mkdtemp(prefix="prism-")) / "prism.log"
        self._process: subprocess.Popen[bytes] | None = None

    def log_text(self) -> str:
        return self._log.read_text(encoding="utf-8", errors="replace")

    def start(self) -> PrismServer:
        args = [self.binary, "mock", "-h", "127.0.0.1", "-p", str(self.port), str(SPEC)]
        if self.dynamic:
            args.insert(2, "-d")
        with self._log.open("wb") as log:  # the child keeps its own copy of the descriptor
            self._process = subprocess.Popen(
                args, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        deadline = time.monotonic() + READY_SECONDS
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(
                    f"prism exited with {self._process.returncode}:\n{self.log_text()}"
                )
            try:
                httpx2.get(f"{self.url}/v1/models", timeout=1.0)  # 401 without a key: listening
                return self
            except httpx2.TransportError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"prism not ready after {READY_SECONDS:.0f} s:\n{self.log_text()}")

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)  # its own session: node and any children
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self._log.unlink(missing_ok=True)
        self._log.parent.rmdir()
