"""The earlier name of :mod:`moonshot.many_requests` (``chat.completions.create_many``).

Kept so ``from moonshot.batching import Progress, read_jsonl`` goes on working; it names the
same objects. The Batch API itself is ``client.batches``.
"""

from .many_requests import (
    Progress,
    UnreadableLine,
    default_max_completion_tokens,
    estimate_request_tokens,
    read_jsonl,
)

__all__ = [
    "Progress",
    "UnreadableLine",
    "default_max_completion_tokens",
    "estimate_request_tokens",
    "read_jsonl",
]
