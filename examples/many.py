"""Many chat requests now, under rate limits, resumable: ``chat.completions.create_many``."""

from __future__ import annotations

import tempfile
from pathlib import Path

from _common import MODEL, connect, heading, show
from moonshot import Moonshot
from moonshot.many_requests import Progress

TOPICS = ["tea", "rivers", "owls", "bridges", "maps", "bells", "salt", "kites"]


def run(client: Moonshot) -> None:
    heading("Many requests under rate limits")
    requests = [
        {
            "custom_id": topic,
            "body": {
                "model": MODEL,
                "messages": [{"role": "user", "content": f"One sentence about {topic}."}],
                "max_completion_tokens": 64,
            },
        }
        for topic in TOPICS
    ]

    def progress(p: Progress) -> None:
        if p.done == p.total:
            print(f"  ... {p.done} done, {p.failed} failed, {p.rate_limited} rate-limited")

    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "results.jsonl"
        results = client.chat.completions.create_many(
            requests[:5], max_concurrency=4, rpm=300, output=output, on_progress=progress
        )
        for result in results:
            completion = result.completion
            show(
                str(result.custom_id),
                completion.choices[0].message.content if completion else str(result.error),
            )
        # A rerun with the same output sends only what is not there yet (as after a crash).
        rest = [
            r.custom_id
            for r in client.chat.completions.create_many(requests, rpm=300, output=output)
        ]
        print(
            f"  rerun sent only {rest}; the file has {len(output.read_text().splitlines())} lines"
        )


if __name__ == "__main__":
    with connect() as c:
        run(c)
