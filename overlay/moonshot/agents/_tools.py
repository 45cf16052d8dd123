"""Plain Python functions as Kimi tools: the declaration from the signature and the
docstring, and the call from the model's JSON arguments."""

from __future__ import annotations

import inspect
import json
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .._errors import ValidationError
from .._openapi.mfjs import schema_problems
from .._openapi.request_body import to_plain
from ._builtin import is_builtin_tool
from ._docstrings import parse_docstring
from ._formula import Formula
from ._types import Field, Mismatch, SchemaBuilder, convert

__all__ = ["FunctionTool", "Toolbox", "function_tool"]


@dataclass(frozen=True)
class FunctionTool:
    """A Python function the model can call: its name, description, MFJS parameter
    schema, and the function itself (sync or async)."""

    function: Callable[..., Any]
    name: str
    description: str | None
    parameters: dict[str, Any]
    fields: tuple[Field, ...]

    @property
    def is_async(self) -> bool:
        return inspect.iscoroutinefunction(self.function)

    def declaration(self) -> dict[str, Any]:
        """The ``{"type": "function", "function": {...}}`` entry for ``tools=[...]``."""
        function: dict[str, Any] = {"name": self.name}
        if self.description:
            function["description"] = self.description
        function["parameters"] = self.parameters
        return {"type": "function", "function": function}

    def arguments(self, text: str) -> dict[str, Any]:
        """The keyword arguments for the call the model asked for; raises ValidationError
        naming each argument that does not fit the signature."""
        try:
            raw = json.loads(text) if text.strip() else {}
        except ValueError as error:
            raise ValidationError(
                f"arguments of {self.name}: not valid JSON ({error})", field=self.name
            ) from error
        if not isinstance(raw, dict):
            raise ValidationError(f"arguments of {self.name}: expected a JSON object")
        problems = [f"{name}: unexpected argument" for name in raw if name not in self._names]
        kwargs: dict[str, Any] = {}
        for item in self.fields:
            if item.name not in raw:
                if item.required:
                    problems.append(f"{item.name}: required argument is missing")
                continue
            try:
                kwargs[item.name] = convert(raw[item.name], item.annotation, item.name)
            except Mismatch as mismatch:
                problems.extend(mismatch.problems)
        if problems:
            raise ValidationError.from_problems(f"arguments of {self.name}", problems)
        return kwargs

    @property
    def _names(self) -> frozenset[str]:
        return frozenset(item.name for item in self.fields)


def function_tool(
    function: Callable[..., Any], *, name: str | None = None, description: str | None = None
) -> FunctionTool:
    """Describe ``function`` as a tool.

    The name is the function's ``__name__``; the description is the docstring's summary;
    each parameter's schema comes from its annotation (``Annotated[T, "text"]``, enums,
    ``Literal``, ``Optional``, lists, nested dataclasses / TypedDicts / attrs / pydantic
    models), its description from ``Annotated`` or the docstring's ``Args:`` /
    ``:param:`` / NumPy section, and it is required unless it has a default. The schema
    is checked against MFJS (lite); a type with no MFJS form raises TypeError.
    """
    signature = inspect.signature(function)
    hints = typing.get_type_hints(function, include_extras=True)
    doc = parse_docstring(inspect.getdoc(function))
    tool_name = name or getattr(function, "__name__", None)
    if not tool_name or tool_name == "<lambda>":
        raise TypeError("a tool needs a name: pass name=... for a lambda or a callable object")
    fields = []
    for parameter in signature.parameters.values():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if parameter.kind is parameter.POSITIONAL_ONLY:
            raise TypeError(f"{tool_name}.{parameter.name}: tools are called with keywords")
        if parameter.name not in hints:
            raise TypeError(
                f"{tool_name}.{parameter.name}: annotate the parameter so its schema is known"
            )
        fields.append(
            Field(
                parameter.name,
                hints[parameter.name],
                parameter.default is inspect.Parameter.empty,
                doc.params.get(parameter.name),
            )
        )
    builder = SchemaBuilder()
    parameters = builder.document(builder.object_schema(fields, tool_name))
    problems = schema_problems(parameters, "lite", path=f"{tool_name}.parameters")
    if problems:
        raise TypeError("; ".join(problems))
    return FunctionTool(function, tool_name, description or doc.summary, parameters, tuple(fields))


