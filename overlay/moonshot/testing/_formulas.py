"""The local server's formula operations (a Handler mixin): declarations and fibers.

``GET /v1/formulas/{namespace}/{formula}/tools`` and ``POST .../fibers``, from the
extension document; the tools themselves are in :mod:`._formula_tools`. A fiber's body
is checked against the document (400 naming the field); a call the tool cannot run
(unknown name, bad arguments, a formula that would run code) is a ``failed`` fiber whose
``error`` says why, as the page's example reads it.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import time
import weakref
from typing import Any
from urllib.parse import unquote

from ._formula_tools import FiberFailed, FormulaState, formula_declarations, run_tool
from ._ops_routes import check_request
from ._plumbing import HandlerPlumbing

__all__ = ["FORMULA_ROUTES", "FormulaRoutes"]

_FORMULA = r"/v1/formulas/(?P<namespace>[^/]+)/(?P<formula>[^/]+)"
FORMULA_ROUTES: list[tuple[str, re.Pattern[str], str]] = [
    ("GET", re.compile(_FORMULA + "/tools"), "formula_tools"),
    ("POST", re.compile(_FORMULA + "/fibers"), "formula_fiber"),
]
_FIBERS_PATH = "/v1/formulas/{namespace}/{formula}/fibers"
_STATES: weakref.WeakKeyDictionary[Any, FormulaState] = weakref.WeakKeyDictionary()
_FIBER_IDS = itertools.count(1)


def _state_of(server_state: Any) -> FormulaState:
    """The formula state of one server (memories live as long as the server)."""
    found = _STATES.get(server_state)
    if found is None:
        found = _STATES.setdefault(server_state, FormulaState())
    return found


def _uri(namespace: str, formula: str) -> str:
    return f"{unquote(namespace)}/{unquote(formula)}"


class FormulaRoutes(HandlerPlumbing):
    """Handlers named by :data:`FORMULA_ROUTES`; they use the Handler's plumbing."""

    def _formula_tools(self, namespace: str, formula: str) -> None:
        self._apply_faults()
        tools = formula_declarations(_uri(namespace, formula))
        self._send_json(200, {"object": "list", "tools": tools})

    def _formula_fiber(self, namespace: str, formula: str) -> None:
        body = self._json_body()
        self._json_payload = body  # kept in the request record
        self._apply_faults()
        uri = _uri(namespace, formula)
        tools = formula_declarations(uri)  # 404 first, for an unknown formula
        check_request(_FIBERS_PATH, body)
        self._send_json(200, self._fiber(uri, tools, body))

    def _fiber(self, uri: str, tools: list[dict[str, Any]], body: dict[str, Any]) -> Any:
        name, arguments = str(body["name"]), str(body["arguments"])
        number = next(_FIBER_IDS)
        fiber: dict[str, Any] = {
            "id": "fiber-" + hashlib.sha256(f"{uri}/{number}".encode()).hexdigest()[:20],
            "object": "fiber",
            "created_at": int(time.time()),
            "lambda_id": "lambda-" + hashlib.sha256(uri.encode()).hexdigest()[:20],
            "status": "succeeded",
            "context": {"input": json.dumps(body, ensure_ascii=False)},
            "formula": uri,
            "organization_id": "org-local",
            "project_id": "proj-local",
        }
        try:
            names = [t["function"]["name"] for t in tools]
            if name not in names:
                known = ", ".join(names)
                raise FiberFailed(f"name: {uri} has no tool {name!r}; its tools: {known}")
            try:
                parsed = json.loads(arguments)
            except ValueError as error:
                raise FiberFailed(f"arguments: not valid JSON ({error})") from None
            if not isinstance(parsed, dict):
                raise FiberFailed("arguments: expected a JSON object")
            account = self.headers.get("Authorization", "").partition(" ")[2].strip()
            output, encrypted = run_tool(uri, name, parsed, _state_of(self.state), account)
        except FiberFailed as failure:
            fiber["status"] = "failed"
            fiber["error"] = str(failure)
            return fiber
        fiber["context"]["encrypted_output" if encrypted else "output"] = output
        return fiber
