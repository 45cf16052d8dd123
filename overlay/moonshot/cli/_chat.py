"""``moonshot chat``: one prompt, the answer on stdout (streamed as it arrives with --stream)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .. import Moonshot

__all__ = ["run_chat"]


def _messages(args: argparse.Namespace) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = []
    if args.system:
        messages.append({"role": "system", "content": args.system})
    messages.append({"role": "user", "content": args.prompt})
    return messages


def _params(args: argparse.Namespace) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if args.no_thinking:
        params["thinking"] = {"type": "disabled"}
    if args.max_tokens is not None:
        params["max_completion_tokens"] = args.max_tokens
    return params


def default_model() -> str:
    """The first model the API document's chat request lists (its current flagship)."""
    from .._chat_request import chat_catalog

    return next(iter(chat_catalog().by_model))


def run_chat(client: Moonshot, args: argparse.Namespace) -> int:
    """Answer to stdout; reasoning (thinking models) to stderr, so stdout stays the answer."""
    messages, params = _messages(args), _params(args)
    if args.model is None:
        args.model = default_model()
    if not args.stream:
        reply = client.chat.completions.create(model=args.model, messages=messages, **params)
        message = reply.choices[0].message
        if message.reasoning_content and args.show_reasoning:
            sys.stderr.write(f"[reasoning] {message.reasoning_content}\n")
        sys.stdout.write(f"{message.content or ''}\n")
        return 0
    thinking = False
    with client.chat.completions.create(
        model=args.model, messages=messages, stream=True, **params
    ) as stream:
        for chunk in stream:
            for choice in chunk.choices:
                delta = choice.delta
                if delta.reasoning_content and args.show_reasoning:
                    if not thinking:
                        sys.stderr.write("[reasoning] ")
                        thinking = True
                    sys.stderr.write(delta.reasoning_content)
                    sys.stderr.flush()
                if delta.content:
                    if thinking:
                        sys.stderr.write("\n")
                        thinking = False
                    sys.stdout.write(delta.content)
                    sys.stdout.flush()
    sys.stdout.write("\n")
    return 0
