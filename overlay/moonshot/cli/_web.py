"""``moonshot search "query"`` and ``moonshot fetch URL``: Moonshot's web tools."""

from __future__ import annotations

import argparse
from typing import Any

from .. import Moonshot

__all__ = ["add_web_commands", "run_web"]


def add_web_commands(commands: Any) -> None:
    """Add ``search`` and ``fetch`` to the command line (``commands``: the subparsers)."""
    search = commands.add_parser("search", help="search the web (POST /v1/tools/search)")
    search.add_argument("query")
    search.add_argument("--limit", type=int, help="number of results (the API's default: 5)")
    search.add_argument("--pro", action="store_true", help="search_pro: results with chunks")
    search.add_argument("--site", action="append", help="search_pro: only this site (repeat)")
    search.add_argument("--content", action="store_true", help="print each page's text too")
    fetch = commands.add_parser("fetch", help="print a web page as markdown (POST /v1/tools/fetch)")
    fetch.add_argument("url")


def run_web(client: Moonshot, args: argparse.Namespace) -> int:
    if args.command == "fetch":
        page = client.tools.fetch(url=args.url)
        print(f"# {page.title}  <{page.url}>\n")
        print(page.markdown)
        return 0
    params: dict[str, Any] = {}
    if args.limit is not None:
        params["limit"] = args.limit
    if args.pro or args.site:
        if args.site:
            params["sites"] = args.site
        pro = client.tools.search_pro(text_query=args.query, **params).search_results
        for number, found in enumerate(pro, 1):
            print(f"{number}. {found.title}  <{found.url}>  ({found.date})")
            for chunk in found.chunks:
                print(f"   [{chunk.score:.2f}] {chunk.text}")
        return 0
    if args.content:
        params["include_content"] = True
    for number, result in enumerate(
        client.tools.search(text_query=args.query, **params).search_results, 1
    ):
        print(f"{number}. {result.title}  <{result.url}>  ({result.date})")
        print(f"   {result.snippet}")
        if args.content and result.text:
            print("   " + result.text.replace("\n", "\n   "))
    return 0
