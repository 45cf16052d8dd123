"""The earlier name of :mod:`moonshot.many_requests` (``chat.completions.create_many``).

Kept so ``from moonshot.batching import Progress, read_jsonl`` goes on working; it names the
same objects. The Batch API itself is ``client.batches``.
"""

from .many_requests import *  # noqa: F403  (the same names, the same objects)
from .many_requests import __all__ as __all__
