"""Checking chat request bodies and writing them as a batch input file (JSONL).

Every body goes through the same model-discriminated check as
``chat.completions.create``; every bad line is reported with its index before
anything is uploaded. Lines are written one at a time, so any iterable works and
the requests are never all held in memory.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from typing import IO, Any

from .._errors import ValidationError
from .._openapi import generated
from .._openapi.chat_request import CHAT_PATH, prepare_chat_body, to_plain
from .._openapi.document import component, spec_checker

__all__ = [
    "BATCH_ENDPOINT",
    "MetadataLimits",
    "check_batch_options",
    "metadata_limits",
    "write_batch_jsonl",
]

BATCH_ENDPOINT = CHAT_PATH
_PAIR_KEYS = frozenset({"custom_id", "body", "method", "url"})
# Shown in the exception message; ``ValidationError.errors`` lists every one.
_ERRORS_SHOWN = 20
# Used only if the API document states no metadata limits (a reworded statement fails
# the build, scripts/document_facts.py).
_FALLBACK_PAIRS = 16
_FALLBACK_KEY_CHARS = 64
_FALLBACK_VALUE_CHARS = 512


class MetadataLimits:
    """Batch metadata limits: count and key length from the description prose of
    ``BatchCreateRequest.metadata`` ("up to 16 key-value pairs, key max 64 chars", read at
    build time), value length from its schema (``maxLength``)."""

    def __init__(self, pairs: int, key_chars: int, value_chars: int) -> None:
        self.pairs = pairs
        self.key_chars = key_chars
        self.value_chars = value_chars


@functools.cache
def metadata_limits() -> MetadataLimits:
    schema = component("BatchCreateRequest")["properties"]["metadata"]
    stated: tuple[int, int] | None = generated.readers().BATCH_METADATA_LIMITS
    pairs, key_chars = stated or (_FALLBACK_PAIRS, _FALLBACK_KEY_CHARS)
    value = schema.get("additionalProperties", {}).get("maxLength")
    return MetadataLimits(
        pairs=pairs,
        key_chars=key_chars,
        value_chars=int(value) if isinstance(value, int) else _FALLBACK_VALUE_CHARS,
    )


def _metadata_errors(metadata: Any) -> list[str]:
    if not isinstance(metadata, Mapping):
        return [f"metadata: expected an object of strings, got {type(metadata).__name__}"]
    limits = metadata_limits()
    problems = []
    if len(metadata) > limits.pairs:
        problems.append(f"metadata: {len(metadata)} pairs, more than the maximum {limits.pairs}")
    for key, value in metadata.items():
        if not isinstance(key, str):
            problems.append(f"metadata: key {key!r} is not a string")
        elif len(key) > limits.key_chars:
            problems.append(
                f"metadata.{key[:20]}...: key is {len(key)} characters, "
                f"more than the maximum {limits.key_chars}"
            )
        if isinstance(value, str) and len(value) > limits.value_chars:
            problems.append(
                f"metadata.{key}: value is {len(value)} characters, "
                f"more than the maximum {limits.value_chars}"
            )
    return problems


def check_batch_options(
    completion_window: Any, metadata: Any, endpoint: str = BATCH_ENDPOINT
) -> None:
    """Check a batch's options against ``BatchCreateRequest`` and the metadata limits."""
    body: dict[str, Any] = {
        "input_file_id": "file-to-be-uploaded",
        "endpoint": endpoint,
        "completion_window": completion_window,
    }
    problems = []
    if metadata is not None:
        body["metadata"] = metadata
        problems.extend(_metadata_errors(metadata))
    for problem in spec_checker().errors(component("BatchCreateRequest"), body):
        if problem not in problems:
            problems.append(problem)
    if problems:
        raise ValidationError.from_problems("invalid batch request", problems)


def _split(item: Any) -> tuple[Any, Any, list[str]]:
    """(custom_id or None, body, problems) for one input: a body or ``{custom_id, body}``."""
    item = to_plain(item)
    if isinstance(item, Mapping) and "body" in item and set(item) <= _PAIR_KEYS:
        problems = []
        if item.get("method", "POST") != "POST":
            problems.append(f"method: {item['method']!r}; batch lines are POST")
        if item.get("url", BATCH_ENDPOINT) != BATCH_ENDPOINT:
            problems.append(f"url: {item['url']!r}; batch lines go to {BATCH_ENDPOINT}")
        return item.get("custom_id"), item["body"], problems
    return None, item, []


def _checked_body(body: Any) -> dict[str, Any]:
    if not isinstance(body, Mapping):
        raise ValidationError(
            f"body: expected a chat request object, got {type(body).__name__}", field="body"
        )
    if "messages" not in body:
        raise ValidationError("messages: required", field="messages")
    params = {k: v for k, v in body.items() if k not in ("model", "messages")}
    checked = prepare_chat_body(body.get("model"), body["messages"], params)  # type: ignore[arg-type]
    return checked


def checked_request(
    item: Any, index: int, seen: dict[str, int]
) -> tuple[Any, dict[str, Any] | None, list[str]]:
    """(custom_id, checked body or None, problems as ``requests[i]: ...``) for one input;
    ``seen`` maps the custom_ids met so far to their index (a new one is added)."""
    custom_id, body, line_problems = _split(item)
    if custom_id is None:
        custom_id = f"request-{index}"
    if not isinstance(custom_id, str) or not custom_id:
        line_problems.append(f"custom_id: expected a non-empty string, got {custom_id!r}")
    elif custom_id in seen:
        line_problems.append(
            f"custom_id: {custom_id!r} is already used by requests[{seen[custom_id]}]"
        )
    else:
        seen[custom_id] = index
    checked = None
    try:
        checked = _checked_body(body)
    except ValidationError as error:
        line_problems.extend(error.errors)
    return custom_id, checked, [f"requests[{index}]: {problem}" for problem in line_problems]


def write_batch_jsonl(requests: Iterable[Any], out: IO[bytes]) -> int:
    """Check every request and write its JSONL line to ``out``; returns the line count.

    Raises ValidationError listing every bad line (``requests[i]: ...``) after reading
    them all; ``out`` then holds a partial file the caller discards.
    """
    seen: dict[str, int] = {}
    problems: list[str] = []
    count = 0
    for index, item in enumerate(requests):
        count += 1
        custom_id, checked, line_problems = checked_request(item, index, seen)
        problems.extend(line_problems)
        if problems or checked is None:
            continue  # keep checking; nothing will be uploaded
        line = {"custom_id": custom_id, "method": "POST", "url": BATCH_ENDPOINT, "body": checked}
        out.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        out.write(b"\n")
    if count == 0:
        problems.append("requests: no requests given; a batch needs at least one")
    if problems:
        shown = problems[:_ERRORS_SHOWN]
        more = len(problems) - len(shown)
        message = f"{len(problems)} problem(s) in the batch requests: " + "; ".join(shown)
        if more:
            message += f"; and {more} more (see .errors)"
        raise ValidationError(message, field=problems[0].split(":", 1)[0], errors=problems)
    return count
