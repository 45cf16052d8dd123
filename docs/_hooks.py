"""mkdocs hooks: the parts of pages made from the code and the API document at build time.

Placeholders (HTML comments, so a page read on GitHub still makes sense):

* ``<!-- models-table -->``: every chat model of ``openapi.json`` against its fields
  (``scripts/docs_models_table.py``);
* ``<!-- cli-help: ARGS -->``: the output of ``moonshot ARGS --help``;
* ``<!-- moonshot-types-reference -->``: one reference entry per name of ``moonshot.types``.

Pictures (``charts/*.svg``, ``architecture.svg``) are drawn by ``scripts/docs_charts.py`` and
``scripts/docs_architecture.py`` from measured data and the imports, and added to the site
as generated files.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT / "scripts", ROOT):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

_CLI_HELP = re.compile(r"<!-- cli-help:([^>]*?)-->")


def cli_help(args: str) -> str:
    """What ``moonshot ARGS --help`` prints, as the command line's parser writes it."""
    from moonshot.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        main([*args.split(), "--help"])
    return f"```text\n$ moonshot {args.strip()} --help\n{out.getvalue().rstrip()}\n```"


def types_reference() -> str:
    """One mkdocstrings entry per exported name of ``moonshot.types``."""
    import moonshot.types

    entries = []
    for name in moonshot.types.__all__:
        value = getattr(moonshot.types, name)
        if isinstance(value, type):
            path = f"{value.__module__}.{value.__qualname__}"
        else:
            path = f"moonshot_openapi.types.{name}"
        entries.append(f"::: {path}\n    options:\n      heading: {name}\n")
    return "\n".join(entries)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if "<!-- models-table -->" in markdown:
        from docs_models_table import models_table

        spec = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
        markdown = markdown.replace("<!-- models-table -->", models_table(spec))
    if "<!-- moonshot-types-reference -->" in markdown:
        markdown = markdown.replace("<!-- moonshot-types-reference -->", types_reference())
    return _CLI_HELP.sub(lambda found: cli_help(found[1]), markdown)
