"""``client.balance``: the account's available, voucher and cash balance."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._http.base_client import AsyncBaseClient, SyncBaseClient
from .._http.config import TimeoutTypes
from ._resource import Resource

if TYPE_CHECKING:
    from .._openapi.answers import BalanceResponse


class Balance(Resource[SyncBaseClient]):
    def retrieve(self, *, timeout: TimeoutTypes = None) -> BalanceResponse:
        """``GET /v1/users/me/balance``."""
        result: BalanceResponse = self._client._request(
            self._op("billing.check_balance", timeout=timeout)
        )
        return result


class AsyncBalance(Resource[AsyncBaseClient]):
    async def retrieve(self, *, timeout: TimeoutTypes = None) -> BalanceResponse:
        """``GET /v1/users/me/balance``."""
        op = self._op("billing.check_balance", timeout=timeout)
        result: BalanceResponse = await self._client._request(op)
        return result
