from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_completion_response import ChatCompletionResponse
from ...models.error_response import ErrorResponse
from ...models.kimi_k3_chat_request import KimiK3ChatRequest
from ...models.kimi_k26_chat_request import KimiK26ChatRequest
from ...models.kimi_k27_code_chat_request import KimiK27CodeChatRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: KimiK26ChatRequest | KimiK27CodeChatRequest | KimiK3ChatRequest,
    x_msh_request_nonce: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_msh_request_nonce, Unset):
        headers["X-Msh-Request-Nonce"] = x_msh_request_nonce

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/chat/completions",
    }

    if isinstance(body, KimiK3ChatRequest) or isinstance(body, KimiK27CodeChatRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ChatCompletionResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ChatCompletionResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ChatCompletionResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: KimiK26ChatRequest | KimiK27CodeChatRequest | KimiK3ChatRequest,
    x_msh_request_nonce: str | Unset = UNSET,
) -> Response[ChatCompletionResponse | ErrorResponse]:
    """Create Chat Completion

     Creates a completion for the chat message. Supports standard chat, Partial Mode, and Tool Use
    (Function Calling).

    Args:
        x_msh_request_nonce (str | Unset):  Example: 7d929748-0ae6-41c2-ab5d-a186498ad721.
        body (KimiK26ChatRequest | KimiK27CodeChatRequest | KimiK3ChatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionResponse | ErrorResponse]
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
    body: KimiK26ChatRequest | KimiK27CodeChatRequest | KimiK3ChatRequest,
    x_msh_request_nonce: str | Unset = UNSET,
) -> ChatCompletionResponse | ErrorResponse | None:
    """Create Chat Completion

     Creates a completion for the chat message. Supports standard chat, Partial Mode, and Tool Use
    (Function Calling).

    Args:
        x_msh_request_nonce (str | Unset):  Example: 7d929748-0ae6-41c2-ab5d-a186498ad721.
        body (KimiK26ChatRequest | KimiK27CodeChatRequest | KimiK3ChatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletionResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_msh_request_nonce=x_msh_request_nonce,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: KimiK26ChatRequest | KimiK27CodeChatRequest | KimiK3ChatRequest,
    x_msh_request_nonce: str | Unset = UNSET,
) -> Response[ChatCompletionResponse | ErrorResponse]:
    """Create Chat Completion

     Creates a completion for the chat message. Supports standard chat, Partial Mode, and Tool Use
    (Function Calling).

    Args:
        x_msh_request_nonce (str | Unset):  Example: 7d929748-0ae6-41c2-ab5d-a186498ad721.
        body (KimiK26ChatRequest | KimiK27CodeChatRequest | KimiK3ChatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionResponse | ErrorResponse]
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
    body: KimiK26ChatRequest | KimiK27CodeChatRequest | KimiK3ChatRequest,
    x_msh_request_nonce: str | Unset = UNSET,
) -> ChatCompletionResponse | ErrorResponse | None:
    """Create Chat Completion

     Creates a completion for the chat message. Supports standard chat, Partial Mode, and Tool Use
    (Function Calling).

    Args:
        x_msh_request_nonce (str | Unset):  Example: 7d929748-0ae6-41c2-ab5d-a186498ad721.
        body (KimiK26ChatRequest | KimiK27CodeChatRequest | KimiK3ChatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletionResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_msh_request_nonce=x_msh_request_nonce,
        )
    ).parsed
