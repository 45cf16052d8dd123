"""The tour: every feature once, against a local server (or the API with MOONSHOT_API_KEY).

make demo            # or: .venv/bin/python examples/demo.py
MOONSHOT_DEMO_TRACE=1 make demo   # and print the OpenTelemetry span of every call
"""

from __future__ import annotations

import sys
import time

import agent
import anthropic_messages
import batch
import chat
import file_qa
import image_part
import many
import models_and_balance
import moonshot
import official_tools
import responses_api
import stream_chat
import token_estimate
import tool_call
import web_tools
from _common import connect
from _trace import trace_to_console

STEPS = (
    models_and_balance,
    chat,
    stream_chat,
    tool_call,
    agent,
    file_qa,
    image_part,
    token_estimate,
    batch,
    many,
    responses_api,
    anthropic_messages,
    web_tools,
    official_tools,
)


def main() -> int:
    started = time.monotonic()
    trace_to_console()
    try:
        with connect() as client:
            for step in STEPS:
                step.run(client)
    except moonshot.MoonshotError as error:
        print(f"\ndemo failed: {error}", file=sys.stderr)
        return 1
    print(f"\nDemo finished in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
