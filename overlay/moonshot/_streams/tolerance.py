"""What a stream does with a chunk or event that is not what the document says.

The live API omits fields the document requires, adds fields and sends values of other
types. A stream keeps every value as received, tells of each kind of deviation once at
DEBUG on the ``moonshot`` logger, and never raises because of one:

* :func:`deviation` logs a kind of deviation the first time it is seen.
* :func:`read` builds a generated model from received JSON with the generated tolerant
  builder (``build()``), and keeps a value that is not a JSON object as received.
"""

from __future__ import annotations

import logging
import typing
from typing import Any, TypeVar

from .._openapi.model_builders import build

__all__ = ["deviation", "read"]

T = TypeVar("T")
_log = logging.getLogger("moonshot")
# (where, what) pairs already logged; both come from this package's code, never from the
# data, so the set stays small.
_seen: set[tuple[str, str]] = set()


def deviation(where: str, what: str) -> None:
    """Log once, at DEBUG, that ``where`` (a schema and field) came ``what``."""
    key = (where, what)
    if key not in _seen:
        _seen.add(key)
        _log.debug("stream: %s: %s; kept as received", where, what)


def read(cls: type[T], data: Any, where: str) -> T:
    """``cls`` read tolerantly from ``data`` (a JSON object as received, by the generated
    builder: missing fields unset, others kept as sent); anything else kept as received."""
    if type(data) is not dict:
        deviation(where, f"not a JSON object ({type(data).__name__})")
        return typing.cast("T", data)
    return build(cls, data)
