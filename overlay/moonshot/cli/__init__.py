"""The ``moonshot`` command line: chat, files, models, balance, batches, formulas, a local server.

Errors are one line on stderr and a non-zero exit status (1; 2 for usage errors;
130 when interrupted), never a traceback and never the API key. The key comes from
``MOONSHOT_API_KEY`` only (not an option: command lines are visible to other users).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from .. import Moonshot, MoonshotError
from .._http.config import API_KEY_ENV
from ._formulas import add_formula_commands, run_formulas
from ._web import add_web_commands, run_web

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="moonshot", description="Command line for the Moonshot AI (Kimi) API."
    )
    parser.add_argument("--base-url", help="API base URL (default: MOONSHOT_BASE_URL or the API)")
    parser.add_argument("--timeout", type=float, help="request timeout in seconds")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    chat = commands.add_parser("chat", help="send one prompt and print the answer")
    chat.add_argument("prompt")
    chat.add_argument("--model", help="default: the first model of the API document")
    chat.add_argument("--stream", action="store_true", help="print the answer as it arrives")
    chat.add_argument("--system", help="a system message to send first")
    chat.add_argument(
        "--no-thinking", action="store_true", help="thinking: disabled (models that take it)"
    )
    chat.add_argument("--show-reasoning", action="store_true", help="reasoning to stderr")
    chat.add_argument("--max-tokens", type=int, help="max_completion_tokens")

    files = commands.add_parser("files", help="upload, list, delete files, extract text")
    files_commands = files.add_subparsers(dest="files_command", required=True, metavar="ACTION")
    upload = files_commands.add_parser("upload", help="upload files (prints their ids)")
    upload.add_argument("paths", nargs="+")
    upload.add_argument("--purpose", default="file-extract", help="default file-extract")
    files_commands.add_parser("list", help="list uploaded files")
    delete = files_commands.add_parser("delete", help="delete files by id")
    delete.add_argument("ids", nargs="+")
    extract = files_commands.add_parser("extract", help="print the text of a path or file id")
    extract.add_argument("target", help="a local file (uploaded, then deleted) or a file id")
    extract.add_argument("--keep", action="store_true", help="keep the uploaded copy")

    add_web_commands(commands)
    add_formula_commands(commands)

    commands.add_parser("models", help="list the models")
    commands.add_parser("balance", help="show the account balance")

    batch = commands.add_parser("batch", help="run a batch of chat requests")
    batch_commands = batch.add_subparsers(dest="batch_command", required=True, metavar="ACTION")
    run = batch_commands.add_parser("run", help="submit requests.jsonl as a batch")
    run.add_argument("requests", help="JSONL: chat bodies or {custom_id, body} lines")
    run.add_argument("--wait", action="store_true", help="wait and print the results")
    run.add_argument("--output", help="also write the raw result lines to this file")
    run.add_argument("--completion-window", default="24h")
    run.add_argument("--poll", type=float, default=2.0, help="seconds between status checks")
    run.add_argument("--live", action="store_true", help="send now, paced; --output resumes")
    run.add_argument("--max-concurrency", type=int, default=8, help="--live: default 8")
    run.add_argument("--rpm", type=float, help="--live: requests per minute to stay under")
    run.add_argument("--tpm", type=float, help="--live: tokens per minute to stay under")

    serve = commands.add_parser("serve", help="run a local Moonshot server (for tests, demos)")
    serve.add_argument("--host", default="127.0.0.1", help="default 127.0.0.1 (loopback only)")
    serve.add_argument("--port", type=int, default=8000, help="default 8000; 0 picks a free one")
    serve.add_argument("--require-key", help="accept only this bearer token (default: any)")
    serve.add_argument("--batch-step", type=float, default=1.0, help="seconds per batch state")
    serve.add_argument(
        "--rate-limit", type=int, help="requests per key per window, then 429s (default: none)"
    )
    serve.add_argument("--rate-limit-window", type=float, default=60.0, help="seconds (default 60)")
    serve.add_argument(
        "--concurrency-limit", type=int, help="requests in flight per key (default: none)"
    )
    serve.add_argument("--token-limit", type=int, help="tokens per key per window (default: none)")
    serve.add_argument(
        "--stream-chunk-delay", type=float, default=0.0, help="seconds between stream chunks"
    )
    return parser


def _client(args: argparse.Namespace) -> Moonshot:
    return Moonshot(base_url=args.base_url, timeout=args.timeout)


def _run(args: argparse.Namespace) -> int:
    if args.command == "serve":
        from ._serve import run_serve

        return run_serve(args)
    with _client(args) as client:
        if args.command == "chat":
            from ._chat import run_chat

            return run_chat(client, args)
        if args.command == "files":
            from ._files import run_files

            return run_files(client, args)
        if args.command == "batch" and args.live:
            from ._live import run_live

            return run_live(client, args)
        if args.command in ("search", "fetch"):
            return run_web(client, args)
        if args.command == "formulas":
            return run_formulas(client, args)
        if args.command == "batch":
            from ._batch import run_batch

            return run_batch(client, args)
        from ._account import run_account

        return run_account(client, args)


def _scrub(message: str) -> str:
    """Belt and braces: the client never puts the key in messages; hide it if one did."""
    key = os.environ.get(API_KEY_ENV)
    return message.replace(key, "***") if key and len(key) >= 8 else message


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except KeyboardInterrupt:
        sys.stderr.write("moonshot: interrupted\n")
        return 130
    except (MoonshotError, OSError, ValueError) as exc:
        message = " ".join(str(exc).split()) or type(exc).__name__
        sys.stderr.write(f"moonshot: error: {_scrub(message)}\n")
        return 1


if __name__ == "__main__":
    sys.exit(main())
