"""Spans for code that sends and reads the HTTP answer itself (``create_many``, downloads)."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import httpx2

if TYPE_CHECKING:
    from .base_client import AsyncBaseClient, Operation, SyncBaseClient

__all__ = ["send_traced", "send_traced_async", "traced_download", "traced_download_async"]


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


def traced_download(
    download: Callable[[SyncBaseClient, Operation[Any], Any], int],
) -> Callable[[SyncBaseClient, Operation[Any], Any], int]:
    """A span around a function that sends ``op`` and reads its body to the end itself
    (``files.download``): from the send to the last byte, with the bytes written."""

    @functools.wraps(download)
    def traced(client: SyncBaseClient, op: Operation[Any], destination: Any) -> int:
        call = client._telemetry.start(op)
        try:
            written = download(client, op, destination)
        except BaseException as error:
            call.failed(error)
            raise
        call.wrote(written)
        return written

    return traced


def traced_download_async(
    download: Callable[[AsyncBaseClient, Operation[Any], Any], Awaitable[int]],
) -> Callable[[AsyncBaseClient, Operation[Any], Any], Awaitable[int]]:
    """:func:`traced_download` for the async client."""

    @functools.wraps(download)
    async def traced(client: AsyncBaseClient, op: Operation[Any], destination: Any) -> int:
        call = client._telemetry.start(op)
        try:
            written = await download(client, op, destination)
        except BaseException as error:
            call.failed(error)
            raise
        call.wrote(written)
        return written

    return traced
