"""``client.models``: the models this key can use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._http.base_client import AsyncBaseClient, SyncBaseClient
from .._http.config import TimeoutTypes
from ._resource import Resource

if TYPE_CHECKING:
    from .._openapi.answers import ModelList


class Models(Resource[SyncBaseClient]):
    def list(self, *, timeout: TimeoutTypes = None) -> ModelList:
        """List the models currently available (``GET /v1/models``)."""
        result: ModelList = self._client._request(self._op("models.list_models", timeout=timeout))
        return result


class AsyncModels(Resource[AsyncBaseClient]):
    async def list(self, *, timeout: TimeoutTypes = None) -> ModelList:
        """List the models currently available (``GET /v1/models``)."""
        result: ModelList = await self._client._request(
            self._op("models.list_models", timeout=timeout)
        )
        return result
