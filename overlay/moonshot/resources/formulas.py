"""``client.formulas``: Kimi's official tools (formulas), from the extension document.

``tools(uri)`` gives a formula's declarations (``GET /v1/formulas/{uri}/tools``), ready
for ``tools=``; ``call(uri, name, arguments)`` runs one tool once as a fiber
(``POST /v1/formulas/{uri}/fibers``). The operations come from
``scripts/spec_extensions/formulas.json`` (written from the official-tools page), checked
like every other: the URI's parts against its path parameters, the body against its schema.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._http.base_client import AsyncBaseClient, Operation, SyncBaseClient
from .._http.config import TimeoutTypes
from .._openapi.formulas import arguments_text, fiber_content, normalize_uri, uri_parts
from .._openapi.request_body import operation_body
from ._resource import Resource

if TYPE_CHECKING:
    from .._openapi.answers import FormulaFiber, FormulaToolList

__all__ = ["AsyncFormulas", "Formulas", "fiber_content", "normalize_uri"]

_TOOLS = "formulas.list_formula_tools"
_FIBERS = "formulas.create_formula_fiber"
_FIBERS_PATH = "/v1/formulas/{namespace}/{formula}/fibers"


def _tools_op(resource: Resource[Any], uri: str, timeout: TimeoutTypes) -> Operation[Any]:
    namespace, formula = uri_parts(uri)
    return resource._op(_TOOLS, namespace=namespace, formula=formula, timeout=timeout)


def _call_op(
    resource: Resource[Any],
    uri: str,
    name: str,
    arguments: str | Mapping[str, Any],
    timeout: TimeoutTypes,
) -> Operation[Any]:
    namespace, formula = uri_parts(uri)
    return resource._json_op(
        operation_body(_FIBERS_PATH, _FIBERS, "formulas.call"),
        {"name": name, "arguments": arguments_text(name, arguments)},
        timeout=timeout,
        path_params={"namespace": namespace, "formula": formula},
    )


class Formulas(Resource[SyncBaseClient]):
    def tools(self, uri: str, *, timeout: TimeoutTypes = None) -> FormulaToolList:
        """The declarations of formula ``uri`` (``date`` means ``moonshot/date:latest``);
        ``.tools`` goes straight into ``tools=``."""
        result: FormulaToolList = self._client._request(_tools_op(self, uri, timeout))
        return result

    def call(
        self,
        uri: str,
        name: str,
        arguments: str | Mapping[str, Any],
        *,
        timeout: TimeoutTypes = None,
    ) -> FormulaFiber:
        """Run tool ``name`` of formula ``uri`` once with ``arguments`` (the JSON text the
        model produced, sent unchanged, or a dict). The fiber carries ``status`` and
        ``context.output`` or ``context.encrypted_output``; :func:`fiber_content` gives
        the tool message for it."""
        op = _call_op(self, uri, name, arguments, timeout)
        result: FormulaFiber = self._client._request(op)
        return result


class AsyncFormulas(Resource[AsyncBaseClient]):
    async def tools(self, uri: str, *, timeout: TimeoutTypes = None) -> FormulaToolList:
        """The declarations of formula ``uri``; see :meth:`Formulas.tools`."""
        result: FormulaToolList = await self._client._request(_tools_op(self, uri, timeout))
        return result

    async def call(
        self,
        uri: str,
        name: str,
        arguments: str | Mapping[str, Any],
        *,
        timeout: TimeoutTypes = None,
    ) -> FormulaFiber:
        """Run tool ``name`` of formula ``uri`` once; see :meth:`Formulas.call`."""
        op = _call_op(self, uri, name, arguments, timeout)
        result: FormulaFiber = await self._client._request(op)
        return result
