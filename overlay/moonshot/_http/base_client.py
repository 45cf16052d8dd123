"""Sending requests built by the generated layer, and turning answers into results or errors."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx2

from .._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    MoonshotError,
    ValidationError,
    make_status_error,
)
from .._openapi import generated
from .._openapi.reader import ResponseDeviation
from .._telemetry.runtime import Off, Telemetry, telemetry
from .bounded_read import NO_LIMITS, ReadWatch, TimeUp, aread_body, read_body, time_left
from .config import (
    KEEP,
    ClientConfig,
    Keep,
    TimeoutTypes,
    account_limits_flag,
    as_timeout,
    strict_flag,
    user_agent,
    with_bounds,
    with_overrides,
)
from .gate import (
    LIMITS_EXTENSION,
    AsyncLimitsTransport,
    LimitsTransport,
    asettle_usage,
    settle_usage,
)
from .limits import (
    DEADLINE_EXTENSION,
    DEADLINE_SECONDS_EXTENSION,
    DEADLINE_SLACK,
    CallBounds,
    deadline_at,
    deadline_passed,
    response_cap,
    within,
)
from .rate_limits import remember_rate_limit
from .retries import RetryPolicy
from .signatures import NonceSource
from .transport import (
    MAX_RETRIES_EXTENSION,
    AsyncClientTransport,
    AsyncLazyHTTPTransport,
    AsyncRetryTransport,
    ClientTransport,
    LazyHTTPTransport,
    RetryTransport,
    configure_logging_from_env,
)
from .user_client import check_http_client

if TYPE_CHECKING:
    from .._limits import AccountLimits
    from .._openapi.generated import AuthenticatedClient

__all__ = ["AsyncBaseClient", "Operation", "SyncBaseClient"]

T = TypeVar("T")
_JSON = "application/json"
_URLS_KEPT = 64


@dataclass(frozen=True)
class Operation(Generic[T]):
    """One API call: the generated request builder's output and how to read a 2xx answer."""

    kwargs: dict[str, Any]
    parse: Callable[[httpx2.Response], T]
    timeout: TimeoutTypes = None
    extra_headers: Mapping[str, str] | None = None
    extensions: dict[str, Any] = field(default_factory=dict)
    # httpx2 arguments that replace the generated ones (a streaming multipart body, say).
    overrides: dict[str, Any] = field(default_factory=dict)
    # Size cap and time limits of this call (None: the client's and the operation's default).
    bounds: CallBounds | None = None


def _headers(config: ClientConfig) -> dict[str, str]:
    return {
        "Authorization": f"Bearer {config.api_key}",
        "User-Agent": user_agent(),
        "Accept": "application/json",
        **config.default_headers,
    }


def _client_options(
    config: ClientConfig, http_client: httpx2.Client | httpx2.AsyncClient | None
) -> dict[str, Any]:
    """Arguments of the httpx2 client the operations go through. Around a caller's
    ``http_client=`` it also takes that client's headers, query parameters and redirect
    setting (public attributes only); our own follows redirects."""
    options: dict[str, Any] = {"base_url": config.base_url, "timeout": config.timeout}
    headers = httpx2.Headers()
    if http_client is None:
        options["follow_redirects"] = True
    elif config.http2:
        raise ValidationError(
            "http2: pass http2=True to your own httpx2 client instead (http_client= is set)",
            field="http2",
        )
    else:
        headers.update(http_client.headers)
        options["params"] = http_client.params
        options["follow_redirects"] = http_client.follow_redirects
    headers.update(_headers(config))
    options["headers"] = headers
    return options


