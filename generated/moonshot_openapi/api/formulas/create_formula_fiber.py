from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.formula_fiber import FormulaFiber
from ...models.formula_fiber_request import FormulaFiberRequest
from ...types import Response


def _get_kwargs(
    namespace: str,
    formula: str,
    *,
    body: FormulaFiberRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/formulas/{namespace}/{formula}/fibers".format(
            namespace=quote(str(namespace), safe=""),
            formula=quote(str(formula), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ErrorResponse | FormulaFiber | None:
    if response.status_code == 200:
        response_200 = FormulaFiber.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ErrorResponse | FormulaFiber]:
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
    body: FormulaFiberRequest,
) -> Response[ErrorResponse | FormulaFiber]:
    """Create Formula Fiber

     Run one of the formula's tools once (a fiber). The body is the model's tool call function as it
    came: its name and its arguments, a JSON object encoded as a string. A protected formula (web-
    search) answers in context.encrypted_output, which goes back to the model as the tool message
    unchanged; others answer in context.output.

    Args:
        namespace (str):
        formula (str):
        body (FormulaFiberRequest): One tool call: the function of the model's tool call, copied
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FormulaFiber]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        formula=formula,
        body=body,
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
    body: FormulaFiberRequest,
) -> ErrorResponse | FormulaFiber | None:
    """Create Formula Fiber

     Run one of the formula's tools once (a fiber). The body is the model's tool call function as it
    came: its name and its arguments, a JSON object encoded as a string. A protected formula (web-
    search) answers in context.encrypted_output, which goes back to the model as the tool message
    unchanged; others answer in context.output.

    Args:
        namespace (str):
        formula (str):
        body (FormulaFiberRequest): One tool call: the function of the model's tool call, copied
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FormulaFiber
    """

    return sync_detailed(
        namespace=namespace,
        formula=formula,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    namespace: str,
    formula: str,
    *,
    client: AuthenticatedClient,
    body: FormulaFiberRequest,
) -> Response[ErrorResponse | FormulaFiber]:
    """Create Formula Fiber

     Run one of the formula's tools once (a fiber). The body is the model's tool call function as it
    came: its name and its arguments, a JSON object encoded as a string. A protected formula (web-
    search) answers in context.encrypted_output, which goes back to the model as the tool message
    unchanged; others answer in context.output.

    Args:
        namespace (str):
        formula (str):
        body (FormulaFiberRequest): One tool call: the function of the model's tool call, copied
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FormulaFiber]
    """

    kwargs = _get_kwargs(
        namespace=namespace,
        formula=formula,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    namespace: str,
    formula: str,
    *,
    client: AuthenticatedClient,
    body: FormulaFiberRequest,
) -> ErrorResponse | FormulaFiber | None:
    """Create Formula Fiber

     Run one of the formula's tools once (a fiber). The body is the model's tool call function as it
    came: its name and its arguments, a JSON object encoded as a string. A protected formula (web-
    search) answers in context.encrypted_output, which goes back to the model as the tool message
    unchanged; others answer in context.output.

    Args:
        namespace (str):
        formula (str):
        body (FormulaFiberRequest): One tool call: the function of the model's tool call, copied
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FormulaFiber
    """

    return (
        await asyncio_detailed(
            namespace=namespace,
            formula=formula,
            client=client,
            body=body,
        )
    ).parsed
