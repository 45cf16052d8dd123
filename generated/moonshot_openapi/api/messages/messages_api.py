from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.messages_error_response import MessagesErrorResponse
from ...models.messages_request import MessagesRequest
from ...models.messages_response import MessagesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: MessagesRequest,
    x_msh_request_nonce: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_msh_request_nonce, Unset):
        headers["X-Msh-Request-Nonce"] = x_msh_request_nonce

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/anthropic/v1/messages",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorResponse | MessagesErrorResponse | MessagesResponse | None:
    if response.status_code == 200:
        response_200 = MessagesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = MessagesErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = MessagesErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ErrorResponse | MessagesErrorResponse | MessagesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MessagesRequest,
    x_msh_request_nonce: str | Unset = UNSET,
) -> Response[ErrorResponse | MessagesErrorResponse | MessagesResponse]:
    """Messages API

     Call Kimi models with an Anthropic Messages API compatible format, supporting streaming, tool use,
    image input, thinking, and structured output.

    Args:
        x_msh_request_nonce (str | Unset):  Example: 7d929748-0ae6-41c2-ab5d-a186498ad721.
        body (MessagesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessagesErrorResponse | MessagesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_msh_request_nonce=x_msh_request_nonce,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: MessagesRequest,
    x_msh_request_nonce: str | Unset = UNSET,
) -> ErrorResponse | MessagesErrorResponse | MessagesResponse | None:
    """Messages API

     Call Kimi models with an Anthropic Messages API compatible format, supporting streaming, tool use,
    image input, thinking, and structured output.

    Args:
        x_msh_request_nonce (str | Unset):  Example: 7d929748-0ae6-41c2-ab5d-a186498ad721.
        body (MessagesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessagesErrorResponse | MessagesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_msh_request_nonce=x_msh_request_nonce,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MessagesRequest,
    x_msh_request_nonce: str | Unset = UNSET,
) -> Response[ErrorResponse | MessagesErrorResponse | MessagesResponse]:
    """Messages API

     Call Kimi models with an Anthropic Messages API compatible format, supporting streaming, tool use,
    image input, thinking, and structured output.

    Args:
        x_msh_request_nonce (str | Unset):  Example: 7d929748-0ae6-41c2-ab5d-a186498ad721.
        body (MessagesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessagesErrorResponse | MessagesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_msh_request_nonce=x_msh_request_nonce,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MessagesRequest,
    x_msh_request_nonce: str | Unset = UNSET,
) -> ErrorResponse | MessagesErrorResponse | MessagesResponse | None:
    """Messages API

     Call Kimi models with an Anthropic Messages API compatible format, supporting streaming, tool use,
    image input, thinking, and structured output.

    Args:
        x_msh_request_nonce (str | Unset):  Example: 7d929748-0ae6-41c2-ab5d-a186498ad721.
        body (MessagesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessagesErrorResponse | MessagesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_msh_request_nonce=x_msh_request_nonce,
        )
    ).parsed
