"""The client-side check of a chat request, alone: what ``Resource._json_op`` does with the
body (``ChatRequestBody.check`` + ``.kwargs``)."""

from __future__ import annotations

from typing import Any

from moonshot._openapi.chat_request import chat_request_body

from bench.common import Meter
from bench.workload import MESSAGES, MODEL, PARAMS, heavy_request

REQUESTS: dict[str, tuple[list[dict[str, Any]], dict[str, Any]]] = {
    "moonshot (bench request)": (MESSAGES, PARAMS),
    "moonshot (20 messages, 4 tools)": heavy_request(),
}


def run(meter: Meter, client: str, n: int) -> int:
    """Check and build the request ``n`` times."""
    messages, params = REQUESTS[client]
    request = chat_request_body()  # the catalog, read once
    request.kwargs(request.check({"model": MODEL, "messages": messages, **params}))
    with meter:
        for _ in range(n):
            request.kwargs(request.check({"model": MODEL, "messages": messages, **params}))
    return n
