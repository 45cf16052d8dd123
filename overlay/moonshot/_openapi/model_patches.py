"""Make the generated models keep what the server sends when the spec does not name it.

* Generated enums raise on a value the spec does not list; the API adds values
  (``finish_reason: "content_filter"``, new file or batch statuses) before the spec
  does. Every generated enum gets a ``_missing_`` hook that returns a pseudo-member
  carrying the unknown value, so the response parses and ``.value`` keeps it.
* Moonshot documents ``reasoning_content`` on the assistant message and
  ``cached_tokens`` in usage (the current document names both; older ones did not),
  and ``logprobs`` on the answer without a schema; where the generated classes keep
  them in ``additional_properties``, typed read-only properties are added here.
* The tolerant reader keeps an answer as it came: a required field it lacks is
  ``UNSET``, a value of another type is kept. The generated ``to_dict`` of every model
  is wrapped so that such a model still gives back what came (:func:`_as_sent`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any

_installed = False


def _keep_unknown_value(cls: type[enum.Enum], value: object) -> Any:
    if not isinstance(value, str):
        return None
    pseudo: Any = str.__new__(cls, value)  # type: ignore[type-var]
    pseudo._name_ = value
    pseudo._value_ = value
    return pseudo


def _extra(name: str) -> property:
    def getter(self: Any) -> Any:
        return self.additional_properties.get(name)

    getter.__doc__ = f"``{name}`` as sent by the server (documented by Moonshot, not in the spec)."
    return property(getter)


def _logprobs() -> property:
    def getter(self: Any) -> Any:
        from .logprobs import logprobs_from

        return logprobs_from(self.additional_properties.get("logprobs"))

    getter.__doc__ = "``logprobs`` as sent by the server, typed (``ChatCompletionLogprobs``)."
    return property(getter)


# Documented fields beyond the spec: generated class name -> field names. A field the
# generated class already has (the document names it now) is left alone.
DOCUMENTED_EXTRA_FIELDS: dict[str, tuple[str, ...]] = {
    "ChatCompletionMessage": ("reasoning_content",),
    "ChatCompletionUsage": ("cached_tokens",),
}
# Typed ``logprobs`` on the message (where the document says it is) and the choice
# (where OpenAI-compatible servers put it).
LOGPROBS_CLASSES = ("ChatCompletionMessage", "ChatCompletionChoice")


Fields = Callable[[], Mapping[type, tuple[tuple[str, str], ...]]]


def _as_sent(value: Any, fields: Fields) -> Any:
    """The JSON of a model read tolerantly: its fields under their keys (``UNSET`` left
    out, values of another type as they came), its additional properties first."""
    if isinstance(value, list):
        return [_as_sent(item, fields) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {key: _as_sent(item, fields) for key, item in value.items()}
    names = fields().get(type(value))
    if names is None:
        return value.to_dict() if hasattr(value, "additional_properties") else value
    out = {key: _as_sent(item, fields) for key, item in value.additional_properties.items()}
    for name, key in names:
        item = getattr(value, name)
        if not _is_unset(item):
            out[key] = _as_sent(item, fields)
    return out


def _is_unset(value: Any) -> bool:
    return type(value).__name__ == "Unset" and not value


def _tolerant_to_dict(generated: Callable[[Any], dict[str, Any]], fields: Fields) -> Any:
    def to_dict(self: Any) -> dict[str, Any]:
        # A response model may hold what the document does not allow (a missing required
        # field, a value of another type: an empty object where a list belongs passes
        # the generated code unnoticed), so it is always written back as it was read.
        if type(self) in fields():
            return dict(_as_sent(self, fields))
        return generated(self)

    to_dict.__doc__ = "The JSON object (what came, for an answer read as the API sent it)."
    return to_dict


def install(models: ModuleType, field_keys: Fields) -> None:
    """Apply the adjustments once to every class of the generated ``models`` module;
    ``field_keys`` gives each response model's (attribute, JSON key) pairs when called."""
    global _installed
    if _installed:
        return
    for name in getattr(models, "__all__", dir(models)):
        obj = getattr(models, name, None)
        if isinstance(obj, type) and hasattr(obj, "__attrs_attrs__") and hasattr(obj, "to_dict"):
            obj.to_dict = _tolerant_to_dict(obj.to_dict, field_keys)
    for name in getattr(models, "__all__", dir(models)):
        obj = getattr(models, name, None)
        if isinstance(obj, type) and issubclass(obj, enum.Enum) and issubclass(obj, str):
            obj._missing_ = classmethod(_keep_unknown_value)  # type: ignore[assignment]
    for class_name, fields in DOCUMENTED_EXTRA_FIELDS.items():
        cls = getattr(models, class_name, None)
        if cls is None:
            continue
        for field in fields:
            if not hasattr(cls, field):
                setattr(cls, field, _extra(field))
    for class_name in LOGPROBS_CLASSES:
        cls = getattr(models, class_name, None)
        if cls is not None and not hasattr(cls, "logprobs"):
            cls.logprobs = _logprobs()
    _installed = True
