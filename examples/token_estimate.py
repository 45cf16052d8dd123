"""Estimate how many tokens a conversation takes before sending it."""

from __future__ import annotations

from _common import MODEL, connect, heading
from moonshot import Moonshot


def run(client: Moonshot) -> None:
    heading("Token estimate")
    messages = [
        {"role": "system", "content": "You are Kimi, a helpful assistant."},
        {"role": "user", "content": "Summarise the plot of Hamlet in three sentences."},
    ]
    estimate = client.tokenizers.estimate_token_count(model=MODEL, messages=messages)
    print(f"  {len(messages)} messages -> about {estimate.data.total_tokens} tokens")


if __name__ == "__main__":
    with connect() as c:
        run(c)
