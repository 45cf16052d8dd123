"""``client.tokenizers``: count the tokens a chat request would use."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .._errors import ValidationError
from .._http.base_client import AsyncBaseClient, Operation, SyncBaseClient
from .._http.config import TimeoutTypes
from .._openapi import generated
from .._openapi.chat_request import to_plain
from .._openapi.document import component, spec_checker
from ._resource import Resource

if TYPE_CHECKING:
    from moonshot_openapi.typed_requests import EstimateTokenCountMessages, EstimateTokenCountModel

    from .._openapi.answers import EstimateTokenResponse

_SCHEMA = "EstimateTokenRequest"


def _estimate_op(
    resource: Resource[Any], model: str, messages: Iterable[Any], timeout: TimeoutTypes
) -> Operation[EstimateTokenResponse]:
    body = {"model": model, "messages": to_plain(list(messages))}
    problems = spec_checker().errors(component(_SCHEMA), body)
    if problems:
        raise ValidationError.from_problems("invalid token estimate request", problems)
    request = generated.EstimateTokenRequest.from_dict(body)
    return resource._op("utilities.estimate_token_count", body=request, timeout=timeout)


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
