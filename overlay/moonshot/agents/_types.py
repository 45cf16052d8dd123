"""Python types to MFJS schemas, and JSON values back to those types.

One reading of a type serves both directions, for tool parameters (the runner) and for
structured outputs (``parse``): ``str``, ``int``, ``float``, ``bool``, ``None``,
``Literal``, ``Enum``, ``Optional`` / unions, ``list`` / ``Sequence`` / ``set`` /
``tuple[T, ...]``, ``dict[str, T]``, ``Annotated[T, "description"]``, and classes:
dataclasses, TypedDicts, attrs classes and pydantic models (pydantic is never imported
here: a model is recognised by its ``model_fields``). Nested classes go to the root
``$defs`` and are referenced, so recursive types work; the root class refers to itself
with ``"$ref": "#"``. Every schema built here passes ``check_schema(level="lite")``.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import enum
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import attrs

__all__ = ["Field", "Mismatch", "SchemaBuilder", "class_fields", "convert", "is_model_class"]


@dataclass(frozen=True)
class Field:
    """One field of a class (or parameter of a function) as the schema sees it."""

    name: str
    annotation: Any
    required: bool
    description: str | None = None
    attribute: str | None = None  # the constructor keyword when it differs from ``name``


class Mismatch(Exception):
    """A JSON value that does not fit its type; ``problems`` are '<path>: <what>' lines."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def _is_typeddict(tp: Any) -> bool:
    return isinstance(tp, type) and typing.is_typeddict(tp)


def _is_attrs(tp: Any) -> bool:
    return isinstance(tp, type) and attrs.has(tp)


def _is_pydantic(tp: Any) -> bool:
    return isinstance(tp, type) and isinstance(getattr(tp, "model_fields", None), dict)


def is_model_class(tp: Any) -> bool:
    """A dataclass, TypedDict, attrs class or pydantic model."""
    return (
        (isinstance(tp, type) and dataclasses.is_dataclass(tp))
        or _is_typeddict(tp)
        or _is_attrs(tp)
        or _is_pydantic(tp)
    )


def _description_in(metadata: tuple[Any, ...]) -> str | None:
    for item in metadata:
        if isinstance(item, str):
            return item
        for attr in ("description", "documentation"):  # pydantic Field, typing Doc
            text = getattr(item, attr, None)
            if isinstance(text, str):
                return text
    return None


def _unwrap_required(annotation: Any) -> Any:
    while typing.get_origin(annotation) in (typing.Required, typing.NotRequired):
        annotation = typing.get_args(annotation)[0]
    return annotation


def class_fields(tp: type[Any]) -> list[Field]:
    """The fields of a dataclass, TypedDict, attrs class or pydantic model, in order."""
    if _is_pydantic(tp):
        found = []
        for name, info in tp.model_fields.items():
            annotation = info.annotation
            if info.metadata:
                annotation = typing.Annotated[(annotation, *info.metadata)]
            found.append(
                Field(
                    info.alias or name,
                    annotation,
                    bool(info.is_required()),
                    info.description,
                    attribute=name,
                )
            )
        return found
    hints = typing.get_type_hints(tp, include_extras=True)
    if _is_typeddict(tp):
        required = getattr(tp, "__required_keys__", frozenset(hints))
        return [Field(n, _unwrap_required(a), n in required) for n, a in hints.items()]
    if _is_attrs(tp):
        return [
            Field(
                a.name,
                hints.get(a.name, Any),
                a.default is attrs.NOTHING,
                a.metadata.get("description"),
                attribute=a.alias or a.name,
            )
            for a in attrs.fields(tp)
            if a.init
        ]
    out = []
    for item in dataclasses.fields(tp):
        if not item.init:
            continue
        required = (
            item.default is dataclasses.MISSING and item.default_factory is dataclasses.MISSING
        )
        description = item.metadata.get("description")
        out.append(Field(item.name, hints.get(item.name, Any), required, description))
    return out


def _literal_schema(values: tuple[Any, ...], where: str) -> dict[str, Any]:
    kinds = {
        "string"
        if isinstance(v, str)
        else "integer"
        if isinstance(v, int) and not isinstance(v, bool)
        else "number"
        if isinstance(v, float)
        else "bad"
        for v in values
    }
    if "bad" in kinds:
        raise TypeError(f"{where}: MFJS enums hold strings or numbers only, got {values!r}")
    if "string" in kinds and len(kinds) > 1:
        raise TypeError(f"{where}: MFJS enums must not mix strings and numbers: {values!r}")
    kind = kinds.pop() if len(kinds) == 1 else "number"
    return {"type": kind, "enum": list(values)}


