"""The token heuristic the local server uses for estimates and ``usage``.

It is not Moonshot's tokenizer; it is documented, deterministic and close enough in
size for tests and demos:

* text is split into pieces: each CJK / kana / hangul character is one token, each run
  of other letters and digits is one token per 4 characters (rounded up), and each
  punctuation or symbol character is one token; whitespace is free;
* every message costs 4 tokens of framing on top of its text (role, name, content,
  tool call names and arguments, ``tool_call_id``);
* an image part costs 256 tokens, a video part 1024;
* a request costs 3 more tokens for priming the reply, and tool definitions count as
  the text of their JSON.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = [
    "IMAGE_TOKENS",
    "MESSAGE_TOKENS",
    "REPLY_TOKENS",
    "VIDEO_TOKENS",
    "count_messages",
    "count_text",
    "truncate_to_tokens",
]

MESSAGE_TOKENS = 4
REPLY_TOKENS = 3
IMAGE_TOKENS = 256
VIDEO_TOKENS = 1024

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_PIECE = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+|[^\w\s]")


def _piece_tokens(piece: str) -> int:
    if len(piece) == 1:
        return 1
    return (len(piece) + 3) // 4


def count_text(text: str) -> int:
    """Tokens in a piece of text."""
    return sum(_piece_tokens(m.group()) for m in _PIECE.finditer(text))


def truncate_to_tokens(text: str, limit: int) -> str:
    """The longest prefix of ``text`` that fits in ``limit`` tokens (whole pieces only)."""
    used = 0
    for match in _PIECE.finditer(text):
        used += _piece_tokens(match.group())
        if used > limit:
            return text[: match.start()].rstrip()
    return text


def _content_tokens(content: Any) -> int:
    if isinstance(content, str):
        return count_text(content)
    if not isinstance(content, list):
        return 0
    total = 0
    for part in content:
        if not isinstance(part, Mapping):
            continue
        kind = part.get("type")
        if kind == "text":
            total += count_text(str(part.get("text", "")))
        elif kind == "image_url":
            total += IMAGE_TOKENS
        elif kind == "video_url":
            total += VIDEO_TOKENS
    return total


def count_message(message: Mapping[str, Any]) -> int:
    """Tokens one message costs."""
    total = MESSAGE_TOKENS + _content_tokens(message.get("content"))
    for key in ("name", "tool_call_id"):
        if isinstance(message.get(key), str):
            total += count_text(message[key])
    for call in message.get("tool_calls") or ():
        function = call.get("function", {}) if isinstance(call, Mapping) else {}
        total += count_text(str(function.get("name", ""))) + count_text(
            str(function.get("arguments", ""))
        )
    return total


def count_messages(messages: Iterable[Any], tools: Any = None) -> int:
    """Tokens a request's messages (and tool definitions) cost, reply priming included."""
    total = REPLY_TOKENS
    for message in messages:
        if isinstance(message, Mapping):
            total += count_message(message)
    if tools:
        total += count_text(json.dumps(tools, ensure_ascii=False))
    return total
