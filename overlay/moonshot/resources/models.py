"""``client.models``: the models this key can use."""

from __future__ import annotations

from moonshot_openapi.api.models import list_models
from moonshot_openapi.models import ModelList

from .._base_client import AsyncBaseClient, SyncBaseClient
from .._config import TimeoutTypes
from ._resource import Resource


class Models(Resource[SyncBaseClient]):
    def list(self, *, timeout: TimeoutTypes = None) -> ModelList:
        """List the models currently available (``GET /v1/models``)."""
        result: ModelList = self._client._request(self._op(list_models, timeout=timeout))
        return result


class AsyncModels(Resource[AsyncBaseClient]):
    async def list(self, *, timeout: TimeoutTypes = None) -> ModelList:
        """List the models currently available (``GET /v1/models``)."""
        result: ModelList = await self._client._request(self._op(list_models, timeout=timeout))
        return result
