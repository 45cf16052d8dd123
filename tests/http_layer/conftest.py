"""The client suite's fixtures (tests/client/conftest.py): a local server, clients bound to it."""

from client.conftest import (  # noqa: F401
    _clean_env,
    _loopback_only,
    _one_tls_context,
    aclient,
    anyio_backend,
    base_url,
    client,
    httpserver_listen_address,
    unused_port,
)
