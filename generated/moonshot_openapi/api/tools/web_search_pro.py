from http import HTTPStatus
from typing import Any, cast

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.tools_search_pro_request import ToolsSearchProRequest
from ...models.tools_search_pro_response import ToolsSearchProResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ToolsSearchProRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/tools/search_pro",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Any | ErrorResponse | ToolsSearchProResponse | None:
    if response.status_code == 200:
        response_200 = ToolsSearchProResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 408:
        response_408 = ErrorResponse.from_dict(response.json())

        return response_408

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if response.status_code == 504:
        response_504 = ErrorResponse.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[Any | ErrorResponse | ToolsSearchProResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ToolsSearchProRequest,
) -> Response[Any | ErrorResponse | ToolsSearchProResponse]:
    """Web Search Pro

     Web Search Basic with site and time-range constraints, plus structured content chunks (`chunks`) for
    each result. You are charged once per successful call that returns at least one result; failed or
    empty-result calls are free. See [WebSearch Pricing](/pricing/tools).

    Args:
        body (ToolsSearchProRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | ToolsSearchProResponse]
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
    body: ToolsSearchProRequest,
) -> Any | ErrorResponse | ToolsSearchProResponse | None:
    """Web Search Pro

     Web Search Basic with site and time-range constraints, plus structured content chunks (`chunks`) for
    each result. You are charged once per successful call that returns at least one result; failed or
    empty-result calls are free. See [WebSearch Pricing](/pricing/tools).

    Args:
        body (ToolsSearchProRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ToolsSearchProResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ToolsSearchProRequest,
) -> Response[Any | ErrorResponse | ToolsSearchProResponse]:
    """Web Search Pro

     Web Search Basic with site and time-range constraints, plus structured content chunks (`chunks`) for
    each result. You are charged once per successful call that returns at least one result; failed or
    empty-result calls are free. See [WebSearch Pricing](/pricing/tools).

    Args:
        body (ToolsSearchProRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | ToolsSearchProResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ToolsSearchProRequest,
) -> Any | ErrorResponse | ToolsSearchProResponse | None:
    """Web Search Pro

     Web Search Basic with site and time-range constraints, plus structured content chunks (`chunks`) for
    each result. You are charged once per successful call that returns at least one result; failed or
    empty-result calls are free. See [WebSearch Pricing](/pricing/tools).

    Args:
        body (ToolsSearchProRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ToolsSearchProResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
