"""JSON request bodies of the non-chat operations, checked against the API document.

The same checker as chat (:class:`~moonshot._openapi.schema.SchemaChecker`) reads each
operation's request schema from the document: keyword names are the schema's property
names, and a bad value raises :class:`~moonshot.ValidationError` naming the field and
what is allowed before anything is sent. A keyword the schema does not name is an
error listing the ones it does (fields newer than the document go in ``extra_body``).

One exception, as for chat: a ``model`` enum (the Messages request lists only the
current flagship) is not enforced. Models reach the API before the document does;
such a model is sent as is and logged at DEBUG.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from typing import Any

from .._errors import ValidationError
from . import generated
from .chat_request import _CheckedBody, to_plain
from .document import load_spec, spec_checker

__all__ = ["OperationBody", "operation_body"]

_log = logging.getLogger("moonshot")
_MODEL = "model"


class OperationBody:
    """What the client checks a request body of one operation against."""

    def __init__(self, path: str, method: str, module: str) -> None:
        spec = load_spec()
        self.path = path
        self.module = module
        self.checker = spec_checker()
        operation = spec["paths"].get(path, {}).get(method)
        if operation is None:
            raise ValidationError(
                f"{method.upper()} {path} is not an operation of the API document this client "
                "was generated from; regenerate from a document that has it"
            )
        content = operation["requestBody"]["content"]["application/json"]
        resolved = self.checker.resolve(content["schema"])
        self.properties = self.checker.merged_properties(resolved)
        self.required = tuple(resolved.get("required", ()))
        self.open = resolved.get("additionalProperties") is True
        model = self.properties.get(_MODEL)
        self.models: tuple[str, ...] = tuple(model.get("enum", ())) if model else ()
        if self.models:  # checked as a string; see the module docs
            relaxed = {**self.properties, _MODEL: {"type": "string"}}
            self.schema: Mapping[str, Any] = {**resolved, "properties": relaxed}
        else:
            self.schema = resolved

    def check(self, params: Mapping[str, Any], *, what: str) -> dict[str, Any]:
        """The JSON body for ``params`` (only what was passed); raises ValidationError."""
        body = {name: to_plain(value) for name, value in params.items()}
        problems = [
            f"{name}: not a parameter of {what} in the API document; allowed: "
            f"{', '.join(self.properties)}; pass fields newer than the document in "
            "extra_body={...}"
            for name in body
            if name not in self.properties and not self.open
        ]
        problems.extend(self.checker.errors(self.schema, body))
        if problems:
            raise ValidationError.from_problems(f"invalid {what} request", problems)
        model = body.get(_MODEL)
        if self.models and model not in self.models:
            _log.debug(
                "%s request for model %r, which the API document does not list for it "
                "(%s): sent as is",
                what,
                model,
                ", ".join(self.models),
            )
        return body

    def kwargs(self, body: dict[str, Any], **params: Any) -> dict[str, Any]:
        """The httpx2 arguments from the generated request builder (method, URL, headers)."""
        return generated.request_kwargs(self.module, body=_CheckedBody(body), **params)


@functools.cache
def operation_body(path: str, module: str, method: str = "post") -> OperationBody:
    """The (cached) request description of ``method path``, sent by generated ``module``."""
    return OperationBody(path, method, module)
