"""Writing a file's content to a path or a binary file object as it arrives.

Memory stays flat whatever the size: each decoded piece (at most one network read, or
one bounded inflate step) is written before the next is read. On an error the
destination keeps what arrived, and the exception says what happened.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator, Iterator
from typing import IO, Any

import anyio
import httpx2

from .._errors import ValidationError
from .base_client import AsyncBaseClient, Operation, SyncBaseClient, body_error
from .bounded_read import TimeUp, adecoded, apaced, decoded, paced
from .limits import response_cap
from .traced import traced_download, traced_download_async

__all__ = ["Destination", "download", "download_async"]

Destination = str | os.PathLike[str] | IO[bytes]


def _check(destination: object) -> None:
    if isinstance(destination, str | os.PathLike):
        return
    if not callable(getattr(destination, "write", None)):
        raise ValidationError(
            "destination: expected a path or a binary file object with write(), "
            f"got {type(destination).__name__}",
            field="destination",
        )


@contextlib.contextmanager
def _sink(destination: Destination) -> Iterator[IO[bytes]]:
    if isinstance(destination, str | os.PathLike):
        with open(destination, "wb") as file:
            yield file
    else:
        yield destination


@traced_download
def download(client: SyncBaseClient, op: Operation[Any], destination: Destination) -> int:
    """Send ``op`` and write its body to ``destination``; the number of bytes written."""
    _check(destination)
    at = client._deadline_at(op)
    response = client._send(op, stream=True, deadline_at=at)
    watch = client._watch(op, at)
    watch.start(response)
    written = 0
    try:
        with _sink(destination) as sink:
            cap = response_cap(op.bounds, client._config.bounds)
            for piece in paced(decoded(response, cap), watch):
                sink.write(piece)
                written += len(piece)
    except (httpx2.TransportError, httpx2.DecodingError, TimeUp) as error:
        raise body_error(error, response) from error
    finally:
        watch.stop()
        response.close()
    return written


async def _write_all(pieces: AsyncIterator[bytes], destination: Destination) -> int:
    written = 0
    if isinstance(destination, str | os.PathLike):
        async with await anyio.open_file(destination, "wb") as file:
            async for piece in pieces:
                await file.write(piece)
                written += len(piece)
    else:
        async for piece in pieces:
            destination.write(piece)
            written += len(piece)
    return written


@traced_download_async
async def download_async(
    client: AsyncBaseClient, op: Operation[Any], destination: Destination
) -> int:
    """The async twin of :func:`download` (a path is written from a worker thread)."""
    _check(destination)
    at = client._deadline_at(op)
    response = await client._send(op, stream=True, deadline_at=at)
    watch = client._watch(op, at)
    try:
        cap = response_cap(op.bounds, client._config.bounds)
        return await _write_all(apaced(adecoded(response, cap), watch), destination)
    except (httpx2.TransportError, httpx2.DecodingError, TimeUp) as error:
        raise body_error(error, response) from error
    finally:
        await response.aclose()
