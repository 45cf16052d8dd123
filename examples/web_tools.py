"""Moonshot's web tools: search, search with content chunks, and a page as markdown."""

from __future__ import annotations

from _common import connect, heading, show
from moonshot import Moonshot


def run(client: Moonshot) -> None:
    heading("Web tools")
    found = client.tools.search(text_query="moon tides", limit=2)
    for result in found.search_results:
        show(result.site_name, f"{result.title} <{result.url}>")
    pro = client.tools.search_pro(text_query="moon tides", limit=1)
    for chunk in pro.search_results[0].chunks:
        show(f"chunk {chunk.score:.2f}", chunk.text)
    page = client.tools.fetch(url=found.search_results[0].url)
    show("fetched", page.markdown.splitlines()[0])


if __name__ == "__main__":
    with connect() as c:
        run(c)
