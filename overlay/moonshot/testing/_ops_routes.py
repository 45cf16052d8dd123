"""The local server's Responses, Messages and web tool operations (a Handler mixin)."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from .._openapi.document import load_spec, spec_checker
from .._openapi.schema import SchemaChecker
from ._errors import ServerError
from ._plumbing import HandlerPlumbing
from ._protocols import message_events, messages_answer, response_events, responses_answer
from ._web import WebIndex

__all__ = ["OPS_ROUTES", "OpsRoutes"]

OPS_ROUTES: list[tuple[str, re.Pattern[str], str]] = [
    ("POST", re.compile(r"/v1/responses"), "responses"),
    ("POST", re.compile(r"/anthropic/v1/messages"), "messages"),
    ("POST", re.compile(r"/v1/tools/search"), "tools_search"),
    ("POST", re.compile(r"/v1/tools/search_pro"), "tools_search_pro"),
    ("POST", re.compile(r"/v1/tools/fetch"), "tools_fetch"),
]
_WEB = WebIndex()


@functools.cache
def _checker() -> SchemaChecker:
    return spec_checker()


def check_request(path: str, body: Any) -> None:
    """Raise a 400 ServerError unless ``body`` is valid for ``POST path`` (the full schema)."""
    if not isinstance(body, Mapping):
        raise ServerError(400, "Invalid request: the body must be a JSON object")
    schema = load_spec()["paths"][path]["post"]["requestBody"]["content"]["application/json"]
    problems = _checker().errors(schema["schema"], body)
    if problems:
        raise ServerError(400, f"Invalid request: {path}: " + "; ".join(problems))


def _messages_error(error: ServerError) -> ServerError:
    """The Messages API's error shape: ``{"type": "error", "error": {"type", "message"}}``."""
    inner = error.body.get("error", {}) if isinstance(error.body, dict) else {}
    error.body = {
        "type": "error",
        "error": {"type": inner.get("type", "api_error"), "message": error.message},
    }
    return error


class OpsRoutes(HandlerPlumbing):
    """Handlers named by :data:`OPS_ROUTES`; they use the Handler's plumbing."""

    def _model_call(self, path: str) -> tuple[dict[str, Any], bool]:
        body = self._json_body()
        streaming = isinstance(body, dict) and body.get("stream") is True
        self._apply_faults(streaming)
        check_request(path, body)
        return body, streaming

    def _responses(self) -> None:
        body, streaming = self._model_call("/v1/responses")
        response = responses_answer(self.state.assistant, body)
        signed = self.state.signer.headers_for(self.headers, body.get("model"))
        if streaming:
            self._send_events(response_events(response), signed, named=True, done=False)
        else:
            self._send_json(200, response, signed)

    def _messages(self) -> None:
        try:
            body, streaming = self._model_call("/anthropic/v1/messages")
        except ServerError as error:
            raise _messages_error(error) from None
        message = messages_answer(self.state.assistant, body)
        signed = self.state.signer.headers_for(self.headers, body.get("model"))
        if streaming:
            self._send_events(message_events(message), signed, named=True, done=False)
        else:
            self._send_json(200, message, signed)

    def _tool(self, path: str) -> dict[str, Any]:
        body = self._json_body()
        self._apply_faults()
        check_request(path, body)
        return dict(body)

    def _tools_search(self) -> None:
        self._send_json(200, _WEB.search(self._tool("/v1/tools/search")))

    def _tools_search_pro(self) -> None:
        self._send_json(200, _WEB.search_pro(self._tool("/v1/tools/search_pro")))

    def _tools_fetch(self) -> None:
        self._send_json(200, _WEB.fetch(self._tool("/v1/tools/fetch")))
