"""What every example shares: a client for the real API, or for a local server.

With ``MOONSHOT_API_KEY`` set, examples talk to the real API (``MOONSHOT_BASE_URL`` may
point elsewhere). Without it, they start :class:`moonshot.testing.LocalMoonshot` on
127.0.0.1 and stop it afterwards, so every example runs offline.
"""

from __future__ import annotations

import contextlib
import os
import textwrap
from collections.abc import Iterator

from moonshot import Moonshot
from moonshot.testing import LocalMoonshot

MODEL = os.environ.get("MOONSHOT_DEMO_MODEL", "kimi-k3")


@contextlib.contextmanager
def connect() -> Iterator[Moonshot]:
    """A client: the real API when MOONSHOT_API_KEY is set, else a local server."""
    if os.environ.get("MOONSHOT_API_KEY"):
        print("Using the Moonshot API (MOONSHOT_API_KEY is set)")
        with Moonshot() as client:
            yield client
        return
    with LocalMoonshot(batch_step_seconds=0.2) as server:
        print(f"Using a local Moonshot server at {server.url} (set MOONSHOT_API_KEY for the API)")
        with Moonshot(base_url=server.url, api_key="local-demo-key") as client:
            yield client


def heading(title: str) -> None:
    print(f"\n=== {title} " + "=" * max(0, 66 - len(title)))


def show(label: str, text: str | None, width: int = 88) -> None:
    """``label: text``, wrapped and indented."""
    body = textwrap.fill(text or "", width=width, subsequent_indent="    ")
    print(f"  {label}: {body}")