@dataclass
class SchemaBuilder:
    """Builds MFJS schemas for types; nested classes collect in ``defs``."""

    root: Any = None
    defs: dict[str, dict[str, Any]] = field(default_factory=dict)
    _names: dict[Any, str] = field(default_factory=dict)

    def document(self, schema: dict[str, Any]) -> dict[str, Any]:
        """``schema`` with the collected ``$defs`` attached at its root."""
        return {**schema, "$defs": dict(self.defs)} if self.defs else schema

    def object_schema(self, fields: list[Field], where: str) -> dict[str, Any]:
        props = {}
        for item in fields:
            props[item.name] = self.schema(item.annotation, f"{where}.{item.name}")
            if item.description and "description" not in props[item.name]:
                props[item.name] = {**props[item.name], "description": item.description}
        schema: dict[str, Any] = {"type": "object", "properties": props}
        required = [item.name for item in fields if item.required]
        if required:
            schema["required"] = required
        schema["additionalProperties"] = False
        return schema

    def class_schema(self, tp: type[Any], where: str) -> dict[str, Any]:
        schema = self.object_schema(class_fields(tp), where)
        doc = _class_doc(tp)
        return {"description": doc, **schema} if doc else schema

    def schema(self, tp: Any, where: str) -> dict[str, Any]:
        """The MFJS schema for ``tp``; raises TypeError naming ``where`` if there is none."""
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            inner, *metadata = typing.get_args(tp)
            built = self.schema(inner, where)
            text = _description_in(tuple(metadata))
            return {**built, "description": text} if text else built
        if tp is type(None) or tp is None:
            return {"type": "null"}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if tp is float:
            return {"type": "number"}
        if tp is str:
            return {"type": "string"}
        if origin is typing.Literal:
            return _literal_schema(typing.get_args(tp), where)
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return _literal_schema(tuple(member.value for member in tp), where)
        if origin in (typing.Union, types.UnionType):
            branches = [self.schema(arg, where) for arg in typing.get_args(tp)]
            return {"anyOf": branches}
        if origin in (list, set, frozenset, collections.abc.Sequence, collections.abc.Set) or (
            origin is tuple and typing.get_args(tp)[1:] == (Ellipsis,)
        ):
            args = typing.get_args(tp)
            if not args or args[0] is Any:
                return {"type": "array"}
            return {"type": "array", "items": self.schema(args[0], f"{where}[]")}
        if tp in (list, set, frozenset, tuple):
            return {"type": "array"}
        if origin in (dict, collections.abc.Mapping) or tp is dict:
            args = typing.get_args(tp)
            if args and args[0] is not str:
                raise TypeError(f"{where}: JSON object keys are strings, not {args[0]!r}")
            if not args or args[1] is Any:
                return {"type": "object"}
            return {"type": "object", "additionalProperties": self.schema(args[1], where)}
        if is_model_class(tp):
            return self.reference(tp, where)
        raise TypeError(
            f"{where}: {tp!r} has no MFJS schema; use str, int, float, bool, None, Literal, "
            "Enum, unions, lists, dict[str, T], dataclasses, TypedDicts, attrs or pydantic models"
        )

    def reference(self, tp: type[Any], where: str) -> dict[str, Any]:
        if tp is self.root:
            return {"$ref": "#"}
        name = self._names.get(tp)
        if name is None:
            name = tp.__name__
            while name in self.defs:
                name += "_"
            self._names[tp] = name
            self.defs[name] = {}  # reserved first: the class may refer to itself
            self.defs[name] = self.class_schema(tp, where)
        return {"$ref": f"#/$defs/{name}"}


def _class_doc(tp: type[Any]) -> str | None:
    doc = tp.__dict__.get("__doc__")
    if not doc or (dataclasses.is_dataclass(tp) and doc.startswith(tp.__name__ + "(")):
        return None  # dataclasses make up a signature docstring; it says nothing
    return " ".join(doc.split()) or None


# -- JSON value -> Python value -------------------------------------------------------


def _join(path: str, key: str | int) -> str:
    return f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}" if path else key


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "an object"


def convert(value: Any, tp: Any, path: str = "") -> Any:
    """``value`` (decoded JSON) as ``tp``; raises :class:`Mismatch` listing every problem."""
    problems: list[str] = []
    result = _convert(value, tp, path, problems)
    if problems:
        raise Mismatch(problems)
    return result