class _Common:
    """State and request building shared by the sync and async clients."""

    _config: ClientConfig
    _policy: RetryPolicy
    _raw: AuthenticatedClient | None = None
    # The nonce model calls send (a string, or a function giving one per call).
    request_nonce: str | Callable[[], str] | None = None

    # What every request gets unless its operation says otherwise (made once per config).
    _extensions: dict[str, Any]
    # Path -> the absolute URL httpx2 made of it on this client's base URL (see _url).
    _urls: dict[str, httpx2.URL]
    # Spans and metrics of its calls (moonshot._telemetry; OFF without OpenTelemetry).
    _telemetry: Telemetry | Off

    def _init_common(self, config: ClientConfig) -> None:
        configure_logging_from_env()
        self._urls = {}
        self._set_config(config)
        self._policy = RetryPolicy(max_retries=config.max_retries)
        self._telemetry = telemetry(None, None, config.base_url)

    def _set_telemetry(self, tracer_provider: Any, meter_provider: Any) -> None:
        """Report through these OpenTelemetry providers (None: the global one)."""
        self._telemetry = telemetry(tracer_provider, meter_provider, self._config.base_url)

    def _set_config(self, config: ClientConfig) -> None:
        self._config = config
        # The timeout goes in as the extension httpx2 would make of it (its public form),
        # so a call without its own timeout converts nothing.
        self._extensions = {
            MAX_RETRIES_EXTENSION: config.max_retries,
            "timeout": config.timeout.as_dict(),
        }
        if config.account_limits is not None:  # every request takes a slot of them
            self._extensions[LIMITS_EXTENSION] = config.account_limits

    def _bind(self) -> None:
        """Create the resource objects (each client class lists its own)."""
        raise NotImplementedError

    def with_options(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        max_response_bytes: int | Keep | None = KEEP,
        max_line_bytes: int | None = None,
        deadline: float | Keep | None = KEEP,
        idle_timeout: float | Keep | None = KEEP,
        request_nonce: NonceSource | Keep = KEEP,
        strict_responses: bool | None = None,
        account_limits: AccountLimits | Keep | None = KEEP,
        tracer_provider: Any = None,
        meter_provider: Any = None,
    ) -> Self:
        """A copy with other defaults that shares this client's connection pool.

        An option not passed keeps this client's value; ``max_response_bytes``,
        ``deadline``, ``idle_timeout`` and ``request_nonce`` take ``None`` to turn off
        what this client set (the operations' default caps then apply).
        ``strict_responses=True`` makes an answer that deviates from the document an
        ``APIResponseValidationError`` (``False``: kept as received, the default).
        ``account_limits`` gives the copy another shared budget (None: none).
        ``tracer_provider`` / ``meter_provider`` replace the OpenTelemetry providers the
        copy reports through (docs/telemetry.md).
        """
        _ = self.raw  # build it now so the copy shares it
        bounds = None  # this client's, unless one is given
        if not (
            max_response_bytes is KEEP
            and max_line_bytes is None
            and deadline is KEEP
            and idle_timeout is KEEP
        ):
            bounds = with_bounds(
                self._config.bounds,
                max_response_bytes=max_response_bytes,
                max_line_bytes=KEEP if max_line_bytes is None else max_line_bytes,
                deadline=deadline,
                idle_timeout=idle_timeout,
            )
        config = with_overrides(self._config, timeout, max_retries, bounds)
        if strict_responses is not None:
            config = dataclasses.replace(config, strict_responses=strict_flag(strict_responses))
        if not isinstance(account_limits, Keep):
            config = dataclasses.replace(config, account_limits=account_limits_flag(account_limits))
        clone = object.__new__(type(self))  # what copy.copy does, without its protocol lookups
        clone.__dict__.update(self.__dict__)
        clone._set_config(config)
        if not isinstance(request_nonce, Keep):
            clone.request_nonce = request_nonce
        if tracer_provider is not None or meter_provider is not None:
            current = self._telemetry
            if isinstance(current, Telemetry):
                tracer_provider = tracer_provider or current.tracer_provider
                meter_provider = meter_provider or current.meter_provider
            clone._set_telemetry(tracer_provider, meter_provider)
        clone._bind()
        return clone

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def strict_responses(self) -> bool:
        """Whether an answer that deviates from the document raises (else it is kept)."""
        return self._config.strict_responses

    @property
    def max_retries(self) -> int:
        return self._config.max_retries

    @property
    def timeout(self) -> httpx2.Timeout:
        return self._config.timeout

    @property
    def raw(self) -> AuthenticatedClient:
        """The generated client, on the same connection pool, auth and retries."""
        if self._raw is None:
            # The token lives in the shared httpx2 client's headers; keep it out of this repr.
            raw = generated.AuthenticatedClient(
                base_url=self._config.base_url,
                token="<set on the shared httpx2 client>",
                raise_on_unexpected_status=False,
            )
            self._raw = self._attach(raw)
        return self._raw

    def _attach(self, raw: AuthenticatedClient) -> AuthenticatedClient:
        raise NotImplementedError

    def _deadline_at(self, op: Operation[Any]) -> float | None:
        return deadline_at(op.bounds, self._config.bounds)

    def _watch(self, op: Operation[Any], at: float | None, idle: float | None = None) -> ReadWatch:
        """The time limits of a call that started with deadline ``at`` (None: none)."""
        if at is None and idle is None:
            return NO_LIMITS
        return ReadWatch(at, self._deadline_seconds(op) if at is not None else None, idle)

    def _deadline_seconds(self, op: Operation[Any]) -> float | None:
        """The ``deadline=`` in force for ``op``: the call's, else the client's."""
        call = op.bounds
        if call is not None and call.deadline is not None:
            return call.deadline
        return self._config.bounds.deadline

    def _build(
        self,
        http: httpx2.Client | httpx2.AsyncClient,
        op: Operation[Any],
        deadline_at: float | None = None,
    ) -> httpx2.Request:
        kwargs = {**op.kwargs, **op.overrides} if op.overrides else dict(op.kwargs)
        headers = dict(kwargs.pop("headers", None) or {})
        if "json" in kwargs and headers.get("Content-Type") == _JSON:
            del headers["Content-Type"]  # httpx2 sets it for a json= body; no merge needed
        if op.extra_headers:
            headers.update(op.extra_headers)
        extensions = self._extensions.copy()
        if op.timeout is not None or deadline_at is not None:
            timeout = as_timeout(op.timeout, self._config.timeout)
            if deadline_at is not None:
                timeout = within(timeout, deadline_at - time.monotonic())
            extensions["timeout"] = timeout.as_dict()
        if op.extensions:
            extensions.update(op.extensions)
        if deadline_at is not None:
            extensions[DEADLINE_EXTENSION] = deadline_at
            extensions[DEADLINE_SECONDS_EXTENSION] = self._deadline_seconds(op)
        path = kwargs.pop("url")
        request = http.build_request(
            kwargs.pop("method").upper(),
            self._urls.get(path, path),
            headers=headers or None,
            extensions=extensions,
            **kwargs,
        )
        if path not in self._urls and not kwargs.get("params") and not http.params:
            self._keep_url(path, request.url)
        return request

    def _keep_url(self, path: str, url: httpx2.URL) -> None:
        """Remember what httpx2 made of ``path`` (a request with no query parameters of
        its own or the client's, so ``url`` is the path on the base URL and nothing else).

        httpx2 parses a string URL and joins it to the base URL on every request, which
        costs more than all of this client's own work on a call; a ``URL`` it takes as
        is. Bounded: paths that name an object (a file id) come and go.
        """
        if len(self._urls) >= _URLS_KEPT:
            self._urls.clear()
        self._urls[path] = url

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._config.base_url!r}, "
            f"max_retries={self._config.max_retries}, api_key='***')"
        )


