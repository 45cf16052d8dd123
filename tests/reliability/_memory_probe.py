"""One call against a fault server, in a fresh process, reporting its peak memory.

``python tests/reliability/_memory_probe.py CLIENT MODE FAULT URL MODEL [DEST]`` makes one
warm-up request (so imports and first-call caches are paid before measuring), resets
the kernel's peak-RSS mark (``/proc/self/clear_refs``), makes the faulty call and
prints JSON: RSS before, peak RSS, what the call ended in, and how long it took.
CLIENT is ``moonshot`` or ``openai``; MODE ``sync`` or ``async``; FAULT ``bomb``,
``line``, ``stream`` or ``download``; MODEL the chat model asked for (the test takes it
from the API document).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from typing import Any

KEY = "sk-memory-probe"
MESSAGES = [{"role": "user", "content": "Hello"}]
MODEL = ""  # set from the command line


def _status(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def _reset_peak() -> None:
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")


def _client(name: str, mode: str, url: str) -> Any:
    if name == "openai":
        import openai

        cls: Any = openai.OpenAI if mode == "sync" else openai.AsyncOpenAI
        return cls(api_key=KEY, base_url=url, max_retries=0)
    import moonshot

    cls = moonshot.Moonshot if mode == "sync" else moonshot.AsyncMoonshot
    return cls(api_key=KEY, base_url=url, max_retries=0)


async def _maybe(value: Any) -> Any:
    return await value if hasattr(value, "__await__") else value


async def _fault(client: Any, fault: str, dest: str) -> Any:
    chat = client.chat.completions
    if fault == "bomb":
        return await _maybe(chat.create(model=MODEL, messages=MESSAGES))
    if fault in ("line", "stream"):
        stream = await _maybe(chat.create(model=MODEL, messages=MESSAGES, stream=True))
        count = 0
        if hasattr(stream, "__aiter__"):
            async for _ in stream:
                count += 1
        else:
            for _ in stream:
                count += 1
        return count
    if fault == "download":
        return await _maybe(client.files.download("file-1", dest))
    raise AssertionError(fault)


async def _warm_up(client: Any, fault: str, dest: str) -> None:
    chat = client.chat.completions
    if fault in ("line", "stream"):
        stream = await _maybe(chat.create(model=MODEL, messages=MESSAGES, stream=True))
        _ = [chunk async for chunk in stream] if hasattr(stream, "__aiter__") else list(stream)
    elif fault == "download":
        await _maybe(client.files.download("file-0", dest))
    else:
        await _maybe(chat.create(model=MODEL, messages=MESSAGES))


async def probe(name: str, mode: str, fault: str, url: str, dest: str) -> dict[str, Any]:
    client = _client(name, mode, url)
    await _warm_up(client, fault, dest)
    _reset_peak()
    before = _status("VmRSS")
    started = time.monotonic()
    try:
        result = await _fault(client, fault, dest)
        outcome = f"ok: {type(result).__name__}"
        if fault == "download":
            outcome = f"ok: {result} bytes written"
    except Exception as error:
        outcome = f"{type(error).__name__}: {str(error)[:300]}"
    seconds = time.monotonic() - started
    peak = _status("VmHWM")
    return {
        "before": before,
        "peak": peak,
        "growth": peak - before,
        "outcome": outcome,
        "seconds": round(seconds, 2),
    }


def main() -> None:
    global MODEL
    name, mode, fault, url, MODEL = sys.argv[1:6]
    dest = sys.argv[6] if len(sys.argv) > 6 else ""
    print(json.dumps(asyncio.run(probe(name, mode, fault, url, dest))))


if __name__ == "__main__":
    main()
