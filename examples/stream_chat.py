"""A streamed answer printed as it arrives; reasoning printed apart, before it."""

from __future__ import annotations

import sys

from _common import MODEL, connect, heading
from moonshot import Moonshot


def run(client: Moonshot) -> None:
    heading("Streaming")
    section = None
    with client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "Explain streaming responses in two sentences."}],
        stream=True,
    ) as stream:
        for chunk in stream:
            delta = chunk.choices[0].delta if chunk.choices else None
            if delta is None:
                continue
            for kind, text in (("reasoning", delta.reasoning_content), ("answer", delta.content)):
                if not text:
                    continue
                if section != kind:
                    sys.stdout.write(f"\n  {kind}: " if section else f"  {kind}: ")
                    section = kind
                sys.stdout.write(text)
                sys.stdout.flush()
        final = stream.get_final_completion()
    print(f"\n  ({final.usage.completion_tokens} completion tokens)")


if __name__ == "__main__":
    with connect() as c:
        run(c)
