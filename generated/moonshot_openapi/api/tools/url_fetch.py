from http import HTTPStatus
from typing import Any, cast

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.tools_fetch_request import ToolsFetchRequest
from ...models.tools_fetch_response import ToolsFetchResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ToolsFetchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/tools/fetch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Any | ErrorResponse | ToolsFetchResponse | None:
    if response.status_code == 200:
        response_200 = ToolsFetchResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
) -> Response[Any | ErrorResponse | ToolsFetchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ToolsFetchRequest,
) -> Response[Any | ErrorResponse | ToolsFetchResponse]:
    """URL Fetch

     Fetch the content of a URL and get the page title and body text in Markdown (text and images
    concatenated in order). Only http and https URLs are supported. You are charged once per successful
    call that extracts content; failed or empty-content calls are free. See [WebSearch
    Pricing](/pricing/tools).

    Args:
        body (ToolsFetchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | ToolsFetchResponse]
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
    body: ToolsFetchRequest,
) -> Any | ErrorResponse | ToolsFetchResponse | None:
    """URL Fetch

     Fetch the content of a URL and get the page title and body text in Markdown (text and images
    concatenated in order). Only http and https URLs are supported. You are charged once per successful
    call that extracts content; failed or empty-content calls are free. See [WebSearch
    Pricing](/pricing/tools).

    Args:
        body (ToolsFetchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ToolsFetchResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ToolsFetchRequest,
) -> Response[Any | ErrorResponse | ToolsFetchResponse]:
    """URL Fetch

     Fetch the content of a URL and get the page title and body text in Markdown (text and images
    concatenated in order). Only http and https URLs are supported. You are charged once per successful
    call that extracts content; failed or empty-content calls are free. See [WebSearch
    Pricing](/pricing/tools).

    Args:
        body (ToolsFetchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | ToolsFetchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ToolsFetchRequest,
) -> Any | ErrorResponse | ToolsFetchResponse | None:
    """URL Fetch

     Fetch the content of a URL and get the page title and body text in Markdown (text and images
    concatenated in order). Only http and https URLs are supported. You are charged once per successful
    call that extracts content; failed or empty-content calls are free. See [WebSearch
    Pricing](/pricing/tools).

    Args:
        body (ToolsFetchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | ToolsFetchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
