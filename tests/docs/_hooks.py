"""The docs build hooks (docs/_hooks.py), loaded from their file as mkdocs loads them."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from ._blocks import DOCS


def load() -> ModuleType:
    if "moonshot_docs_hooks" not in sys.modules:
        spec = importlib.util.spec_from_file_location("moonshot_docs_hooks", DOCS / "_hooks.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["moonshot_docs_hooks"] = module
        spec.loader.exec_module(module)
    return sys.modules["moonshot_docs_hooks"]
