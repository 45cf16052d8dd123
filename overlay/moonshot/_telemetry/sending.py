"""A traced send for code that reads the HTTP answer itself (``create_many``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx2

if TYPE_CHECKING:
    from .._http.base_client import AsyncBaseClient, Operation, SyncBaseClient

__all__ = ["send_traced", "send_traced_async"]


def send_traced(client: SyncBaseClient, op: Operation[Any]) -> httpx2.Response:
    """``client._send(op)`` with the call's span and metrics around it."""
    call = client._telemetry.start(op)
    try:
        response = client._send(op)
    except BaseException as error:
        call.failed(error)
        raise
    call.received(response)
    return response


async def send_traced_async(client: AsyncBaseClient, op: Operation[Any]) -> httpx2.Response:
    """:func:`send_traced` on the async client."""
    call = client._telemetry.start(op)
    try:
        response = await client._send(op)
    except BaseException as error:
        call.failed(error)
        raise
    call.received(response)
    return response