class Toolbox:
    """The tools of one run: Python functions by name, built-in declarations, and formulas
    (whose declarations :meth:`add_formula` adds once they are fetched).

    Two tools of one name (across functions, built-in tools and formulas) are an error
    naming both: the API refuses a request whose function names repeat.
    """

    def __init__(self, tools: Sequence[Any]) -> None:
        self.functions: dict[str, FunctionTool] = {}
        self.declarations: list[dict[str, Any]] = []
        self.builtins: set[str] = set()
        self.formulas: list[Formula] = []
        self.formula_tools: dict[str, str] = {}  # function name -> formula URI
        self._owners: dict[str, str] = {}
        self._entries: list[dict[str, Any] | Formula] = []
        self._fetched: dict[Formula, list[dict[str, Any]]] = {}
        for index, tool in enumerate(tools):
            if isinstance(tool, Formula):
                if tool in self.formulas:
                    raise ValidationError(
                        f"tools[{index}]: formula {tool.uri} is given twice "
                        f"(tools[{self._entries.index(tool)}] too)",
                        field=f"tools[{index}]",
                    )
                self.formulas.append(tool)
                self._entries.append(tool)
                continue
            if isinstance(tool, FunctionTool):
                found = tool
            elif callable(tool):
                found = function_tool(tool)
            elif is_builtin_tool(tool):
                name = str(tool.get("function", {}).get("name", ""))
                self._claim(name, f"tools[{index}] (built-in tool)", f"tools[{index}]")
                self.builtins.add(name)
                self._entries.append(dict(tool))
                continue
            else:
                kind = tool.get("type") if isinstance(tool, Mapping) else type(tool).__name__
                raise ValidationError(
                    f"tools[{index}]: run_tools takes Python functions, built-in tools "
                    "(moonshot.web_search_tool()) and formulas (moonshot.formula(uri)), not "
                    f"{kind!r}: a declaration alone has nothing to run",
                    field=f"tools[{index}]",
                )
            self._claim(found.name, f"tools[{index}] (Python function)", f"tools[{index}]")
            self.functions[found.name] = found
            self._entries.append(found.declaration())
        self._rebuild()

    def _claim(self, name: str, owner: str, field: str) -> None:
        first = self._owners.get(name)
        if first is not None:
            raise ValidationError(
                f"{field}: two tools are named {name!r}: {first} and {owner}; function "
                "names must be unique in one request",
                field=field,
            )
        self._owners[name] = owner

    def add_formula(self, formula: Formula, declarations: Sequence[Any]) -> None:
        """Take the fetched declarations of ``formula`` (those with a ``function``)."""
        index = self._entries.index(formula)
        taken = []
        for declaration in declarations:
            plain = to_plain(declaration)
            function = plain.get("function") if isinstance(plain, dict) else None
            if not isinstance(function, dict) or not function.get("name"):
                continue  # nothing the run could call (the page's example skips these too)
            name = str(function["name"])
            self._claim(name, f"tools[{index}] (formula {formula.uri})", f"tools[{index}]")
            self.formula_tools[name] = formula.uri
            taken.append(plain)
        self._fetched[formula] = taken
        self._rebuild()

    def _rebuild(self) -> None:
        """``declarations`` (the same list, updated in place) in the order tools were given."""
        rebuilt: list[dict[str, Any]] = []
        for entry in self._entries:
            if isinstance(entry, Formula):
                rebuilt.extend(self._fetched.get(entry, ()))
            else:
                rebuilt.append(entry)
        self.declarations[:] = rebuilt
