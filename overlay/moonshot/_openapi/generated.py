"""Load the generated package on first use, not at ``import moonshot``.

Importing ``moonshot_openapi.models`` builds every generated attrs class (about
0.1-0.2 s); the overlay names generated endpoint modules by their dotted name under
``moonshot_openapi.api`` and imports them when a call is first made.
"""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["endpoint"]

_cache: dict[str, ModuleType] = {}


def endpoint(name: str) -> ModuleType:
    """The generated module ``moonshot_openapi.api.<name>`` (``"chat.create_chat_completion"``)."""
    module = _cache.get(name)
    if module is None:
        from . import model_patches as _compat

        _compat.install()
        module = _cache[name] = importlib.import_module(f"moonshot_openapi.api.{name}")
    return module
