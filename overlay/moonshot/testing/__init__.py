"""Test helpers: a local Moonshot API server and its pytest fixture.

from moonshot import Moonshot
from moonshot.testing import LocalMoonshot

with LocalMoonshot() as server:
    client = Moonshot(base_url=server.url, api_key="test")

In pytest, the ``moonshot_server`` fixture gives a started server per test (the plugin
is registered automatically when this package is installed). Only the standard library
and this package are used. Nothing here is imported until it is used, so the plugin
costs a test run nothing when its fixtures are not requested.
"""

import typing as _typing
from collections.abc import Callable as _Callable

from .. import _lazy

if _typing.TYPE_CHECKING:
    from ._faults import Faults as Faults
    from ._files import FileLimits as FileLimits
    from ._tokens import count_messages as count_messages
    from ._tokens import count_text as count_text
    from .server import LocalMoonshot as LocalMoonshot
    from .server import RecordedRequest as RecordedRequest

_LAZY: dict[str, str | None] = {
    "Faults": "._faults",
    "FileLimits": "._files",
    "count_messages": "._tokens",
    "count_text": "._tokens",
    "LocalMoonshot": ".server",
    "RecordedRequest": ".server",
}

__all__ = [
    "Faults",
    "FileLimits",
    "LocalMoonshot",
    "RecordedRequest",
    "count_messages",
    "count_text",
]


__getattr__: _Callable[[str], object]
__dir__: _Callable[[], list[str]]
__getattr__, __dir__ = _lazy(globals(), _LAZY)
