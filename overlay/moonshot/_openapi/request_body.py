"""The one checked-body builder: every JSON request body is checked here before it is sent.

A :class:`RequestBody` is the request description of one operation, read from the API
document once (:func:`operation_body` caches it): the schema of its JSON body, the names
of its fields, the generated module that builds its call. :meth:`RequestBody.check` turns
the caller's keywords into the JSON body and raises :class:`~moonshot.ValidationError`
naming every bad field (and what is allowed) before anything is sent; a keyword the
schema does not name is an error listing the ones it does (fields newer than the
document go in ``extra_body``, merged by the resource, unchecked).

One exception: the ``model`` enum of a model call (the Messages request lists only the
current flagship) is not enforced. Models reach the API before the document does; such a
model is sent as is and logged at DEBUG. Chat picks its schema per model (the ``model``
discriminator): :class:`~moonshot._openapi.chat_request.ChatRequestBody` plugs that in.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Mapping
from typing import Any

from .._errors import ValidationError
from . import generated
from .document import load_spec, spec_checker

__all__ = ["CheckedBody", "RequestBody", "operation_body", "plain_items", "plain_list", "to_plain"]

_log = logging.getLogger("moonshot")
_MODEL = "model"
_SCALARS = frozenset({str, int, float, bool, type(None)})


def to_plain(value: Any) -> Any:
    """Generated models (anything with ``to_dict``) to plain JSON values, recursively.

    Plain dicts and lists come back as copies (a dict of scalars, the usual message
    ``{"role": ..., "content": "..."}``, as a shallow copy), never as the caller's object.
    """
    kind = type(value)
    if kind in _SCALARS:
        return value
    scalars = _SCALARS
    if kind is dict:
        if scalars.issuperset(map(type, value.values())):
            return dict(value)
        return {k: v if type(v) in scalars else to_plain(v) for k, v in value.items()}
    if kind is list:
        return [v if type(v) in scalars else to_plain(v) for v in value]
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    return value


def plain_list(items: Iterable[Any]) -> list[Any]:
    """``to_plain(list(items))`` in one pass: a list of plain messages is the usual case."""
    scalars = _SCALARS
    plain: list[Any] = []
    append = plain.append
    for item in items:  # loops, not any()/issuperset(map()): no iterator or set per item
        if type(item) is dict:
            for value in item.values():
                if type(value) not in scalars:
                    append(to_plain(item))
                    break
            else:
                append(item.copy())
        else:
            append(to_plain(item))
    return plain


def plain_items(items: Any) -> Any:
    """``items`` (any iterable: a list, a generator...) as a list of plain values; a string,
    bytes or a mapping stays one value, for the schema to refuse whole (never a list of
    its characters)."""
    kind = type(items)
    if kind is list or kind is tuple:
        return plain_list(items)
    if isinstance(items, str | bytes | Mapping) or not isinstance(items, Iterable):
        return to_plain(items)
    return plain_list(items)


class CheckedBody:
    """A checked request body, in the place of a generated request model.

    The generated builder only asks its body for ``to_dict()``. The body was checked
    against the operation's schema, and the generated model gives back exactly the dict
    it is built from (``tests/contract/test_request_models.py`` draws chat bodies from
    every variant to hold this), so building the model only to undo it would cost a
    third of the client's own time per request.
    """

    __slots__ = ("_body",)

    def __init__(self, body: dict[str, Any]) -> None:
        self._body = body

    def to_dict(self) -> dict[str, Any]:
        return self._body


class RequestBody:
    """What the client checks the JSON body of one operation against.

    ``what`` names the operation in error messages. ``signed``: the operation is a model
    call, which sends the request nonce and whose answer carries a signature (chat,
    Responses, Messages). A subclass with more to check than the operation's one schema
    (chat: a schema per model) overrides :meth:`check`.
    """

    def __init__(
        self, path: str, module: str, what: str, *, method: str = "post", signed: bool = False
    ) -> None:
        self.path = path
        self.module = module
        self.what = what
        self.signed = signed
        self.checker = spec_checker()
        operation = load_spec()["paths"].get(path, {}).get(method)
        if operation is None:
            raise ValidationError(
                f"{method.upper()} {path} is not an operation of the API document this client "
                "was generated from; regenerate from a document that has it"
            )
        content = operation["requestBody"]["content"]["application/json"]
        resolved = self.checker.resolve(content["schema"])
        self.properties = self.checker.merged_properties(resolved)
        self.open = resolved.get("additionalProperties") is True
        model = self.properties.get(_MODEL) if signed else None
        self.models: tuple[str, ...] = tuple(model.get("enum", ())) if model else ()
        if self.models:  # checked as a string; see the module docs
            relaxed = {**self.properties, _MODEL: {"type": "string"}}
            self.schema: Mapping[str, Any] = {**resolved, "properties": relaxed}
        else:
            self.schema = resolved
        self.node = self.checker.compiled(self.schema)  # compiled once, with the description

    def check(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """The JSON body for ``params`` (only what was passed); raises ValidationError
        naming every bad field before anything is sent."""
        body = {name: to_plain(value) for name, value in params.items()}
        problems = [
            f"{name}: not a parameter of {self.what} in the API document; allowed: "
            f"{', '.join(self.properties)}; pass fields newer than the document in "
            "extra_body={...}"
            for name in body
            if name not in self.properties and not self.open
        ]
        if not self.node.accepts(body):
            problems.extend(self.node.explain(body))
        if problems:
            raise ValidationError.from_problems(f"invalid {self.what} request", problems)
        model = body.get(_MODEL)
        if self.models and model not in self.models:
            _log.debug(
                "%s request for model %r, which the API document does not list for it "
                "(%s): sent as is",
                self.what,
                model,
                ", ".join(self.models),
            )
        return body

    def kwargs(self, body: dict[str, Any], **path_params: Any) -> dict[str, Any]:
        """The httpx2 arguments from the generated request builder (method, URL, headers)."""
        return generated.request_kwargs(self.module, body=CheckedBody(body), **path_params)


@functools.cache
def operation_body(
    path: str, module: str, what: str, *, method: str = "post", signed: bool = False
) -> RequestBody:
    """The (cached) request description of ``method path``, sent by generated ``module``."""
    return RequestBody(path, module, what, method=method, signed=signed)
