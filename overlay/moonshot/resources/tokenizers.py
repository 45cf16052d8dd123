"""``client.tokenizers``: count the tokens a chat request would use."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .._http.base_client import AsyncBaseClient, Operation, SyncBaseClient
from .._http.config import TimeoutTypes
from .._openapi.request_body import operation_body, plain_items
from ._resource import Resource

if TYPE_CHECKING:
    from moonshot_openapi.typed_requests import EstimateTokenCountMessages, EstimateTokenCountModel

    from .._openapi.answers import EstimateTokenResponse

_PATH = "/v1/tokenizers/estimate-token-count"
_MODULE = "utilities.estimate_token_count"


def _estimate_op(
    resource: Resource[Any], model: str, messages: Iterable[Any], timeout: TimeoutTypes
) -> Operation[EstimateTokenResponse]:
    return resource._json_op(
        operation_body(_PATH, _MODULE, "token estimate"),
        {"model": model, "messages": plain_items(messages)},
        timeout=timeout,
    )


class Tokenizers(Resource[SyncBaseClient]):
    def estimate_token_count(
        self,
        *,
        model: EstimateTokenCountModel,
        messages: EstimateTokenCountMessages,
        timeout: TimeoutTypes = None,
    ) -> EstimateTokenResponse:
        """Estimate the tokens ``messages`` take for ``model`` (checked before sending)."""
        result: EstimateTokenResponse = self._client._request(
            _estimate_op(self, model, messages, timeout)
        )
        return result


class AsyncTokenizers(Resource[AsyncBaseClient]):
    async def estimate_token_count(
        self,
        *,
        model: EstimateTokenCountModel,
        messages: EstimateTokenCountMessages,
        timeout: TimeoutTypes = None,
    ) -> EstimateTokenResponse:
        """Estimate the tokens ``messages`` take for ``model`` (checked before sending)."""
        result: EstimateTokenResponse = await self._client._request(
            _estimate_op(self, model, messages, timeout)
        )
        return result