def _parse(op: Operation[T], response: httpx2.Response) -> T:
    try:
        result = op.parse(response)
    except MoonshotError:
        raise
    except ResponseDeviation as error:  # strict_responses: the path, the document, the answer
        raise APIResponseValidationError(
            f"the {response.status_code} response deviates from the document: {error}",
            response=response,
        ) from error
    except Exception as error:  # only the library's errors leave a call
        content_type = response.headers.get("content-type", "?")
        raise APIResponseValidationError(
            f"could not read the {response.status_code} response ({content_type}): "
            f"{type(error).__name__}: {error}",
            response=response,
        ) from error
    remember_rate_limit(result, response)
    return result


def _connection_error(error: httpx2.TransportError, request: httpx2.Request) -> APIConnectionError:
    if isinstance(error, httpx2.TimeoutException):
        # A timeout cut short to the call's deadline is the deadline passing.
        at = request.extensions.get(DEADLINE_EXTENSION)
        if at is not None and time.monotonic() >= at - DEADLINE_SLACK:
            return deadline_passed(request.extensions.get(DEADLINE_SECONDS_EXTENSION), request)
        return APITimeoutError(f"Request timed out ({type(error).__name__}).", request=request)
    return APIConnectionError(f"Connection error: {type(error).__name__}: {error}", request=request)


def body_error(error: Exception, response: httpx2.Response | None) -> APIError:
    """The typed error for a body that could not be read whole."""
    request = response.request if response is not None else None
    if isinstance(error, TimeUp):
        return deadline_passed(error.seconds, request)
    if isinstance(error, httpx2.DecodingError) and response is not None:
        return APIResponseValidationError(f"could not decode the body: {error}", response=response)
    if isinstance(error, httpx2.TransportError) and request is not None:
        return _connection_error(error, request)
    return APIConnectionError(f"Connection error: {type(error).__name__}: {error}", request=request)


