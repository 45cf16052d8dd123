"""Where the stream and batch readers import the answer builder from.

The builders are written from the document at ``make generate``
(``moonshot_openapi.readers``) and reached through the door,
:func:`.generated.build`; this name stays so their callers need no edit.
"""

from __future__ import annotations

from .generated import build

__all__ = ["build"]
