"""Generated response models built from decoded JSON in one pass.

The generated ``from_dict`` of a model imports its nested classes inside the function
on every call, copies the dict, and pops each key: on a chat completion that is most of
the client's own time per request. :func:`build` makes the same objects (the same
generated classes, the same field values, the same ``additional_properties``) by
reading, once per class, what the generated code says:

* the attrs fields of the class and their annotations (resolved against the generated
  ``models`` package);
* which JSON key fills which field, from the generated ``from_dict`` source (the
  ``d.pop("key", ...)`` each field's variable is assigned from).

A field whose value the generated code passes through (strings, numbers, booleans,
null, plain lists and dicts) is taken as is; a nested model, a list of models and an
enum are converted as the generated code does. A class with any other kind of field
(a oneOf union, a date, a file), or whose source cannot be read, is left to its
generated ``from_dict``, as is any value that is not a JSON object. Equality with the
generated ``from_dict`` is held by ``tests/openapi/test_model_builders.py`` for every
generated model, on values drawn from the document's schemas.
"""

from __future__ import annotations

import ast
import enum
import inspect
import sys
import textwrap
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

import attrs

__all__ = ["build", "builds_fast", "models_by_status"]

T = TypeVar("T")
# JSON key -> (``__init__`` argument, converter or None when the value is kept as is).
_Fields = dict[str, tuple[str, Callable[[Any], Any] | None]]


@dataclass(frozen=True)
class _Plan:
    """How one generated class is built from a JSON object."""

    fields: _Fields
    keys: frozenset[str]  # the JSON keys of its fields
    # (key, argument, converter) of the fields not passed as they are under their key
    special: tuple[tuple[str, str, Callable[[Any], Any] | None], ...]
    required: frozenset[str]  # ``__init__`` arguments without a default


_plans: dict[type, _Plan | None] = {}
_PLAIN = frozenset({str, int, float, bool, type(None), Any})


def build(cls: type[T], data: Any) -> T:
    """``cls.from_dict(data)``, in one pass when the class allows it."""
    if cls in _plans:
        plan = _plans[cls]
    else:
        plan = _plans[cls] = _plan(cls)
    if plan is None or type(data) is not dict:
        result: T = cls.from_dict(data)  # type: ignore[attr-defined]
        return result
    if data.keys() <= plan.keys:
        # The usual answer: every key is a field. Most are passed as they are; only the
        # renamed (``object`` -> ``object_``) and converted ones are touched.
        kwargs = data.copy()
        extra: dict[str, Any] = {}
        for key, name, convert in plan.special:
            if key in kwargs:
                value = kwargs.pop(key) if name != key else kwargs[key]
                kwargs[name] = value if convert is None else convert(value)
    else:
        kwargs, extra = _split(plan, data)
    if plan.required and not plan.required <= kwargs.keys():
        missing: T = cls.from_dict(data)  # type: ignore[attr-defined]  # raises as generated
        return missing
    built = cls(**kwargs)
    built.additional_properties = extra  # type: ignore[attr-defined]
    return built


