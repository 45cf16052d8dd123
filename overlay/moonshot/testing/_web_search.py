"""``$web_search`` the way Moonshot documents it, offline.

The model emits the call's ``arguments`` (a search id and ``usage.total_tokens``, the
tokens the results will occupy); the caller echoes them back as the ``role: tool``
content; the next answer is written from the search results, and those tokens count
towards ``prompt_tokens``. The results are the canned pages that share words with the
query, best first, or for a query none matches one made-up page about its words
(``_any_page``): any query has results, the same each time, and no network is touched.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from typing import Any

from ._any_page import page_for_query
from ._tokens import count_text

__all__ = ["WEB_SEARCH", "search_answer", "search_arguments", "search_results"]

WEB_SEARCH = "$web_search"
_WORD = re.compile(r"[\w'-]+")

CANNED_PAGES: tuple[dict[str, str], ...] = (
    {
        "title": "Context Caching - Kimi API",
        "url": "https://local.invalid/kimi/context-caching",
        "snippet": "Context caching stores a repeated prompt prefix so later requests "
        "that start with it are cheaper and faster; cached tokens show in usage.",
    },
    {
        "title": "Tool calls with Kimi",
        "url": "https://local.invalid/kimi/tool-calls",
        "snippet": "The model returns tool_calls; the caller runs each tool and sends the "
        "results back as role tool messages with the matching tool_call_id.",
    },
    {
        "title": "Thinking models and reasoning_content",
        "url": "https://local.invalid/kimi/thinking",
        "snippet": "Thinking models return reasoning_content; keep it on assistant turns "
        "sent back during a tool loop.",
    },
    {
        "title": "Weather in Oslo today",
        "url": "https://local.invalid/weather/oslo",
        "snippet": "Oslo: 12 degrees Celsius, light rain in the afternoon, wind 4 m/s.",
    },
    {
        "title": "Moonshot AI",
        "url": "https://local.invalid/moonshot-ai",
        "snippet": "Moonshot AI builds the Kimi models and the Kimi API platform.",
    },
)


def search_results(query: str, limit: int = 3) -> list[dict[str, str]]:
    """The canned pages sharing most words with ``query``, else one made-up page for it
    (always at least one result)."""
    wanted = {w.lower() for w in _WORD.findall(query) if len(w) > 2}

    def score(page: Mapping[str, str]) -> int:
        words = {w.lower() for w in _WORD.findall(page["title"] + " " + page["snippet"])}
        return len(wanted & words)

    ranked = [page for page in sorted(CANNED_PAGES, key=score, reverse=True) if score(page)]
    if not ranked:
        made = page_for_query(query)
        return [{"title": made.title, "url": made.url, "snippet": made.snippet}]
    return [dict(page) for page in ranked[:limit]]


def _results_text(query: str) -> str:
    return json.dumps(search_results(query), ensure_ascii=False)


def search_arguments(query: str) -> dict[str, Any]:
    """The ``arguments`` of a ``$web_search`` call for ``query``."""
    search_id = hashlib.sha256(query.encode("utf-8")).hexdigest()[:24]
    return {
        "search_result": {"search_id": search_id, "query": query},
        "usage": {"total_tokens": count_text(_results_text(query))},
    }


def search_answer(arguments_text: str, echoed: str) -> tuple[str, int] | None:
    """The answer after the caller echoed a call's arguments, and the search tokens;
    None when ``echoed`` is not the arguments as they were sent."""
    try:
        sent, back = json.loads(arguments_text), json.loads(echoed)
    except ValueError:
        return None
    if sent != back:
        return None
    query = str(sent.get("search_result", {}).get("query", ""))
    pages = search_results(query)
    lines = [f"{n}. {p['title']} ({p['url']}): {p['snippet']}" for n, p in enumerate(pages, 1)]
    answer = f'Web search for "{query}" found {len(pages)} results.\n' + "\n".join(lines)
    return answer, int(sent.get("usage", {}).get("total_tokens", 0))
