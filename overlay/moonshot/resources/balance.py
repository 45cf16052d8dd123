"""``client.balance``: the account's available, voucher and cash balance."""

from __future__ import annotations

from moonshot_openapi.api.billing import check_balance
from moonshot_openapi.models import BalanceResponse

from .._base_client import AsyncBaseClient, SyncBaseClient
from .._config import TimeoutTypes
from ._resource import Resource


class Balance(Resource[SyncBaseClient]):
    def retrieve(self, *, timeout: TimeoutTypes = None) -> BalanceResponse:
        """``GET /v1/users/me/balance``."""
        result: BalanceResponse = self._client._request(self._op(check_balance, timeout=timeout))
        return result


class AsyncBalance(Resource[AsyncBaseClient]):
    async def retrieve(self, *, timeout: TimeoutTypes = None) -> BalanceResponse:
        """``GET /v1/users/me/balance``."""
        op = self._op(check_balance, timeout=timeout)
        result: BalanceResponse = await self._client._request(op)
        return result