def _fail(problems: list[str], path: str, message: str) -> Any:
    problems.append(f"{path or 'value'}: {message}")
    return None


def _convert(value: Any, tp: Any, path: str, problems: list[str]) -> Any:
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        return _convert(value, typing.get_args(tp)[0], path, problems)
    if tp is Any or tp is object:
        return value
    if tp is type(None) or tp is None:
        return (
            None if value is None else _fail(problems, path, f"expected null, got {_kind(value)}")
        )
    if tp is bool:
        if isinstance(value, bool):
            return value
        return _fail(problems, path, f"expected a boolean, got {_kind(value)}")
    if tp is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        return _fail(problems, path, f"expected an integer, got {value!r}")
    if tp is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        return _fail(problems, path, f"expected a number, got {_kind(value)}")
    if tp is str:
        if isinstance(value, str):
            return value
        return _fail(problems, path, f"expected a string, got {_kind(value)}")
    if origin is typing.Literal:
        allowed = typing.get_args(tp)
        if value in allowed and not isinstance(value, bool):
            return value
        return _fail(problems, path, f"{value!r} is not one of {', '.join(map(repr, allowed))}")
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except ValueError:
            allowed_values = ", ".join(repr(m.value) for m in tp)
            return _fail(problems, path, f"{value!r} is not one of {allowed_values}")
    if origin in (typing.Union, types.UnionType):
        return _convert_union(value, typing.get_args(tp), path, problems)
    if origin in (list, set, frozenset, tuple, collections.abc.Sequence, collections.abc.Set) or (
        tp in (list, set, frozenset, tuple)
    ):
        return _convert_array(value, tp, origin or tp, path, problems)
    if origin in (dict, collections.abc.Mapping) or tp is dict:
        if not isinstance(value, dict):
            return _fail(problems, path, f"expected an object, got {_kind(value)}")
        args = typing.get_args(tp)
        item_type = args[1] if args else Any
        return {k: _convert(v, item_type, _join(path, k), problems) for k, v in value.items()}
    if is_model_class(tp):
        return _convert_class(value, tp, path, problems)
    return value


def _convert_union(value: Any, options: tuple[Any, ...], path: str, problems: list[str]) -> Any:
    best: list[str] | None = None
    for option in options:
        attempt: list[str] = []
        result = _convert(value, option, path, attempt)
        if not attempt:
            return result
        if best is None or len(attempt) < len(best):
            best = attempt
    problems.extend(best or [f"{path or 'value'}: fits none of the union's types"])
    return None


def _convert_array(value: Any, tp: Any, container: Any, path: str, problems: list[str]) -> Any:
    if not isinstance(value, list):
        return _fail(problems, path, f"expected an array, got {_kind(value)}")
    args = typing.get_args(tp)
    item_type = args[0] if args else Any
    items = [_convert(v, item_type, _join(path, i), problems) for i, v in enumerate(value)]
    if container in (set, collections.abc.Set):
        return set(items)
    if container is frozenset:
        return frozenset(items)
    return tuple(items) if container is tuple else items


def _convert_class(value: Any, tp: type[Any], path: str, problems: list[str]) -> Any:
    if not isinstance(value, dict):
        return _fail(problems, path, f"expected an object, got {_kind(value)}")
    if _is_pydantic(tp):
        return _convert_pydantic(value, tp, path, problems)
    fields = class_fields(tp)
    known = [item.name for item in fields]
    before = len(problems)
    for name in value:
        if name not in known:
            _fail(problems, _join(path, name), f"unknown field; fields: {', '.join(known)}")
    kwargs: dict[str, Any] = {}
    for item in fields:
        where = _join(path, item.name)
        if item.name not in value:
            if item.required:
                _fail(problems, where, "required field is missing")
            continue
        kwargs[item.attribute or item.name] = _convert(
            value[item.name], item.annotation, where, problems
        )
    if len(problems) > before:
        return None
    if _is_typeddict(tp):
        return kwargs
    build: Callable[..., Any] = tp
    return build(**kwargs)


def _convert_pydantic(value: dict[str, Any], tp: type[Any], path: str, problems: list[str]) -> Any:
    try:
        return tp.model_validate(value)
    except Exception as error:  # pydantic.ValidationError, without importing pydantic
        details = getattr(error, "errors", None)
        if not callable(details):
            raise
        for detail in details():
            where = path
            for part in detail.get("loc", ()):
                where = _join(where, part)
            _fail(problems, where, str(detail.get("msg", "invalid")))
        return None
