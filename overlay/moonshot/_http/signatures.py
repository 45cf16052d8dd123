"""Request signatures: the nonce a call sends and the signature the API answers with.

A model call that carries a nonce header gets back a timestamp and a signature header,
which ``POST /v1/signatures/verify`` checks against the nonce, timestamp and model.
The header names are the API document's, derived at build time
(scripts/document_facts.py): the header parameter of the chat operation, and the
timestamp and signature headers of its 200 answer (none when the document has no
signatures). Results are generated attrs models with slots, so the signature of one is kept
here, by identity, for as long as the result lives: :func:`signature_of` reads it.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx2

from .._errors import ValidationError
from .._openapi import generated

__all__ = [
    "NonceSource",
    "RequestSignature",
    "keeping_signature",
    "nonce_headers",
    "read_signature",
    "record_signature",
    "resolve_nonce",
    "signature_of",
]

T = TypeVar("T")

NonceSource = str | Callable[[], str] | None
"""A nonce for every call (a string), a fresh one per call (a function), or none."""


@dataclass(frozen=True)
class RequestSignature:
    """What ``client.signatures.verify`` needs to check that the Kimi API served a call."""

    nonce: str
    timestamp: int
    model: str
    signature: str

    def to_dict(self) -> dict[str, Any]:
        """The body of ``POST /v1/signatures/verify``."""
        return {
            "nonce": self.nonce,
            "timestamp": self.timestamp,
            "model": self.model,
            "signature": self.signature,
        }


@dataclass(frozen=True)
class _HeaderNames:
    nonce: str
    timestamp: str
    signature: str


@functools.cache
def _header_names() -> _HeaderNames | None:
    """The nonce, timestamp and signature header names, from the chat operation."""
    names: tuple[str, str, str] | None = generated.readers().SIGNATURE_HEADERS
    if names is None:
        return None
    return _HeaderNames(nonce=names[0], timestamp=names[1], signature=names[2])


def resolve_nonce(per_call: NonceSource, per_client: NonceSource) -> str | None:
    """The nonce to send: the call's, else the client's (a function is called each time)."""
    source = per_call if per_call is not None else per_client
    if source is None:
        return None
    nonce = source() if callable(source) else source
    if not isinstance(nonce, str) or not nonce:
        raise ValidationError(
            "request_nonce: expected a non-empty string (or a function giving one), "
            f"got {type(nonce).__name__}",
            field="request_nonce",
        )
    return nonce


def nonce_headers(nonce: str | None) -> dict[str, str]:
    """The request header that carries ``nonce`` (none without a nonce)."""
    names = _header_names()
    if nonce is None or names is None:
        return {}
    return {names.nonce: nonce}


def read_signature(response: httpx2.Response, model: str) -> RequestSignature | None:
    """The signature a response carries, with the nonce its request sent; else None."""
    names = _header_names()
    if names is None:
        return None
    try:
        nonce = response.request.headers.get(names.nonce)
    except RuntimeError:  # a response built without a request
        return None
    signature = response.headers.get(names.signature)
    timestamp = response.headers.get(names.timestamp)
    if not nonce or not signature or timestamp is None:
        return None
    try:
        stamp = int(timestamp)
    except ValueError:
        return None
    return RequestSignature(nonce=nonce, timestamp=stamp, model=model, signature=signature)


_signatures: dict[int, RequestSignature] = {}


def keeping_signature(
    parse: Callable[[httpx2.Response], T], model: str
) -> Callable[[httpx2.Response], T]:
    """``parse`` that also keeps the signature the answer carries for its result."""

    def parse_and_keep(response: httpx2.Response) -> T:
        result = parse(response)
        record_signature(result, read_signature(response, model))
        return result

    return parse_and_keep


def record_signature(result: Any, signature: RequestSignature | None) -> None:
    """Keep ``signature`` for ``result`` while ``result`` lives."""
    if signature is None:
        return
    key = id(result)
    _signatures[key] = signature
    weakref.finalize(result, _signatures.pop, key, None)


def signature_of(result: Any) -> RequestSignature | None:
    """The request signature of a result (a completion, say); None if it has none."""
    return _signatures.get(id(result))
