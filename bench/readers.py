"""What reading one answer costs: the generated builders beside the generated ``from_dict``.

``python -m bench.readers [--calls N] [--rounds R]`` builds the bench's chat completion
(``bench/server.py``) in interleaved rounds with the builder ``make generate`` writes
(tolerant, and strict), with the generator's own ``ChatCompletionResponse.from_dict``,
and a drifted answer (a cached prompt: ``prompt_tokens_details`` without
``cache_write_tokens``) tolerantly; ``json.loads`` of the same body is the scale. CPU
µs per answer (median of the rounds) and the ratio to ``from_dict``. A diagnostic, not a
target (the harness holds the targets).
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

import moonshot  # noqa: F401  (the overlay's patches on the models)
from moonshot._openapi import generated

from bench.server import COMPLETION


def _variants() -> dict[str, Callable[[], object]]:
    cls = generated.ChatCompletionResponse
    body: dict[str, Any] = copy.deepcopy(COMPLETION)
    drifted = copy.deepcopy(COMPLETION)
    drifted["usage"]["prompt_tokens_details"] = {"cached_tokens": 10}  # type: ignore[index]
    text = json.dumps(body)
    generated.build(cls, drifted)  # the one DEBUG line per deviation is not what is timed
    return {
        "json.loads (scale)": lambda: json.loads(text),
        "generated from_dict": lambda: cls.from_dict(body),
        "builder (tolerant)": lambda: generated.build(cls, body),
        "builder (strict)": lambda: generated.build(cls, body, strict=True),
        "builder, drifted answer (tolerant)": lambda: generated.build(cls, drifted),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=20000, help="per variant per round")
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    variants = _variants()
    samples: dict[str, list[float]] = {name: [] for name in variants}
    names = list(variants)
    for turn in range(args.rounds):
        shift = turn % len(names)
        for name in names[shift:] + names[:shift]:
            call = variants[name]
            started = time.process_time()
            for _ in range(args.calls):
                call()
            samples[name].append((time.process_time() - started) / args.calls * 1e6)
    base = statistics.median(samples["generated from_dict"])
    print("| reading the chat completion | CPU µs/answer (median) | vs generated from_dict |")
    print("|---|---|---|")
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"| {name} | {median:.2f} | {median / base:.2f}x |")


if __name__ == "__main__":
    main()
