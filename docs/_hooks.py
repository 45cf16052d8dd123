"""mkdocs hooks: the parts of pages made from the code and the API document at build time.

Placeholders (HTML comments on a line of their own, so a page read on GitHub still makes
sense):

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
import importlib.util
import io
import json
import re
import sys
import types
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def script(name: str) -> ModuleType:
    """A module of ``scripts/``, loaded from its file (mkdocs keeps no sys.path changes)."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


# A placeholder is a line of its own (a page may quote one in backticks).
_CLI_HELP = re.compile(r"^<!-- cli-help:([^>]*?)-->$", re.M)
_MODELS_TABLE = re.compile(r"^<!-- models-table -->$", re.M)
_TYPES_REFERENCE = re.compile(r"^<!-- moonshot-types-reference -->$", re.M)


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
        elif isinstance(value, types.UnionType):  # a union of answers: its view's alias
            path = f"moonshot_openapi.typed_responses.{name}"
        else:
            path = f"moonshot_openapi.types.{name}"
        entries.append(f"::: {path}\n    options:\n      heading: {name}\n")
    return "\n".join(entries)


def pictures() -> dict[str, str]:
    """Site path -> SVG text of every picture drawn at build time."""
    charts, architecture = script("docs_charts"), script("docs_architecture")
    data = ROOT / "docs" / "data"
    return {
        "charts/bench.svg": charts.bench_chart(json.loads((data / "bench.json").read_text())),
        "charts/pacing.svg": charts.pacing_chart(json.loads((data / "pacing.json").read_text())),
        "architecture.svg": architecture.svg(),
    }


def on_files(files: Any, config: Any) -> Any:
    from mkdocs.structure.files import File

    for path, text in pictures().items():
        files.append(File.generated(config, path, content=text))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if _MODELS_TABLE.search(markdown):
        spec = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
        table = script("docs_models_table").models_table(spec)
        markdown = _MODELS_TABLE.sub(lambda _: table, markdown)
    if _TYPES_REFERENCE.search(markdown):
        entries = types_reference()
        markdown = _TYPES_REFERENCE.sub(lambda _: entries, markdown)
    return _CLI_HELP.sub(lambda found: cli_help(found[1]), markdown)
