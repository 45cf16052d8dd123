from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.signature_verify_request import SignatureVerifyRequest
from ...models.signature_verify_response import SignatureVerifyResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SignatureVerifyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/signatures/verify",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorResponse | SignatureVerifyResponse | None:
    if response.status_code == 200:
        response_200 = SignatureVerifyResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ErrorResponse | SignatureVerifyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SignatureVerifyRequest,
) -> Response[ErrorResponse | SignatureVerifyResponse]:
    """Verify Request Signature

     Verifies a request signature returned in the response headers of the Chat Completions, Responses, or
    Messages API, proving that the request was handled by the Kimi API for the specified model rather
    than routed elsewhere. Submit the nonce used in the call, the timestamp from the response headers,
    the request's model, and the signature; the endpoint returns `valid: true` when the signature
    matches these three attributes exactly, and `valid: false` otherwise.

    Args:
        body (SignatureVerifyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SignatureVerifyResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SignatureVerifyRequest,
) -> ErrorResponse | SignatureVerifyResponse | None:
    """Verify Request Signature

     Verifies a request signature returned in the response headers of the Chat Completions, Responses, or
    Messages API, proving that the request was handled by the Kimi API for the specified model rather
    than routed elsewhere. Submit the nonce used in the call, the timestamp from the response headers,
    the request's model, and the signature; the endpoint returns `valid: true` when the signature
    matches these three attributes exactly, and `valid: false` otherwise.

    Args:
        body (SignatureVerifyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SignatureVerifyResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SignatureVerifyRequest,
) -> Response[ErrorResponse | SignatureVerifyResponse]:
    """Verify Request Signature

     Verifies a request signature returned in the response headers of the Chat Completions, Responses, or
    Messages API, proving that the request was handled by the Kimi API for the specified model rather
    than routed elsewhere. Submit the nonce used in the call, the timestamp from the response headers,
    the request's model, and the signature; the endpoint returns `valid: true` when the signature
    matches these three attributes exactly, and `valid: false` otherwise.

    Args:
        body (SignatureVerifyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SignatureVerifyResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SignatureVerifyRequest,
) -> ErrorResponse | SignatureVerifyResponse | None:
    """Verify Request Signature

     Verifies a request signature returned in the response headers of the Chat Completions, Responses, or
    Messages API, proving that the request was handled by the Kimi API for the specified model rather
    than routed elsewhere. Submit the nonce used in the call, the timestamp from the response headers,
    the request's model, and the signature; the endpoint returns `valid: true` when the signature
    matches these three attributes exactly, and `valid: false` otherwise.

    Args:
        body (SignatureVerifyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SignatureVerifyResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
