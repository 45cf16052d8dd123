"""``client.signatures``: check that a model call was served by the Kimi API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._http.base_client import AsyncBaseClient, Operation, SyncBaseClient
from .._http.config import TimeoutTypes
from .._http.signatures import RequestSignature
from .._openapi.request_body import operation_body
from ._resource import Resource

if TYPE_CHECKING:
    from .._openapi.answers import SignatureVerifyResponse

_PATH = "/v1/signatures/verify"
_MODULE = "utilities.verify_request_signature"


def _verify_op(
    resource: Resource[Any],
    signature: RequestSignature | None,
    fields: dict[str, Any],
    timeout: TimeoutTypes,
) -> Operation[SignatureVerifyResponse]:
    return resource._json_op(
        operation_body(_PATH, _MODULE, "signature verification"),
        {**(signature.to_dict() if signature is not None else {}), **fields},
        timeout=timeout,
    )


class Signatures(Resource[SyncBaseClient]):
    def verify(
        self,
        signature: RequestSignature | None = None,
        /,
        *,
        timeout: TimeoutTypes = None,
        **fields: Any,
    ) -> SignatureVerifyResponse:
        """Verify a request signature (``POST /v1/signatures/verify``).

        Pass the :class:`~moonshot.RequestSignature` of a result
        (``moonshot.signature_of(completion)``), or ``nonce=``, ``timestamp=``,
        ``model=`` and ``signature=`` (the token); keywords override its fields. The
        body is checked against the document before it is sent.
        """
        result: SignatureVerifyResponse = self._client._request(
            _verify_op(self, signature, fields, timeout)
        )
        return result


class AsyncSignatures(Resource[AsyncBaseClient]):
    async def verify(
        self,
        signature: RequestSignature | None = None,
        /,
        *,
        timeout: TimeoutTypes = None,
        **fields: Any,
    ) -> SignatureVerifyResponse:
        """Verify a request signature (``POST /v1/signatures/verify``); see the sync client."""
        result: SignatureVerifyResponse = await self._client._request(
            _verify_op(self, signature, fields, timeout)
        )
        return result
