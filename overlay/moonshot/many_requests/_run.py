"""The two runners of ``create_many``: threads for ``Moonshot``, tasks for ``AsyncMoonshot``.

Both follow :class:`~._schedule.Schedule`: send what it says, wait as long as it says or
until an answer comes, and hand every result out as it is written. Each request is sent
once per try with the client's own retries off (the schedule does the retrying, paced).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextvars
import time
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import httpx2

from .._batch_lines.results import BatchResult
from .._errors import APIResponseValidationError, MoonshotError
from .._http.base_client import AsyncBaseClient, Operation, SyncBaseClient
from .._http.gate import TOKENS_EXTENSION, asettle_usage, settle_usage
from .._http.traced import send_traced, send_traced_async
from .._http.transport import MAX_RETRIES_EXTENSION
from .._openapi.chat_request import chat_request_body
from ._schedule import Answer, Attempt, Reply, RunOptions, Schedule, Send

__all__ = ["run_async", "run_sync"]


def _operation(attempt: Attempt) -> Operation[httpx2.Response]:
    return Operation(
        chat_request_body().kwargs(attempt.request.body),
        lambda response: response,
        # Counted once here; a client's AccountLimits charge it to TPM as is.
        extensions={MAX_RETRIES_EXTENSION: 0, TOKENS_EXTENSION: attempt.tokens},
    )


def _answer(response: httpx2.Response) -> Reply:
    try:
        body = response.json()
    except ValueError as error:
        return APIResponseValidationError(
            f"could not read the {response.status_code} response: {error}", response=response
        )
    return Answer(response.status_code, response.headers, body)


def _send_sync(client: SyncBaseClient, attempt: Attempt) -> Reply:
    try:
        response = send_traced(client, _operation(attempt))
    except MoonshotError as error:
        return error
    reply = _answer(response)
    if isinstance(reply, Answer):
        settle_usage(response, reply.body)  # the account's TPM follows the answer's usage
    return reply


async def _send_async(client: AsyncBaseClient, attempt: Attempt) -> Reply:
    try:
        response = await send_traced_async(client, _operation(attempt))
    except MoonshotError as error:
        return error
    reply = _answer(response)
    if isinstance(reply, Answer):
        await asettle_usage(response, reply.body)
    return reply


def run_sync(
    client: SyncBaseClient, requests: Iterable[Any], options: RunOptions
) -> Iterator[BatchResult]:
    """Results as they arrive, sending from a pool of ``max_concurrency`` threads."""
    schedule = Schedule(requests, options)
    pool = concurrent.futures.ThreadPoolExecutor(
        max_workers=options.max_concurrency, thread_name_prefix="moonshot-many"
    )
    sending: dict[concurrent.futures.Future[Reply], Attempt] = {}
    try:
        while True:
            step = schedule.next_step()
            if step is None:
                break
            if isinstance(step, Send):
                # In a copy of this context: the request's span goes under the run's.
                sent = pool.submit(contextvars.copy_context().run, _send_sync, client, step.attempt)
                sending[sent] = step.attempt
                continue
            if isinstance(step, BatchResult):
                yield step
                continue
            if not sending:
                time.sleep(step.seconds or 0.0)
                continue
            finished, _ = concurrent.futures.wait(
                sending, timeout=step.seconds, return_when=concurrent.futures.FIRST_COMPLETED
            )
            for future in finished:
                result = schedule.settle(sending.pop(future), future.result())
                if result is not None:
                    yield result
    finally:
        # Stopped early (or failing): keep what the requests in flight bring back.
        pool.shutdown(wait=True, cancel_futures=True)
        for future, attempt in sending.items():
            if future.done() and not future.cancelled():
                schedule.settle(attempt, future.result())
        schedule.close()
    error = schedule.stop_error()
    if error is not None:
        raise error


async def run_async(
    client: AsyncBaseClient, requests: Iterable[Any], options: RunOptions
) -> AsyncIterator[BatchResult]:
    """Results as they arrive, sending from up to ``max_concurrency`` asyncio tasks."""
    schedule = Schedule(requests, options)
    sending: dict[asyncio.Task[Reply], Attempt] = {}
    try:
        while True:
            step = schedule.next_step()
            if step is None:
                break
            if isinstance(step, Send):
                sending[asyncio.create_task(_send_async(client, step.attempt))] = step.attempt
                continue
            if isinstance(step, BatchResult):
                yield step
                continue
            if not sending:
                await asyncio.sleep(step.seconds or 0.0)
                continue
            finished, _ = await asyncio.wait(
                sending, timeout=step.seconds, return_when=asyncio.FIRST_COMPLETED
            )
            for task in finished:
                result = schedule.settle(sending.pop(task), task.result())
                if result is not None:
                    yield result
    finally:
        for task, attempt in sending.items():
            if task.done() and not task.cancelled():
                schedule.settle(attempt, task.result())
            else:
                task.cancel()
        schedule.close()
    error = schedule.stop_error()
    if error is not None:
        raise error
