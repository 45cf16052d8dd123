"""The local server's connections: an answer leaves at once.

Headers and body are two writes; with Nagle's algorithm on the server's socket, the body
waited for the client's delayed ACK of the headers (about 40 ms per answer on Linux, so a
test suite of a thousand calls spent 40 s waiting). Every connection it accepts has
``TCP_NODELAY`` set.
"""

from __future__ import annotations

import socket

from moonshot import Moonshot
from moonshot.testing import LocalMoonshot


def test_every_accepted_connection_sends_without_waiting_for_acks() -> None:
    with LocalMoonshot() as server:
        client = Moonshot(base_url=server.url, api_key="test", max_retries=0)
        assert client.models.list().data  # a keep-alive connection stays open
        httpd = server._httpd
        assert httpd is not None
        open_connections = list(httpd._open)
        assert open_connections, "the call's connection is kept alive"
        for connection in open_connections:
            assert connection.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
        client.close()
