"""Reading a runner's requests lazily and checking each one before it is sent.

The requests have the shape ``batches.create_from_requests`` takes: chat bodies, or
``{"custom_id": ..., "body": {...}}`` pairs. They are pulled one at a time, so a
generator over a 100k-line file is never held in memory; a bad one becomes a result
that names its index, and the rest go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Set
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._batch_lines.requests import checked_request
from .._errors import ValidationError

__all__ = ["CheckedRequest", "RejectedRequest", "UnreadableLine", "checked_requests", "read_jsonl"]


@dataclass(frozen=True)
class UnreadableLine:
    """A line of a requests file that is not JSON (``read_jsonl`` yields it in its place)."""

    path: str
    number: int
    reason: str


@dataclass
class CheckedRequest:
    """A request that passed the check, ready to send."""

    index: int
    custom_id: str
    body: dict[str, Any]


@dataclass(frozen=True)
class RejectedRequest:
    """A request that failed the check: never sent, reported with its index."""

    index: int
    custom_id: str
    problems: list[str]


def read_jsonl(path: str | Path) -> Iterator[Any]:
    """The JSON value of each non-blank line of ``path``, read one line at a time; a line
    that is not JSON yields an :class:`UnreadableLine` so its index is still reported."""
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except ValueError as exc:
                yield UnreadableLine(str(path), number, str(exc))


def checked_requests(
    requests: Iterable[Any], skip: Set[str] = frozenset()
) -> Iterator[CheckedRequest | RejectedRequest | None]:
    """Each request checked, in order; None for one whose ``custom_id`` is in ``skip``
    (done by an earlier run), so the caller can count it without holding it."""
    seen: dict[str, int] = {}
    for index, item in enumerate(requests):
        if isinstance(item, UnreadableLine):
            custom_id: Any = f"request-{index}"
            body = None
            problems = [
                f"requests[{index}]: {item.path}:{item.number} is not a JSON line ({item.reason})"
            ]
        else:
            custom_id, body, problems = checked_request(item, index, seen)
        if not isinstance(custom_id, str) or not custom_id:
            custom_id = f"request-{index}"
        if custom_id in skip:
            yield None  # its result is in the output already, failed or not
        elif problems or body is None:
            yield RejectedRequest(index, custom_id, problems or [f"requests[{index}]: not checked"])
        else:
            yield CheckedRequest(index, custom_id, body)


def rejection_error(rejected: RejectedRequest) -> dict[str, Any]:
    """The ``error`` object of a rejected request's result line."""
    error = ValidationError.from_problems("request not sent", rejected.problems)
    return {
        "type": "invalid_request_error",
        "code": "invalid_request",
        "message": str(error),
        "index": rejected.index,
        "errors": rejected.problems,
    }
