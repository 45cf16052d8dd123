"""Sending requests built by the generated layer, and turning answers into results or errors."""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx

from ._config import ClientConfig, TimeoutTypes, as_timeout, user_agent, with_overrides
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    make_status_error,
)
from ._generated import endpoint
from ._retries import RetryPolicy
from ._transport import (
    MAX_RETRIES_EXTENSION,
    AsyncLazyHTTPTransport,
    AsyncRetryTransport,
    LazyHTTPTransport,
    RetryTransport,
    configure_logging_from_env,
)

if TYPE_CHECKING:
    from moonshot_openapi.client import AuthenticatedClient

__all__ = ["AsyncBaseClient", "Operation", "SyncBaseClient"]

T = TypeVar("T")
_JSON = "application/json"


@dataclass
class Operation(Generic[T]):
    """One API call: the generated ``_get_kwargs`` output and how to read a 2xx answer."""

    kwargs: dict[str, Any]
    parse: Callable[[httpx.Response], T]
    timeout: TimeoutTypes = None
    extra_headers: Mapping[str, str] | None = None
    extensions: dict[str, Any] = field(default_factory=dict)
    # httpx arguments that replace the generated ones (a streaming multipart body, say).
    overrides: dict[str, Any] = field(default_factory=dict)


def parser_for(
    module: str | ModuleType, raw: Callable[[], AuthenticatedClient]
) -> Callable[[httpx.Response], Any]:
    """A 2xx parser that reuses a generated module's ``_parse_response``.

    ``module`` is the module or its name under ``moonshot_openapi.api``.
    """
    generated = endpoint(module) if isinstance(module, str) else module

    def parse(response: httpx.Response) -> Any:
        return generated._parse_response(client=raw(), response=response)

    return parse


def _headers(config: ClientConfig) -> dict[str, str]:
    return {
        "Authorization": f"Bearer {config.api_key}",
        "User-Agent": user_agent(),
        "Accept": "application/json",
        **config.default_headers,
    }


class _Common:
    """State and request building shared by the sync and async clients."""

    _config: ClientConfig
    _policy: RetryPolicy
    _raw: AuthenticatedClient | None = None
    # The nonce model calls send (a string, or a function giving one per call).
    request_nonce: str | Callable[[], str] | None = None

    def _init_common(self, config: ClientConfig) -> None:
        configure_logging_from_env()
        self._config = config
        self._policy = RetryPolicy(max_retries=config.max_retries)

    def _bind(self) -> None:
        """Create the resource objects (each client class lists its own)."""
        raise NotImplementedError

    def with_options(self, *, timeout: TimeoutTypes = None, max_retries: int | None = None) -> Self:
        """A copy with other defaults that shares this client's connection pool."""
        _ = self.raw  # build it now so the copy shares it
        clone = copy.copy(self)
        clone._config = with_overrides(self._config, timeout, max_retries)
        clone._bind()
        return clone

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def max_retries(self) -> int:
        return self._config.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self._config.timeout

    @property
    def raw(self) -> AuthenticatedClient:
        """The generated client, on the same connection pool, auth and retries."""
        if self._raw is None:
            from moonshot_openapi.client import AuthenticatedClient

            # The token lives in the shared httpx client's headers; keep it out of this repr.
            raw = AuthenticatedClient(
                base_url=self._config.base_url,
                token="<set on the shared httpx client>",
                raise_on_unexpected_status=False,
            )
            self._raw = self._attach(raw)
        return self._raw

    def _attach(self, raw: AuthenticatedClient) -> AuthenticatedClient:
        raise NotImplementedError

    def _build(self, http: httpx.Client | httpx.AsyncClient, op: Operation[Any]) -> httpx.Request:
        kwargs = {**op.kwargs, **op.overrides} if op.overrides else dict(op.kwargs)
        headers = dict(kwargs.pop("headers", None) or {})
        if "json" in kwargs and headers.get("Content-Type") == _JSON:
            del headers["Content-Type"]  # httpx sets it for a json= body; no merge needed
        if op.extra_headers:
            headers.update(op.extra_headers)
        extensions = {MAX_RETRIES_EXTENSION: self._config.max_retries, **op.extensions}
        return http.build_request(
            method=kwargs.pop("method").upper(),
            url=kwargs.pop("url"),
            headers=headers or None,
            timeout=as_timeout(op.timeout, self._config.timeout),
            extensions=extensions,
            **kwargs,
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._config.base_url!r}, "
            f"max_retries={self._config.max_retries}, api_key='***')"
        )


