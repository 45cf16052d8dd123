"""The client suite's fixtures (tests/client/conftest.py): a local server, clients bound to it."""

from client.conftest import aclient, base_url, client, unused_port  # noqa: F401
