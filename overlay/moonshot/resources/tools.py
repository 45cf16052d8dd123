"""``client.tools``: Moonshot's web tools (search, search_pro, fetch), checked before sending.

Each takes ``extra_body`` (merged into the JSON unchecked, for fields newer than the API
document) and ``extra_headers``. Errors the document lists for them (403 account or URL
blocked, 404 nothing to extract, 408, 429, 502, 504) raise the typed errors; 408, 429
and 5xx are retried by the transport like every other call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._http.base_client import AsyncBaseClient, Operation, SyncBaseClient
from .._http.config import TimeoutTypes
from .._openapi.request_body import operation_body
from ._resource import Resource

if TYPE_CHECKING:
    from .._openapi.answers import (
        ToolsFetchResponse,
        ToolsSearchProResponse,
        ToolsSearchResponse,
    )

__all__ = ["AsyncTools", "Tools"]

# method -> (path, generated module)
_OPERATIONS = {
    "search": ("/v1/tools/search", "tools.web_search_basic"),
    "search_pro": ("/v1/tools/search_pro", "tools.web_search_pro"),
    "fetch": ("/v1/tools/fetch", "tools.url_fetch"),
}


def _tool_op(
    resource: Resource[Any],
    name: str,
    params: dict[str, Any],
    timeout: TimeoutTypes,
    extra_body: Mapping[str, Any] | None,
    extra_headers: Mapping[str, str] | None,
) -> Operation[Any]:
    """The checked call of tool ``name``."""
    path, module = _OPERATIONS[name]
    return resource._json_op(
        operation_body(path, module, f"tools.{name}"),
        params,
        timeout=timeout,
        extra_body=extra_body,
        extra_headers=extra_headers,
    )


class Tools(Resource[SyncBaseClient]):
    def search(
        self,
        *,
        text_query: str,
        timeout: TimeoutTypes = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> ToolsSearchResponse:
        """Web search (``POST /v1/tools/search``): ``limit``, ``include_content``,
        ``timeout_seconds`` as the API document defines them."""
        result: ToolsSearchResponse = self._client._request(
            _tool_op(
                self,
                "search",
                {"text_query": text_query, **params},
                timeout,
                extra_body,
                extra_headers,
            )
        )
        return result

    def search_pro(
        self,
        *,
        text_query: str,
        timeout: TimeoutTypes = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> ToolsSearchProResponse:
        """Web search with content chunks (``POST /v1/tools/search_pro``): ``limit``,
        ``sites``, ``time_window``, ``timeout_seconds``."""
        result: ToolsSearchProResponse = self._client._request(
            _tool_op(
                self,
                "search_pro",
                {"text_query": text_query, **params},
                timeout,
                extra_body,
                extra_headers,
            )
        )
        return result

    def fetch(
        self,
        *,
        url: str,
        timeout: TimeoutTypes = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> ToolsFetchResponse:
        """A web page as markdown (``POST /v1/tools/fetch``)."""
        result: ToolsFetchResponse = self._client._request(
            _tool_op(self, "fetch", {"url": url, **params}, timeout, extra_body, extra_headers)
        )
        return result


class AsyncTools(Resource[AsyncBaseClient]):
    async def search(
        self,
        *,
        text_query: str,
        timeout: TimeoutTypes = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> ToolsSearchResponse:
        """Web search; see :meth:`Tools.search`."""
        result: ToolsSearchResponse = await self._client._request(
            _tool_op(
                self,
                "search",
                {"text_query": text_query, **params},
                timeout,
                extra_body,
                extra_headers,
            )
        )
        return result

    async def search_pro(
        self,
        *,
        text_query: str,
        timeout: TimeoutTypes = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> ToolsSearchProResponse:
        """Web search with content chunks; see :meth:`Tools.search_pro`."""
        result: ToolsSearchProResponse = await self._client._request(
            _tool_op(
                self,
                "search_pro",
                {"text_query": text_query, **params},
                timeout,
                extra_body,
                extra_headers,
            )
        )
        return result

    async def fetch(
        self,
        *,
        url: str,
        timeout: TimeoutTypes = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        **params: Any,
    ) -> ToolsFetchResponse:
        """A web page as markdown; see :meth:`Tools.fetch`."""
        result: ToolsFetchResponse = await self._client._request(
            _tool_op(self, "fetch", {"url": url, **params}, timeout, extra_body, extra_headers)
        )
        return result
