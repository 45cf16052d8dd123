"""Formula URIs and fiber results, as the official-tools page describes them.

A URI is ``namespace/name:tag``; a bare name takes the ``moonshot`` namespace and the
``latest`` tag (``date`` -> ``moonshot/date:latest``), as the page's
``normalize_formula_uri`` does. The two parts go into the operation's path parameters
(``namespace`` and ``formula``), checked against the extension document's schemas.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._errors import ValidationError
from . import generated
from .document import load_spec, spec_checker

if TYPE_CHECKING:
    from .answers import FormulaFiber

__all__ = ["FormulaPath", "arguments_text", "fiber_content", "normalize_uri", "uri_parts"]

DEFAULT_NAMESPACE = "moonshot"
DEFAULT_TAG = "latest"
FormulaPath = tuple[str, str]  # (namespace, "name:tag")


def normalize_uri(uri: str) -> str:
    """``date`` -> ``moonshot/date:latest``; a full URI comes back unchanged."""
    if not isinstance(uri, str):
        raise ValidationError(f"uri: expected a string, got {type(uri).__name__}", field="uri")
    if "/" not in uri:
        uri = f"{DEFAULT_NAMESPACE}/{uri}"
    if ":" not in uri:
        uri = f"{uri}:{DEFAULT_TAG}"
    return uri


def uri_parts(uri: str) -> FormulaPath:
    """The path parameters of ``uri`` (normalised first); raises ValidationError naming
    ``uri`` and the allowed form when a part does not fit the document's schema."""
    full = normalize_uri(uri)
    namespace, _, formula = full.partition("/")
    problems = []
    checker = spec_checker()
    for name, value in (("namespace", namespace), ("formula", formula)):
        schema = _path_parameter(name)
        if schema is None:
            continue
        for problem in checker.errors(schema, value):
            problems.append(f"uri: {name} {value!r} of {full!r}: {problem.split(': ', 1)[-1]}")
    if problems:
        problems.append("uri: allowed: namespace/name:tag (moonshot/date:latest) or a name (date)")
        raise ValidationError.from_problems("invalid formula URI", problems)
    return namespace, formula


def _path_parameter(name: str) -> Mapping[str, Any] | None:
    """The schema of path parameter ``name`` of the fibers operation, if documented."""
    item = load_spec()["paths"].get("/v1/formulas/{namespace}/{formula}/fibers", {})
    for parameter in item.get("post", {}).get("parameters", []):
        resolved = spec_checker().resolve(parameter)
        if resolved.get("name") == name and resolved.get("in") == "path":
            schema: Mapping[str, Any] = resolved.get("schema", {})
            return schema
    return None


def arguments_text(name: str, arguments: str | Mapping[str, Any]) -> str:
    """The fiber's ``arguments``: the model's JSON text unchanged, or a mapping as JSON.

    Raises ValidationError unless it is a JSON object (the page: always an encoded object).
    """
    if isinstance(arguments, Mapping):
        return json.dumps(dict(arguments), ensure_ascii=False)
    if not isinstance(arguments, str):
        raise ValidationError(
            f"arguments: expected the JSON text of an object or a dict, got "
            f"{type(arguments).__name__}",
            field="arguments",
        )
    try:
        parsed = json.loads(arguments)
    except ValueError as error:
        raise ValidationError(
            f"arguments of {name}: not valid JSON ({error})", field="arguments"
        ) from None
    if not isinstance(parsed, dict):
        raise ValidationError(
            f"arguments of {name}: expected a JSON object, got {type(parsed).__name__}",
            field="arguments",
        )
    return arguments


def fiber_content(fiber: FormulaFiber) -> str:
    """What goes back to the model as the tool message, as the page's example decides.

    A ``succeeded`` fiber gives ``context.output``, else ``context.encrypted_output``
    (unchanged); any other status gives ``Error: ...`` from the fiber's ``error``, its
    context's ``error`` or ``output``.
    """
    context = fiber.context if isinstance(fiber.context, generated.FormulaFiberContext) else None
    output = _text(context.output) if context is not None else None
    encrypted = _text(context.encrypted_output) if context is not None else None
    if fiber.status == "succeeded":
        return output or encrypted or ""
    for reason in (
        fiber.error,
        context.error if context is not None else None,
        output,
    ):
        if not _unset(reason) and reason is not None:
            text = reason if isinstance(reason, str) else json.dumps(reason, ensure_ascii=False)
            return f"Error: {text}"
    return f"Error: the fiber ended with status {fiber.status!r}"


def _unset(value: Any) -> bool:
    return value is generated.UNSET


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None
