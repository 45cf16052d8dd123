"""Where the client's CPU per sync chat request goes, beside raw httpx2.

``python -m bench.overhead [--requests N] [--rounds R]`` measures, in interleaved
rounds against ``bench/server.py``, the client CPU per request of raw httpx2, of
``Moonshot``, and of ``Moonshot`` with its request check, its response parsing or both
replaced by the bare minimum (a body built beforehand, ``response.json()``). The
differences split the client's own cost into check, parse and call glue. A diagnostic,
not a target: the harness (``make bench``) holds the targets.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx2
import moonshot
from moonshot._http import base_client
from moonshot._openapi.chat_request import chat_request_body, prepare_chat_body

from bench.common import BenchServer
from bench.workload import API_KEY, MESSAGES, MODEL, PARAMS, chat_body


@contextmanager
def _without_check(body: dict[str, Any]) -> Iterator[None]:
    request = chat_request_body()
    request.check = lambda params: dict(body)  # type: ignore[method-assign]
    try:
        yield
    finally:
        del request.check


@contextmanager
def _without_parse() -> Iterator[None]:
    real = base_client._parse
    base_client._parse = lambda op, response: response.json()  # type: ignore[assignment]
    try:
        yield
    finally:
        base_client._parse = real


def _variants(api_url: str) -> tuple[dict[str, Callable[[], object]], Callable[[], None]]:
    client = moonshot.Moonshot(api_key=API_KEY, base_url=api_url)
    raw = httpx2.Client(base_url=api_url, headers={"Authorization": f"Bearer {API_KEY}"})
    body = chat_body()
    checked = prepare_chat_body(MODEL, MESSAGES, PARAMS)

    def moonshot_call() -> object:
        return client.chat.completions.create(model=MODEL, messages=MESSAGES, **PARAMS)

    def raw_call() -> object:
        response = raw.post("/chat/completions", json=body)
        response.raise_for_status()
        return response.json()

    def no_check() -> object:
        with _without_check(checked):
            return moonshot_call()

    def no_parse() -> object:
        with _without_parse():
            return moonshot_call()

    def neither() -> object:
        with _without_check(checked), _without_parse():
            return moonshot_call()

    def close() -> None:
        client.close()
        raw.close()

    variants = {
        "raw httpx2": raw_call,
        "moonshot": moonshot_call,
        "no request check": no_check,
        "no response parsing": no_parse,
        "neither (call glue only)": neither,
    }
    return variants, close


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="per variant per round")
    parser.add_argument("--rounds", type=int, default=12)
    args = parser.parse_args()
    with BenchServer(100) as server:
        variants, close = _variants(server.api_url)
        try:
            for call in variants.values():
                for _ in range(50):
                    call()
            samples: dict[str, list[float]] = {name: [] for name in variants}
            names = list(variants)
            for turn in range(args.rounds):
                shift = turn % len(names)
                for name in names[shift:] + names[:shift]:
                    call = variants[name]
                    started = time.process_time()
                    for _ in range(args.requests):
                        call()
                    spent = time.process_time() - started
                    samples[name].append(spent / args.requests * 1e6)
        finally:
            close()
    floor = statistics.median(samples["raw httpx2"])
    print("| variant | CPU µs/request (median) | vs raw httpx2 |")
    print("|---|---|---|")
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"| {name} | {median:.1f} | {median / floor:.3f}x |")


if __name__ == "__main__":
    main()
