"""The Responses API: one answer, then the same question streamed as typed events."""

from __future__ import annotations

import sys

from _common import connect, heading, show
from moonshot import Moonshot

MODEL = "kimi-k3"  # the model the API document gives for /v1/responses


def run(client: Moonshot) -> None:
    heading("Responses API")
    response = client.responses.create(
        model=MODEL, input="What is a synodic month?", reasoning={"effort": "low"}
    )
    for item in response.to_dict()["output"]:
        if item["type"] == "reasoning":
            show("reasoning", " ".join(part["text"] for part in item["summary"]))
        if item["type"] == "message":
            show("answer", item["content"][0]["text"])
    with client.responses.create(model=MODEL, input="And a sidereal one?", stream=True) as stream:
        sys.stdout.write("  streamed: ")
        for text in stream.text_deltas():
            sys.stdout.write(text)
        final = stream.get_final_response()
    print(f"\n  ({final.usage.output_tokens} output tokens, status {final.status})")


if __name__ == "__main__":
    with connect() as c:
        run(c)
