"""Test helpers: a local Moonshot API server and its pytest fixture.

from moonshot import Moonshot
from moonshot.testing import LocalMoonshot

with LocalMoonshot() as server:
    client = Moonshot(base_url=server.url, api_key="test")

In pytest, the ``moonshot_server`` fixture gives a started server per test (the plugin
is registered automatically when this package is installed). Only the standard library
and this package are used.
"""

from ._faults import Faults
from ._files import FileLimits
from ._tokens import count_messages, count_text
from .server import LocalMoonshot, RecordedRequest

__all__ = [
    "Faults",
    "FileLimits",
    "LocalMoonshot",
    "RecordedRequest",
    "count_messages",
    "count_text",
]
