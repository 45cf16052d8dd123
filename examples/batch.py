"""A batch from chat requests to results: create, wait with progress, read the answers."""

from __future__ import annotations

import moonshot
from _common import MODEL, connect, heading, show
from moonshot import Moonshot

QUESTIONS = ["Name a prime number.", "Name a primary colour.", "Name a planet."]


def run(client: Moonshot) -> None:
    heading("Batch")
    requests = [
        {
            "custom_id": f"q{i}",
            "body": {"model": MODEL, "messages": [{"role": "user", "content": question}]},
        }
        for i, question in enumerate(QUESTIONS, start=1)
    ]
    batch = client.batches.create_from_requests(requests)
    print(f"  created {batch.id} ({len(requests)} requests)")

    def progress(current: object) -> None:
        counts = current.request_counts  # type: ignore[attr-defined]
        status = current.status.value  # type: ignore[attr-defined]
        print(f"  ... {status}: {counts.completed + counts.failed}/{counts.total}")

    try:
        batch = client.batches.wait(batch.id, poll_interval=0.1, timeout=900, on_update=progress)
    except moonshot.BatchWaitTimeout as timeout:
        print(f"  still {timeout.batch.status.value} after 15 minutes; check it later")
        return
    for result in client.batches.results(batch):
        completion = result.completion
        text = completion.choices[0].message.content if completion else f"failed: {result.error}"
        show(str(result.custom_id), text)


if __name__ == "__main__":
    with connect() as c:
        run(c)
