"""Request signatures as the local server issues and verifies them.

A model call that sends the nonce header gets the timestamp and signature headers the
API document describes; ``POST /v1/signatures/verify`` answers ``valid: true`` only for
the exact nonce, timestamp and model this server signed. The signature is an HMAC
under a key made when the server starts, so no other server's signature verifies.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Mapping
from typing import Any

from .._http.signatures import _header_names

__all__ = ["Signer"]

PREFIX = "reqsigv1_"


class Signer:
    """Signs (nonce, timestamp, model) and checks signatures it made."""

    def __init__(self) -> None:
        self._key = secrets.token_bytes(32)

    def _token(self, nonce: str, timestamp: int, model: str) -> str:
        # surrogatepass: JSON can carry lone surrogates, which UTF-8 cannot encode.
        message = f"{nonce}\n{timestamp}\n{model}".encode("utf-8", "surrogatepass")
        return PREFIX + hmac.new(self._key, message, hashlib.sha256).hexdigest()

    def headers_for(self, request_headers: Any, model: Any) -> dict[str, str]:
        """The timestamp and signature headers for a call that sent a nonce; else none.

        ``request_headers`` is anything with ``get(name)`` (the handler's message headers).
        """
        names = _header_names()
        nonce = request_headers.get(names.nonce) if names is not None else None
        if names is None or not nonce or not isinstance(model, str):
            return {}
        timestamp = int(time.time() * 1000)
        return {
            names.timestamp: str(timestamp),
            names.signature: self._token(nonce, timestamp, model),
        }

    def verify(self, body: Mapping[str, Any]) -> bool:
        """Whether ``body`` (nonce, timestamp, model, signature) is a signature made here."""
        expected = self._token(str(body["nonce"]), int(body["timestamp"]), str(body["model"]))
        given = str(body["signature"]).encode("utf-8", "surrogatepass")
        return hmac.compare_digest(expected.encode(), given)  # bytes: any text compares
