"""A made-up page for any query or URL: the local web's answer beyond its canned pages.

The page depends only on the URL (host and last path segment), so the same query or
URL always gives the same page, in every process, and fetching a result's URL gives
the page the search described. Nothing touches the network.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from dataclasses import dataclass
from urllib.parse import SplitResult, quote, unquote, urlsplit

__all__ = ["SEARCH_HOST", "Page", "host_name", "page_for_query", "page_for_url"]

SEARCH_HOST = "search.example"
_WORD = re.compile(r"[^\W_]+")
_DIGEST = re.compile(r"^[0-9a-f]{8}$")
# Dot-separated labels of letters, digits and hyphens: what makes a URL whose host reads back.
_HOST = re.compile(r"^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*$")
_EPOCH = datetime.date(2025, 1, 1)


@dataclass(frozen=True)
class Page:
    """A page of the local web: canned (``_web.PAGES``) or made up here."""

    url: str
    title: str
    site_name: str
    date: str
    authority: str
    markdown: str

    @property
    def host(self) -> str:
        return _split(self.url).hostname or ""

    @property
    def snippet(self) -> str:
        return self.markdown.split("\n\n", 1)[-1].split(". ", 1)[0] + "."


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _split(url: str) -> SplitResult:
    """``urlsplit(url)``, or an empty split for what it cannot read (``http://[``)."""
    try:
        return urlsplit(url)
    except ValueError:
        return SplitResult("", "", "", "", "")


def host_name(text: str) -> str:
    """``text`` as a host name when it is one (a site filter may be any string), else
    the local search host."""
    lowered = text.lower()
    return lowered if _HOST.match(lowered) else SEARCH_HOST


def _topic(url: str) -> str:
    split = _split(url)
    segments = [unquote(s) for s in split.path.split("/") if s]
    words = _WORD.findall(segments[-1].rsplit(".", 1)[0]) if segments else []
    if len(words) > 1 and _DIGEST.match(words[-1]):
        words = words[:-1]  # the query's digest that page_for_query put there
    return " ".join(words) or (split.hostname or "page")


def page_for_url(url: str, date: str | None = None) -> Page:
    """The page at ``url`` (an http(s) URL), about the words of its last path segment."""
    host = _split(url).hostname or SEARCH_HOST
    topic = _topic(url)
    days = int(_digest(url)[:6], 16) % 600
    when = date or (_EPOCH + datetime.timedelta(days=days)).isoformat()
    title = topic[:1].upper() + topic[1:]
    body = (
        f"This page on {host} is about {topic}. The local Moonshot server writes it for "
        "any address, so the same URL always gives the same text. It stands in for a "
        "real page in tests and demos; no network was used."
    )
    return Page(url, title, host, when, "generated", f"# {title}\n\n{body}")


def page_for_query(query: str, host: str = SEARCH_HOST, date: str | None = None) -> Page:
    """The one result for a query no canned page matches: its URL carries the query's
    words and a digest of the whole query, so different queries give different pages."""
    words = [w.lower() for w in _WORD.findall(query)][:8] or ["query"]
    slug = quote("-".join(words), safe="-")
    return page_for_url(f"https://{host_name(host)}/search/{slug}-{_digest(query)[:8]}", date)
