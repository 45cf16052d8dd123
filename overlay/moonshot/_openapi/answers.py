"""The typed views of the answers (``typed_responses``), for the overlay's annotations.

Each name is the read-only view of the generated class it is named after (plain JSON
keys, fields typed as present). The overlay annotates what calls return with these,
imported under ``TYPE_CHECKING``; a view the document does not have (an operation an
older document lacks) is ``Any`` to a checker, so the overlay type-checks against every
document it is built from. At run time a name is the patched class itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from moonshot_openapi.typed_responses import *  # noqa: F403

__all__: list[str] = []


def __getattr__(name: str) -> Any:
    """The patched class ``name`` (what the view describes)."""
    from . import generated

    return getattr(generated, name)
