"""One chat completion, with the reasoning of a thinking model shown apart."""

from __future__ import annotations

from _common import MODEL, connect, heading, show
from moonshot import Moonshot


def run(client: Moonshot) -> None:
    heading(f"Chat ({MODEL})")
    reply = client.chat.completions.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "You are Kimi. Answer in one sentence."},
            {"role": "user", "content": "What is the capital of France?"},
        ],
    )
    message = reply.choices[0].message
    if message.reasoning_content:
        show("reasoning", message.reasoning_content)
    show("answer", message.content)
    usage = reply.usage
    print(f"  usage: {usage.prompt_tokens} prompt + {usage.completion_tokens} completion tokens")


if __name__ == "__main__":
    with connect() as c:
        run(c)
