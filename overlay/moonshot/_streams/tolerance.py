"""What a stream does with a chunk or event that is not what the document says.

The live API omits fields the document requires, adds fields and sends values of other
types. A stream keeps every value as received, tells of each kind of deviation once at
DEBUG on the ``moonshot`` logger, and never raises because of one:

* :func:`deviation` logs a kind of deviation the first time it is seen.
* :func:`read` builds a generated model from received JSON. It is ``build()``; should
  ``build()`` fail on a shape it does not take, the object is made field by field instead
  (fields that read are typed, the others kept as received, the unknown ones in
  ``additional_properties``), so a stream's chunks, events and final object always come.
"""

from __future__ import annotations

import enum
import logging
import types
import typing
from typing import Any, TypeVar

import attrs

from .._errors import MoonshotError
from .._openapi import generated
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
    """``cls`` built from ``data`` (a JSON object as received); never a foreign error."""
    try:
        return build(cls, data)
    except MoonshotError:
        raise  # strictness asked for by the caller
    except Exception as error:  # any shape build() does not take
        deviation(where, f"not read as {cls.__name__} ({type(error).__name__})")
        return _loose(cls, data, where)


_hints: dict[type, dict[str, Any]] = {}


def _field_hints(cls: type) -> dict[str, Any]:
    hints = _hints.get(cls)
    if hints is None:
        try:
            hints = typing.get_type_hints(cls, localns=vars(generated.models()))
        except Exception:
            hints = {}
        _hints[cls] = hints
    return hints


def _loose(cls: type[T], data: Any, where: str) -> T:
    """``cls`` made field by field from ``data``; what does not read is kept as sent."""
    if not attrs.has(cls) or not isinstance(data, dict):
        return typing.cast("T", data)  # not an object read as a model: as received
    made: Any = object.__new__(cls)
    fields = [f for f in attrs.fields(typing.cast(Any, cls)) if f.init]
    source: dict[str, Any] = dict(data)
    hints = _field_hints(cls)
    unset = generated.UNSET
    for field in fields:
        key = field.name if field.name in source else field.name.rstrip("_")
        if key in source:
            value = _typed(hints.get(field.name), source.pop(key), where)
        elif field.default is not attrs.NOTHING:
            default = field.default
            value = default.factory() if isinstance(default, attrs.Factory) else default  # type: ignore[arg-type]
        else:
            value = unset  # required by the document, not sent
        object.__setattr__(made, field.name, value)
    if hasattr(cls, "additional_properties"):
        object.__setattr__(made, "additional_properties", source)
    return typing.cast("T", made)


def _typed(annotation: Any, value: Any, where: str) -> Any:
    """``value`` as ``annotation`` when it is a model, a list of models or an enum and
    ``value`` reads as one; else ``value`` as received."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if getattr(a, "__name__", "") != "Unset"]
        if len(options) != 1:
            return value  # a oneOf: its parent's parser chooses; kept as received
        annotation = options[0]
    if isinstance(annotation, type):
        if attrs.has(annotation) and isinstance(value, dict):
            return read(annotation, value, where)
        if issubclass(annotation, enum.Enum):
            try:
                return annotation(value)
            except (ValueError, TypeError):
                return value
        return value
    if typing.get_origin(annotation) is list and isinstance(value, list):
        (item,) = typing.get_args(annotation) or (Any,)
        if isinstance(item, type) and attrs.has(item):
            return [read(item, v, where) if isinstance(v, dict) else v for v in value]
    return value
