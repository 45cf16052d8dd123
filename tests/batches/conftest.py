"""The upload suite's fixtures (tests/uploads/conftest.py): clients bound to a local server."""

from uploads.conftest import (  # noqa: F401
    _offline,
    aclient,
    anyio_backend,
    client,
    httpserver_listen_address,
)
