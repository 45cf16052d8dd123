"""The local server's web: a small canned index for the web tools, offline and deterministic.

``search`` ranks the pages by how many of the query's words they contain (title words
count twice), ties by URL; ``search_pro`` also filters by ``sites`` and
``time_window`` and returns the best sentences as scored chunks; ``fetch`` gives a
page's markdown. A query no canned page matches gets one made-up page about its words,
and any other URL a made-up page (``_any_page``): every query and URL has an answer,
the same each time. A URL on ``blocked.example`` is refused as a security risk (403),
one on ``nowhere.example`` has no extractable content (404), as the document describes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from ._any_page import SEARCH_HOST, Page, page_for_query, page_for_url
from ._errors import ServerError

__all__ = ["PAGES", "WebIndex"]

_WORD = re.compile(r"[a-z0-9]+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
BLOCKED_HOST = "blocked.example"
MISSING_HOST = "nowhere.example"


PAGES: tuple[Page, ...] = (
    Page(
        "https://moon.example/guide/phases",
        "Phases of the Moon",
        "Moon Example",
        "2026-03-02",
        "reference",
        "# Phases of the Moon\n\nThe Moon shows eight phases over a synodic month of about "
        "29.5 days. A new moon sits between the Earth and the Sun. A full moon is opposite "
        "the Sun and rises at sunset.",
    ),
    Page(
        "https://moon.example/guide/tides",
        "How the Moon drives the tides",
        "Moon Example",
        "2026-05-14",
        "reference",
        "# How the Moon drives the tides\n\nThe Moon's gravity pulls the oceans into two "
        "bulges, so most coasts see two high tides a day. Spring tides follow new and full "
        "moons; neap tides follow the quarter phases.",
    ),
    Page(
        "https://kimi.example/blog/long-context",
        "Working with long context windows",
        "Kimi Example Blog",
        "2026-07-01",
        "blog",
        "# Working with long context windows\n\nA long context window lets a model read "
        "whole reports at once. Put the question after the document. Context caching "
        "makes repeated prefixes cheaper and faster.",
    ),
    Page(
        "https://kimi.example/blog/tool-calls",
        "Tool calls step by step",
        "Kimi Example Blog",
        "2026-08-09",
        "blog",
        "# Tool calls step by step\n\nThe model answers with a tool call, your code runs the "
        "tool, and the result goes back as a tool message. Keep the reasoning content of "
        "the assistant turn when you send the conversation again.",
    ),
    Page(
        "https://python.example/tutorial/streaming",
        "Streaming HTTP responses in Python",
        "Python Example",
        "2025-11-20",
        "tutorial",
        "# Streaming HTTP responses in Python\n\nServer-sent events arrive as lines of text; "
        "a blank line ends each event. Read the body incrementally and decode each event as "
        "soon as it is complete.",
    ),
    Page(
        "https://weather.example/paris",
        "Weather in Paris",
        "Weather Example",
        "2026-11-29",
        "news",
        "# Weather in Paris\n\nParis is mild and cloudy today with a high of 12 degrees. "
        "Light rain is expected in the evening.",
    ),
)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _normal_url(url: str) -> str:
    return url.rstrip("/")


class WebIndex:
    """Search and fetch over :data:`PAGES` (or the pages given)."""

    def __init__(self, pages: Sequence[Page] = PAGES) -> None:
        self.pages = tuple(pages)

    def _ranked(self, query: str) -> list[tuple[int, Page]]:
        wanted = set(_words(query))
        ranked: list[tuple[int, Page]] = []
        for page in self.pages:
            score = sum(2 for w in set(_words(page.title)) if w in wanted) + sum(
                1 for w in set(_words(page.markdown)) if w in wanted
            )
            if score:
                ranked.append((score, page))
        ranked.sort(key=lambda found: (-found[0], found[1].url))
        return ranked

    @staticmethod
    def _sentences(page: Page, query: str) -> list[tuple[float, str]]:
        wanted = set(_words(query))
        body = page.markdown.split("\n\n", 1)[-1]
        scored = []
        for sentence in _SENTENCE.split(body):
            words = set(_words(sentence))
            if words and wanted:
                scored.append((round(len(words & wanted) / len(wanted), 4), sentence))
        scored.sort(key=lambda found: -found[0])
        return scored

    def _result(self, page: Page, query: str) -> dict[str, Any]:
        best = self._sentences(page, query)
        return {
            "authority": page.authority,
            "date": page.date,
            "icon": f"https://{page.host}/favicon.ico",
            "mime": "text/html",
            "site_name": page.site_name,
            "snippet": best[0][1] if best else page.title,
            "title": page.title,
            "url": page.url,
        }

    def search(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """A ``ToolsSearchResponse`` for a checked ``ToolsSearchRequest``."""
        query = str(body["text_query"])
        results = []
        ranked = self._ranked(query) or [(0, page_for_query(query))]
        for _, page in ranked[: int(body.get("limit", 5))]:
            text = page.markdown if body.get("include_content") else ""
            results.append({**self._result(page, query), "text": text})
        return {"search_results": results}

    def search_pro(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """A ``ToolsSearchProResponse`` for a checked ``ToolsSearchProRequest``."""
        query = str(body["text_query"])
        sites = [str(s).lower() for s in body.get("sites") or []]
        window = body.get("time_window") or {}
        start, end = str(window.get("start") or "")[:10], str(window.get("end") or "")[:10]
        kept: list[Page] = []
        for _, page in self._ranked(query):
            if sites and not any(page.host == s or page.host.endswith("." + s) for s in sites):
                continue
            if (start and page.date < start) or (end and page.date > end):
                continue
            kept.append(page)
        if not kept:  # a page on the first site asked for, dated inside the window
            host = sites[0] if sites else SEARCH_HOST
            kept = [page_for_query(query, host, date=start or end or None)]
        results = []
        for page in kept:
            chunks = [{"text": t, "score": s} for s, t in self._sentences(page, query)[:3]]
            results.append({**self._result(page, query), "chunks": chunks})
        return {"search_results": results[: int(body.get("limit", 5))]}

    def fetch(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """A ``ToolsFetchResponse``; 400 / 403 / 404 as the document describes."""
        url = str(body["url"])
        try:
            split = urlsplit(url)
        except ValueError:  # "http://[": not a URL at all
            raise ServerError(400, f"Invalid request: malformed URL {url!r}") from None
        if split.scheme not in ("http", "https") or not split.hostname:
            raise ServerError(400, f"Invalid request: malformed URL {url!r}")
        if split.hostname == BLOCKED_HOST:
            raise ServerError(
                403, "The URL was blocked by security risk control", code="security_risk"
            )
        if split.hostname == MISSING_HOST:
            raise ServerError(
                404, f"No extractable content found for {url}", code="markdown_not_found"
            )
        for page in self.pages:
            if _normal_url(page.url) == _normal_url(url):
                return {"url": page.url, "title": page.title, "markdown": page.markdown}
        made = page_for_url(url)
        return {"url": url, "title": made.title, "markdown": made.markdown}
