"""Lets hypothesis-jsonschema 0.23.1 draw objects under the pinned hypothesis.

hypothesis-jsonschema asks ``cu.many(...)`` for ``more()`` (an older private protocol);
the pinned hypothesis only iterates ``many`` inside a ``with`` block. ``install()`` gives
hypothesis-jsonschema an adapter with ``more()``/``reject()``; a no-op on a hypothesis
that still has ``more``. Shared by the test packages (``tests/`` is on sys.path for them).
"""

from __future__ import annotations

import types
from typing import Any

import hypothesis_jsonschema._from_schema as hjs
from hypothesis.internal.conjecture import utils as conjecture_utils

_STOP = object()


class ManyAdapter:
    """``more()`` on top of the context-manager ``many``."""

    def __init__(self, data: Any, **sizes: Any) -> None:
        self._many = conjecture_utils.many(data, **sizes)
        self._many.__enter__()
        self._steps = iter(self._many)

    def more(self) -> bool:
        if next(self._steps, _STOP) is _STOP:
            self._many.__exit__(None, None, None)
            return False
        return True

    def reject(self, why: str | None = None) -> None:
        self._many.reject(why)


def install() -> None:
    if not hasattr(conjecture_utils.many, "more") and not hasattr(hjs.cu.many, "more"):
        hjs.cu = types.SimpleNamespace(many=ManyAdapter)