def _parse(op: Operation[T], response: httpx.Response) -> T:
    try:
        return op.parse(response)
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        content_type = response.headers.get("content-type", "?")
        raise APIResponseValidationError(
            f"could not read the {response.status_code} response ({content_type}): "
            f"{type(error).__name__}: {error}",
            response=response,
        ) from error


def _connection_error(error: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({type(error).__name__}).", request=request)
    return APIConnectionError(f"Connection error: {type(error).__name__}: {error}", request=request)


class SyncBaseClient(_Common):
    """Sends operations over one shared ``httpx.Client``."""

    _http: httpx.Client

    def _init_http(self, config: ClientConfig, http_client: httpx.Client | None) -> None:
        self._init_common(config)
        if http_client is None:
            http_client = httpx.Client(
                base_url=config.base_url,
                timeout=config.timeout,
                transport=RetryTransport(LazyHTTPTransport(), self._policy),
                follow_redirects=True,
            )
        else:
            inner = http_client._transport
            if not isinstance(inner, RetryTransport):
                http_client._transport = RetryTransport(inner, self._policy)
            http_client.base_url = httpx.URL(config.base_url)
        http_client.headers.update(_headers(config))
        self._http = http_client

    def _attach(self, raw: AuthenticatedClient) -> AuthenticatedClient:
        return raw.set_httpx_client(self._http)

    def _send(self, op: Operation[Any], *, stream: bool = False) -> httpx.Response:
        request = self._build(self._http, op)
        try:
            response = self._http.send(request, stream=stream)
        except httpx.TransportError as error:
            raise _connection_error(error, request) from error
        if response.status_code >= 400:
            try:
                response.read()
            except httpx.TransportError as error:
                raise _connection_error(error, request) from error
            finally:
                response.close()
            raise make_status_error(response)
        return response

    def _request(self, op: Operation[T]) -> T:
        response = self._send(op)
        return _parse(op, response)

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()


class AsyncBaseClient(_Common):
    """Sends operations over one shared ``httpx.AsyncClient``."""

    _http: httpx.AsyncClient

    def _init_http(self, config: ClientConfig, http_client: httpx.AsyncClient | None) -> None:
        self._init_common(config)
        if http_client is None:
            http_client = httpx.AsyncClient(
                base_url=config.base_url,
                timeout=config.timeout,
                transport=AsyncRetryTransport(AsyncLazyHTTPTransport(), self._policy),
                follow_redirects=True,
            )
        else:
            inner = http_client._transport
            if not isinstance(inner, AsyncRetryTransport):
                http_client._transport = AsyncRetryTransport(inner, self._policy)
            http_client.base_url = httpx.URL(config.base_url)
        http_client.headers.update(_headers(config))
        self._http = http_client

    def _attach(self, raw: AuthenticatedClient) -> AuthenticatedClient:
        return raw.set_async_httpx_client(self._http)

    async def _send(self, op: Operation[Any], *, stream: bool = False) -> httpx.Response:
        request = self._build(self._http, op)
        try:
            response = await self._http.send(request, stream=stream)
        except httpx.TransportError as error:
            raise _connection_error(error, request) from error
        if response.status_code >= 400:
            try:
                await response.aread()
            except httpx.TransportError as error:
                raise _connection_error(error, request) from error
            finally:
                await response.aclose()
            raise make_status_error(response)
        return response

    async def _request(self, op: Operation[T]) -> T:
        response = await self._send(op)
        return _parse(op, response)

    async def close(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()
