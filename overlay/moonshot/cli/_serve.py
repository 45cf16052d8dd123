"""``moonshot serve``: run the local Moonshot server in the foreground until interrupted."""

from __future__ import annotations

import argparse
import shlex
import signal
import sys
import threading
from types import FrameType

from .._http.config import is_loopback
from ..testing import LocalMoonshot

__all__ = ["banner_exports", "run_serve"]


def _exit_on_term(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(0)


def banner_exports(url: str, required_key: str | None) -> str:
    """The shell assignments that point a client at this server: with ``--require-key``
    the key it requires (any other gets 401), else a placeholder (any key is accepted)."""
    key = required_key if required_key is not None else "local"
    return f"MOONSHOT_BASE_URL={shlex.quote(url)} MOONSHOT_API_KEY={shlex.quote(key)}"


def run_serve(args: argparse.Namespace) -> int:
    if not is_loopback(args.host):
        sys.stderr.write(f"warning: listening on {args.host}: other machines can reach it\n")
    server = LocalMoonshot(
        host=args.host,
        port=args.port,
        api_key=args.require_key,
        batch_step_seconds=args.batch_step,
        rate_limit=args.rate_limit,
        rate_limit_window=args.rate_limit_window,
        concurrency_limit=args.concurrency_limit,
        token_limit=args.token_limit,
        stream_chunk_delay=args.stream_chunk_delay,
    )
    try:
        server.start()
    except OSError as exc:
        raise OSError(f"cannot listen on {args.host}:{args.port}: {exc.strerror}") from None
    signal.signal(signal.SIGTERM, _exit_on_term)
    # A shell starts background jobs with SIGINT ignored, and Python then installs no
    # KeyboardInterrupt handler: put it back so Ctrl-C (or kill -INT) always stops us.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    print(f"Local Moonshot server on {server.url}  (Ctrl-C to stop)", flush=True)
    print(f"  export {banner_exports(server.url, args.require_key)}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0
