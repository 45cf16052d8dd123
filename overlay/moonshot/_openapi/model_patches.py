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
* The generated classes spell a field whose JSON key is a builtin's name with a
  trailing ``_`` (``type_``, ``bytes_``, ``object_``); each answer class also gets the
  key itself as a read-only property (``type``, ``bytes``, ``object``), the name its
  typed view (``typed_responses.py``) gives (:func:`add_plain_names`).
* ``output_text`` on a Responses answer (its message items' ``output_text`` parts) and
  a Messages answer (its ``text`` blocks), joined (:func:`_output_text`).
"""

from __future__ import annotations

import enum
import keyword
import typing
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


# Documented fields beyond the spec, found by where they are in the chat answer (JSON
# keys from its class, a list's items taken as they come; the class names differ from
# one document to the next) -> field name -> its type (as the views declare it). A field
# the generated class already has (the document names it now) is left alone.
CHAT_ANSWER = "ChatCompletionResponse"
DOCUMENTED_EXTRA_FIELDS: dict[tuple[str, ...], dict[str, str]] = {
    ("choices", "message"): {"reasoning_content": "str | None"},
    ("usage",): {"cached_tokens": "int"},
}
# Typed ``logprobs`` on the message (where the document says it is) and the choice
# (where OpenAI-compatible servers put it).
LOGPROBS_AT: tuple[tuple[str, ...], ...] = (("choices", "message"), ("choices",))
# Answers the client reads through its own views, not the generated classes (the chat
# stream's chunks, _streams/chunks.py): the views of the generated ones are left out.
CLIENT_VIEWS: frozenset[str] = frozenset({"ChatCompletionChunk"})
# Where ``output_text`` is: class name -> (list field, item tag, part field, part tag),
# tags the document's own (a part field of None: the item is the text block itself).
TEXT_PARTS: dict[str, tuple[str, str, str | None, str]] = {
    "ResponsesResponse": ("output", "message", "content", "output_text"),
    "MessagesResponse": ("content", "text", None, "text"),
}


def _model_in(hint: Any) -> type | None:
    """The generated model class a field's type hint holds (through lists and unions)."""
    if isinstance(hint, type) and hasattr(hint, "__attrs_attrs__"):
        return hint
    for arg in typing.get_args(hint):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def class_at(classes: Mapping[str, type], root: str, path: tuple[str, ...]) -> type | None:
    """The class at ``path`` (JSON keys) below the class named ``root``, if the document has it."""
    cls = classes.get(root)
    for key in path:
        if cls is None:
            return None
        hints = typing.get_type_hints(cls, localns=dict(classes))
        hint = hints.get(key, hints.get(f"{key}_"))
        cls = _model_in(hint) if hint is not None else None
    return cls


def view_extras(classes: Mapping[str, type]) -> dict[str, dict[str, str]]:
    """What the views (scripts/generate_views.py) declare beyond a class's fields: class
    name -> {property: its type}. Each is a property :func:`install` adds at run time."""
    extras: dict[str, dict[str, str]] = {}
    for path, fields in DOCUMENTED_EXTRA_FIELDS.items():
        found = class_at(classes, CHAT_ANSWER, path)
        if found is not None:
            extras.setdefault(found.__name__, {}).update(fields)
    for path in LOGPROBS_AT:
        found = class_at(classes, CHAT_ANSWER, path)
        if found is not None:
            extras.setdefault(found.__name__, {})["logprobs"] = "ChatCompletionLogprobs | None"
    for name in TEXT_PARTS:
        if name in classes:
            extras.setdefault(name, {})["output_text"] = "str"
    return extras


# The client's public classes those types name: class -> the module the views import it
# from (for type checkers only).
VIEW_IMPORTS: dict[str, str] = {"ChatCompletionLogprobs": "moonshot"}


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


def _tag(value: Any) -> Any:
    """The ``type`` of an item read into a class (an enum member: its value) or kept as
    a JSON object (a type the document does not list)."""
    kind = value.get("type") if isinstance(value, dict) else getattr(value, "type_", None)
    return kind.value if isinstance(kind, enum.Enum) else kind


def _field(value: Any, name: str) -> Any:
    return value.get(name) if isinstance(value, dict) else getattr(value, name, None)


def _output_text(items: str, item_tag: str, parts: str | None, part_tag: str) -> property:
    def getter(self: Any) -> str:
        pieces: list[str] = []
        for item in _field(self, items) or ():
            if _tag(item) != item_tag:
                continue
            for part in (_field(item, parts) or ()) if parts is not None else (item,):
                text = _field(part, "text")
                if _tag(part) == part_tag and isinstance(text, str):
                    pieces.append(text)
        return "".join(pieces)

    where = (
        f"the ``{part_tag}`` parts of its ``{item_tag}`` items"
        if parts
        else f"its ``{item_tag}`` blocks"
    )
    getter.__doc__ = f'The text of {where}, joined (``""`` when there is none).'
    return property(getter)


def _plain(name: str, key: str) -> property:
    def getter(self: Any) -> Any:
        value = getattr(self, name)
        # The JSON value itself: an enum member of the generated attribute reads as its str.
        return value.value if isinstance(value, enum.Enum) else value

    getter.__doc__ = (
        f"``{key}`` as sent (the generated attribute ``{name}``, enums as their value)."
    )
    return property(getter)


def add_plain_names(field_keys: Mapping[type, tuple[tuple[str, str], ...]]) -> None:
    """Give each answer class its JSON keys as attributes where the generated name differs
    (``type`` beside ``type_``); a key that is a keyword or taken is left alone."""
    for cls, pairs in field_keys.items():
        for name, key in pairs:
            plain = name != key and key.isidentifier() and not keyword.iskeyword(key)
            if plain and not hasattr(cls, key):
                setattr(cls, key, _plain(name, key))


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
    classes = {
        name: obj
        for name in getattr(models, "__all__", dir(models))
        if isinstance(obj := getattr(models, name, None), type)
    }
    for class_name, extras in view_extras(classes).items():
        cls = classes[class_name]
        for field in extras:
            if hasattr(cls, field):
                continue
            if field == "logprobs":
                setattr(cls, field, _logprobs())
            elif field == "output_text":
                setattr(cls, field, _output_text(*TEXT_PARTS[class_name]))
            else:
                setattr(cls, field, _extra(field))
    _installed = True
