"""Read-only views over JSON objects the server sent: what a typed view of a stream chunk
or of a field the generated models do not type (``logprobs``) is built on. The JSON is
kept as received; fields a view does not name stay readable as ``additional_properties``."""

from __future__ import annotations

import copy
from typing import Any, ClassVar

__all__ = ["_View", "extra_fields"]


def extra_fields(data: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """The fields of ``data`` not in ``known``."""
    if data.keys() <= known:
        return {}
    return {key: value for key, value in data.items() if key not in known}


class _View:
    """A read-only view over one JSON object of a chunk."""

    __slots__ = ("_data",)
    _known: frozenset[str] = frozenset()

    _data: dict[str, Any]

    def __init__(self, data: dict[str, Any] | None = None) -> None:
        self._data = data if data is not None else {}
        self._reset()

    def _reset(self) -> None:
        """Mark the nested objects as not yet built (subclasses with caches override)."""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Any:
        """A view over ``data`` (the decoded JSON; kept, not copied)."""
        return cls(data)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the server sent that this class does not name (a new dict each time)."""
        return extra_fields(self._data, self._known)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object as received (a deep copy)."""
        return copy.deepcopy(self._data)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, _View)
        return self._data == other._data

    __hash__: ClassVar[None] = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._data!r})"
