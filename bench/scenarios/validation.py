"""The client-side check of a chat request, alone: ``prepare_chat_body`` + ``build_chat_kwargs``."""

from __future__ import annotations

from typing import Any

from moonshot._openapi.chat_request import build_chat_kwargs, prepare_chat_body

from bench.common import Meter
from bench.workload import MESSAGES, MODEL, PARAMS, heavy_request

REQUESTS: dict[str, tuple[list[dict[str, Any]], dict[str, Any]]] = {
    "moonshot (bench request)": (MESSAGES, PARAMS),
    "moonshot (20 messages, 4 tools)": heavy_request(),
}


def run(meter: Meter, client: str, n: int) -> int:
    """Check and build the request ``n`` times."""
    messages, params = REQUESTS[client]
    build_chat_kwargs(prepare_chat_body(MODEL, messages, params))  # load the catalog
    with meter:
        for _ in range(n):
            build_chat_kwargs(prepare_chat_body(MODEL, messages, params))
    return n
