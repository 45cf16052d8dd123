"""What every resource holds: the client it sends through, and how it builds a call."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import httpx2

from .._base_client import AsyncBaseClient, Operation, SyncBaseClient, parser_for
from .._config import TimeoutTypes
from .._generated import endpoint

C = TypeVar("C", SyncBaseClient, AsyncBaseClient)


class Resource(Generic[C]):
    """A group of API operations bound to one client."""

    def __init__(self, client: C) -> None:
        self._client: C = client
        self._parsers: dict[str, Callable[[httpx2.Response], Any]] = {}

    def _parser(self, module: str) -> Callable[[httpx2.Response], Any]:
        """The 2xx parser of ``moonshot_openapi.api.<module>``, made once per resource."""
        found = self._parsers.get(module)
        if found is None:
            found = self._parsers[module] = parser_for(module, lambda: self._client.raw)
        return found

    def _op(
        self,
        module: str,
        *args: Any,
        timeout: TimeoutTypes = None,
        extra_headers: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> Operation[Any]:
        """A call to ``moonshot_openapi.api.<module>``: its request builder and its parser."""
        generated = endpoint(module)
        return Operation(
            generated._get_kwargs(*args, **kwargs),
            self._parser(module),
            timeout=timeout,
            extra_headers=extra_headers,
        )
