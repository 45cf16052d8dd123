"""``moonshot formulas tools URI`` and ``moonshot formulas call URI NAME JSON``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from .. import Moonshot

__all__ = ["add_formula_commands", "run_formulas"]


def add_formula_commands(commands: Any) -> None:
    """Add ``formulas`` (official tools) to the command line (``commands``: the subparsers)."""
    formulas = commands.add_parser("formulas", help="Kimi's official tools (formulas)")
    actions = formulas.add_subparsers(dest="formulas_command", required=True, metavar="ACTION")
    tools = actions.add_parser("tools", help="print a formula's tool declarations as JSON")
    tools.add_argument("uri", help="moonshot/date:latest, or a name alone (date)")
    call = actions.add_parser("call", help="run one tool of a formula (a fiber)")
    call.add_argument("uri", help="moonshot/date:latest, or a name alone (date)")
    call.add_argument("name", help="the tool's function name (web_search)")
    call.add_argument("arguments", help='the arguments as a JSON object (\'{"query": "..."}\')')
    call.add_argument("--json", action="store_true", help="print the whole fiber as JSON")


def run_formulas(client: Moonshot, args: argparse.Namespace) -> int:
    from ..resources.formulas import fiber_content

    if args.formulas_command == "tools":
        found = client.formulas.tools(args.uri)
        print(json.dumps([tool.to_dict() for tool in found.tools], ensure_ascii=False, indent=2))
        return 0
    fiber = client.formulas.call(args.uri, args.name, args.arguments)
    if args.json:
        print(json.dumps(fiber.to_dict(), ensure_ascii=False, indent=2))
    content = fiber_content(fiber)
    if fiber.status != "succeeded":
        sys.stderr.write(f"moonshot: fiber {fiber.status}: {content.removeprefix('Error: ')}\n")
        return 1
    if not args.json:
        print(content)
    return 0
