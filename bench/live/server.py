"""The local server with its rate-limit knobs, in a process of its own for the live bench.

Prints ``URL <url>`` once serving. Reads commands on stdin: ``stats <key-prefix>`` prints
one JSON line of chat answer counts by status since the last ``stats`` (the server keeps
no key in its records, so the bench runs one client at a time); EOF stops it.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys

from moonshot.testing import LocalMoonshot

CHAT = "/v1/chat/completions"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate-limit", type=int)
    parser.add_argument("--window", type=float, default=60.0)
    parser.add_argument("--concurrency-limit", type=int)
    parser.add_argument("--token-limit", type=int)
    parser.add_argument("--latency", type=float, default=0.0)
    args = parser.parse_args()
    server = LocalMoonshot(
        rate_limit=args.rate_limit,
        rate_limit_window=args.window,
        concurrency_limit=args.concurrency_limit,
        token_limit=args.token_limit,
    )
    with server:
        if args.latency:
            server.faults.delay(args.latency, count=None, path=CHAT)
        print(f"URL {server.url}", flush=True)
        seen = 0
        for line in sys.stdin:
            if line.strip() == "stats":
                records = server.requests
                counts = collections.Counter(
                    str(r.status) for r in records[seen:] if r.path == CHAT
                )
                seen = len(records)
                print(json.dumps(counts), flush=True)


if __name__ == "__main__":
    main()