class SyncBaseClient(_Common):
    """Sends operations over one shared ``httpx2.Client``."""

    _http: httpx2.Client

    def _init_http(self, config: ClientConfig, http_client: httpx2.Client | None) -> None:
        check_http_client(http_client, httpx2.Client)
        self._init_common(config)
        options = _client_options(config, http_client)
        inner: httpx2.BaseTransport = (
            LazyHTTPTransport(http2=config.http2)
            if http_client is None
            else ClientTransport(http_client)
        )
        limited = LimitsTransport(inner)
        self._http = httpx2.Client(transport=RetryTransport(limited, self._policy), **options)

    def _attach(self, raw: AuthenticatedClient) -> AuthenticatedClient:
        return raw.set_httpx_client(self._http)

    def _send(
        self, op: Operation[Any], *, stream: bool = False, deadline_at: float | None = None
    ) -> httpx2.Response:
        request = self._build(self._http, op, deadline_at)
        try:
            response = self._http.send(request, stream=True)
        except httpx2.TransportError as error:
            raise _connection_error(error, request) from error
        if response.status_code >= 400 or not stream:
            response = self._read(op, response, deadline_at)
            if response.status_code >= 400:
                raise make_status_error(response)
        return response

    def _read(
        self, op: Operation[Any], response: httpx2.Response, deadline_at: float | None
    ) -> httpx2.Response:
        """The whole body, within the call's size cap and deadline; the response closed."""
        # Without a deadline there is no watch thread to start or stop.
        watch = NO_LIMITS if deadline_at is None else self._watch(op, deadline_at)
        if watch is not NO_LIMITS:
            watch.start(response)
        try:
            return read_body(response, response_cap(op.bounds, self._config.bounds), watch)
        except (httpx2.TransportError, httpx2.DecodingError, TimeUp) as error:
            raise body_error(error, response) from error
        finally:
            if watch is not NO_LIMITS:
                watch.stop()

    def _request(self, op: Operation[T]) -> T:
        call = self._telemetry.start(op)
        try:
            response = self._send(op, deadline_at=deadline_at(op.bounds, self._config.bounds))
            result = _parse(op, response)
            if self._config.account_limits is not None:
                settle_usage(response, result)
        except BaseException as error:
            call.failed(error)
            raise
        return call.done(result, response)

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()


class AsyncBaseClient(_Common):
    """Sends operations over one shared ``httpx2.AsyncClient``."""

    _http: httpx2.AsyncClient

    def _init_http(self, config: ClientConfig, http_client: httpx2.AsyncClient | None) -> None:
        check_http_client(http_client, httpx2.AsyncClient)
        self._init_common(config)
        options = _client_options(config, http_client)
        inner: httpx2.AsyncBaseTransport = (
            AsyncLazyHTTPTransport(http2=config.http2)
            if http_client is None
            else AsyncClientTransport(http_client)
        )
        limited = AsyncLimitsTransport(inner)
        self._http = httpx2.AsyncClient(
            transport=AsyncRetryTransport(limited, self._policy), **options
        )

    def _attach(self, raw: AuthenticatedClient) -> AuthenticatedClient:
        return raw.set_async_httpx_client(self._http)

    async def _send(
        self, op: Operation[Any], *, stream: bool = False, deadline_at: float | None = None
    ) -> httpx2.Response:
        request = self._build(self._http, op, deadline_at)
        watch = self._watch(op, deadline_at)
        response: httpx2.Response | None = None
        try:
            if watch is NO_LIMITS:  # no cancel scope to enter and leave
                response = await self._http.send(request, stream=True)
            else:
                with time_left(watch):
                    response = await self._http.send(request, stream=True)
        except httpx2.TransportError as error:
            raise _connection_error(error, request) from error
        if response is None:
            raise body_error(watch.time_up("deadline"), None)
        if response.status_code >= 400 or not stream:
            response = await self._read(op, response, watch)
            if response.status_code >= 400:
                raise make_status_error(response)
        return response

    async def _read(
        self, op: Operation[Any], response: httpx2.Response, watch: ReadWatch
    ) -> httpx2.Response:
        """The whole body, within the call's size cap and deadline; the response closed."""
        try:
            return await aread_body(response, response_cap(op.bounds, self._config.bounds), watch)
        except (httpx2.TransportError, httpx2.DecodingError, TimeUp) as error:
            raise body_error(error, response) from error
        finally:
            if not response.is_closed:  # a whole read closed it already
                await response.aclose()

    async def _request(self, op: Operation[T]) -> T:
        call = self._telemetry.start(op)
        try:
            response = await self._send(op, deadline_at=deadline_at(op.bounds, self._config.bounds))
            result = _parse(op, response)
            if self._config.account_limits is not None:
                await asettle_usage(response, result)
        except BaseException as error:
            call.failed(error)
            raise
        return call.done(result, response)

    async def close(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()
