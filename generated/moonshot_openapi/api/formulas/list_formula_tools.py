from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.formula_tool_list import FormulaToolList
from ...types import Response


def _get_kwargs(
    namespace: str,
    formula: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/formulas/{namespace}/{formula}/tools".format(
            namespace=quote(str(namespace), safe=""),
            formula=quote(str(formula), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorResponse | FormulaToolList | None:
    if response.status_code == 200:
        response_200 = FormulaToolList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ErrorResponse | FormulaToolList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    namespace: str,
    formula: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | FormulaToolList]:
    """List Formula Tools

     The tool declarations of a formula, ready to append to a chat request's tools (the list is always
    API compatible). A function name must be unique within one chat request.

    Args:
        namespace (str):
        formula (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FormulaToolList]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        formula=formula,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    namespace: str,
    formula: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | FormulaToolList | None:
    """List Formula Tools

     The tool declarations of a formula, ready to append to a chat request's tools (the list is always
    API compatible). A function name must be unique within one chat request.

    Args:
        namespace (str):
        formula (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FormulaToolList
    """

    return sync_detailed(
        namespace=namespace,
        formula=formula,
        client=client,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    formula: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | FormulaToolList]:
    """List Formula Tools

     The tool declarations of a formula, ready to append to a chat request's tools (the list is always
    API compatible). A function name must be unique within one chat request.

    Args:
        namespace (str):
        formula (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FormulaToolList]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        formula=formula,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    formula: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | FormulaToolList | None:
    """List Formula Tools

     The tool declarations of a formula, ready to append to a chat request's tools (the list is always
    API compatible). A function name must be unique within one chat request.

    Args:
        namespace (str):
        formula (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FormulaToolList
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            formula=formula,
            client=client,
        )
    ).parsed
