"""Many chat requests, fast, under the account's rate limits: ``chat.completions.create_many``.

The live counterpart of the Batch API (``client.batches``): the same requests in, the same
:class:`~moonshot.BatchResult` out, in minutes instead of hours. See docs/batches.md.
``moonshot.batching`` is its earlier name.
"""

from .._limits._tokens import default_max_completion_tokens, estimate_request_tokens
from ._inputs import UnreadableLine, read_jsonl
from ._progress import Progress

__all__ = [
    "Progress",
    "UnreadableLine",
    "default_max_completion_tokens",
    "estimate_request_tokens",
    "read_jsonl",
]
