"""The client suite's fixtures (tests/client/conftest.py): a local server, clients bound to it."""

from client.conftest import _one_tls_context, aclient, base_url, client, unused_port  # noqa: F401