def _split(plan: _Plan, data: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``__init__`` arguments and the additional properties of an object with extra keys."""
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in data.items():
        spec = plan.fields.get(key)
        if spec is None:
            extra[key] = value
        else:
            name, convert = spec
            kwargs[name] = value if convert is None else convert(value)
    return kwargs, extra


def builds_fast(cls: type) -> bool:
    """Whether :func:`build` makes ``cls`` itself rather than calling its ``from_dict``."""
    if cls not in _plans:
        _plans[cls] = _plan(cls)
    return _plans[cls] is not None


def _plan(cls: type) -> _Plan | None:
    if not attrs.has(cls) or not hasattr(cls, "from_dict"):
        return None
    keys = _keys_of(cls)
    if keys is None:
        return None
    try:
        hints = typing.get_type_hints(cls, localns=_namespace(cls))
    except (NameError, TypeError):
        return None
    fields: _Fields = {}
    required: set[str] = set()
    for field in attrs.fields(cls):
        if not field.init:
            continue  # additional_properties
        key = keys.get(field.name)
        if key is None:
            return None
        convert = _converter(hints[field.name])
        if convert is _UNKNOWN:
            return None
        fields[key] = (field.alias, convert)
        if field.default is attrs.NOTHING:
            required.add(field.alias)
    special = tuple(
        (key, name, convert)
        for key, (name, convert) in fields.items()
        if name != key or convert is not None
    )
    return _Plan(fields, frozenset(fields), special, frozenset(required))


def _namespace(cls: type) -> dict[str, Any]:
    """The names the generated annotations use beyond the class's own module: the other
    models (imported there only for type checkers), from the package holding the class."""
    package = sys.modules.get(cls.__module__.rpartition(".")[0])
    return dict(vars(package)) if package is not None else {}


def _unknown(value: Any) -> Any:
    raise AssertionError("never called")  # pragma: no cover


_UNKNOWN: Callable[[Any], Any] = _unknown


def _converter(annotation: Any) -> Callable[[Any], Any] | None:
    """None to keep the value, a function converting it, or ``_UNKNOWN``."""
    options = _without_unset(annotation)
    if all(_plain(option) for option in options):
        return None
    if len(options) != 1:
        return _UNKNOWN  # a union with a model, an enum or a date: the generated parser
    (option,) = options
    if isinstance(option, type) and issubclass(option, enum.Enum):
        return option
    if isinstance(option, type) and attrs.has(option):
        return partial(build, option)
    if typing.get_origin(option) is list:
        (item,) = typing.get_args(option) or (Any,)
        if isinstance(item, type) and attrs.has(item):
            return partial(_build_list, item)
    return _UNKNOWN


def _build_list(cls: type, values: Any) -> list[Any]:
    return [build(cls, value) for value in values]


def _without_unset(annotation: Any) -> tuple[Any, ...]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        options = typing.get_args(annotation)
    else:
        options = (annotation,)
    return tuple(o for o in options if getattr(o, "__name__", None) != "Unset")


def _plain(annotation: Any) -> bool:
    """A type whose JSON value the generated code keeps as received."""
    if annotation in _PLAIN:
        return True
    origin = typing.get_origin(annotation)
    if origin in (list, dict):
        return all(_plain(arg) for arg in typing.get_args(annotation))
    return False


def _keys_of(cls: type) -> dict[str, str] | None:
    """Field name -> JSON key, read from the generated ``from_dict`` source."""
    try:
        source = textwrap.dedent(inspect.getsource(cls.from_dict))  # type: ignore[attr-defined]
    except (OSError, TypeError):
        return None
    keys: dict[str, str] = {}
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
        ):
            key = _popped_key(node.value)
            if key is not None:
                keys[node.targets[0].id.lstrip("_")] = key
    return keys


def _popped_key(value: ast.expr) -> str | None:
    """``"key"`` of ``d.pop("key", ...)``, alone or as the argument of a parse call."""
    if isinstance(value, ast.Call) and not _is_pop(value) and value.args:
        value = value.args[0]
    if isinstance(value, ast.Call) and _is_pop(value) and value.args:
        first = value.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            return first.value
    return None


def _is_pop(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "pop"
        and isinstance(func.value, ast.Name)
        and func.value.id == "d"
    )


def models_by_status(parse_response: Callable[..., Any]) -> dict[int, type]:
    """Status -> model class, for the statuses a generated ``_parse_response`` answers
    with ``Model.from_dict(response.json())`` and nothing else (no union, list or text)."""
    try:
        source = textwrap.dedent(inspect.getsource(parse_response))
    except (OSError, TypeError):
        return {}
    found: dict[int, type] = {}
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.If):
            continue
        status = _status_tested(node.test)
        name = _model_parsed(node.body[0]) if node.body else None
        cls = parse_response.__globals__.get(name) if name else None
        if status is not None and isinstance(cls, type) and attrs.has(cls):
            found[status] = cls
    return found


def _status_tested(test: ast.expr) -> int | None:
    """``200`` of ``response.status_code == 200``."""
    if (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Attribute)
        and test.left.attr == "status_code"
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.Eq)
        and isinstance(test.comparators[0], ast.Constant)
        and type(test.comparators[0].value) is int
    ):
        return test.comparators[0].value
    return None


def _model_parsed(statement: ast.stmt) -> str | None:
    """``Model`` of ``x = Model.from_dict(response.json())``."""
    if not isinstance(statement, ast.Assign):
        return None
    call = statement.value
    if (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "from_dict"
        and isinstance(call.func.value, ast.Name)
        and len(call.args) == 1
        and isinstance(call.args[0], ast.Call)
        and isinstance(call.args[0].func, ast.Attribute)
        and call.args[0].func.attr == "json"
    ):
        return call.func.value.id
    return None
