"""``Moonshot`` and ``AsyncMoonshot``: the clients users construct."""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, overload

import httpx2

from ._defaults import DEFAULT_MAX_RETRIES
from ._http.base_client import AsyncBaseClient, SyncBaseClient
from ._http.config import TimeoutTypes, account_limits_flag, resolve_config, strict_flag
from ._http.limits import DEFAULT_MAX_LINE_BYTES, client_bounds
from ._http.signatures import NonceSource

if TYPE_CHECKING:
    from ._limits import AccountLimits
    from .resources.anthropic import Anthropic, AsyncAnthropic
    from .resources.balance import AsyncBalance, Balance
    from .resources.batches import AsyncBatches, Batches
    from .resources.chat import AsyncChat, Chat
    from .resources.files import AsyncFiles, Files
    from .resources.formulas import AsyncFormulas, Formulas
    from .resources.models import AsyncModels, Models
    from .resources.responses import AsyncResponses, Responses
    from .resources.signatures import AsyncSignatures, Signatures
    from .resources.tokenizers import AsyncTokenizers, Tokenizers
    from .resources.tools import AsyncTools, Tools

R = TypeVar("R")


class _Resource(Generic[R]):
    """A resource attribute built (and its module imported) on first access, then kept
    on the client, so constructing a client does not import every endpoint's code."""

    def __init__(self, module: str, name: str) -> None:
        self._module, self._name = module, name
        self._class: Callable[[object], R] | None = None

    def __set_name__(self, owner: type, attr: str) -> None:
        self._attr = attr

    @overload
    def __get__(self, client: None, owner: type) -> Self: ...
    @overload
    def __get__(self, client: object, owner: type) -> R: ...
    def __get__(self, client: object, owner: type) -> R | Self:
        if client is None:
            return self
        cls = self._class
        if cls is None:
            cls = self._class = getattr(
                importlib.import_module(self._module, __package__), self._name
            )
        resource: R = cls(client)
        client.__dict__[self._attr] = resource
        return resource


def _unbind(client: object) -> None:
    """Drop the resources built so far (a copy rebuilds them bound to itself)."""
    built = client.__dict__
    for attr in _resource_names(type(client)):
        built.pop(attr, None)


_RESOURCE_NAMES: dict[type, tuple[str, ...]] = {}


def _resource_names(cls: type) -> tuple[str, ...]:
    """The resource attributes of a client class (looked up once per class, not per copy)."""
    found = _RESOURCE_NAMES.get(cls)
    if found is None:
        found = _RESOURCE_NAMES[cls] = tuple(
            name for name in dir(cls) if isinstance(getattr(cls, name, None), _Resource)
        )
    return found


__all__ = ["AsyncMoonshot", "Moonshot"]


class Moonshot(SyncBaseClient):
    """Synchronous client for the Moonshot AI API.

    ``api_key`` and ``base_url`` default to ``MOONSHOT_API_KEY`` and ``MOONSHOT_BASE_URL``;
    the base URL may end in ``/v1`` or not. Timeouts default to 600 s read, 5 s connect.
    ``http2=True`` negotiates HTTP/2 over TLS (the ``h2`` extra), so concurrent calls
    share one connection; ``http_client=`` takes an ``httpx2.Client`` configured your way
    (retries, auth and the base URL are still the client's).

    ``max_response_bytes`` replaces every operation's default body cap (docs/errors.md),
    ``max_line_bytes`` caps one SSE event or batch result line, ``deadline`` bounds each
    call in seconds (retries and body included) and ``idle_timeout`` the silence between
    two events of a stream; each can also be given per call where the call takes it.
    ``request_nonce`` is sent with every model call that takes one: a string, or a
    function called for a fresh nonce per call (``lambda: str(uuid.uuid4())``).

    Answers are read as the API sends them: a field the document requires and the answer
    lacks is ``UNSET``, a value of another type is kept, each deviation is logged at DEBUG
    on the ``moonshot`` logger. ``strict_responses=True`` raises
    ``APIResponseValidationError`` instead, naming the JSON path.

    ``account_limits=AccountLimits(...)``: every request takes a slot of that budget
    (concurrency, RPM, TPM) before it is sent, shared in this process or, on Redis /
    Valkey, with every process using the same key (docs/account-limits.md).
    With ``opentelemetry-api`` installed (the ``otel`` extra) every call reports spans and
    metrics through the global providers, or ``tracer_provider`` / ``meter_provider``
    (docs/telemetry.md); ``moonshot.response_of(result)`` tells any result's HTTP answer.
    """

    chat: _Resource[Chat] = _Resource(".resources.chat", "Chat")
    models: _Resource[Models] = _Resource(".resources.models", "Models")
    files: _Resource[Files] = _Resource(".resources.files", "Files")
    batches: _Resource[Batches] = _Resource(".resources.batches", "Batches")
    tokenizers: _Resource[Tokenizers] = _Resource(".resources.tokenizers", "Tokenizers")
    balance: _Resource[Balance] = _Resource(".resources.balance", "Balance")
    signatures: _Resource[Signatures] = _Resource(".resources.signatures", "Signatures")
    responses: _Resource[Responses] = _Resource(".resources.responses", "Responses")
    anthropic: _Resource[Anthropic] = _Resource(".resources.anthropic", "Anthropic")
    tools: _Resource[Tools] = _Resource(".resources.tools", "Tools")
    formulas: _Resource[Formulas] = _Resource(".resources.formulas", "Formulas")

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: dict[str, str] | None = None,
        http_client: httpx2.Client | None = None,
        http2: bool = False,
        max_response_bytes: int | None = None,
        max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: NonceSource = None,
        strict_responses: bool = False,
        account_limits: AccountLimits | None = None,
        tracer_provider: Any = None,
        meter_provider: Any = None,
    ) -> None:
        config = resolve_config(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http2=http2,
        )
        bounds = client_bounds(
            max_response_bytes=max_response_bytes,
            max_line_bytes=max_line_bytes,
            deadline=deadline,
            idle_timeout=idle_timeout,
        )
        config = dataclasses.replace(
            config,
            bounds=bounds,
            strict_responses=strict_flag(strict_responses),
            account_limits=account_limits_flag(account_limits),
        )
        self._init_http(config, http_client)
        if tracer_provider is not None or meter_provider is not None:
            self._set_telemetry(tracer_provider, meter_provider)
        self.request_nonce = request_nonce
        self._bind()

    def _bind(self) -> None:
        _unbind(self)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncMoonshot(AsyncBaseClient):
    """Asynchronous client for the Moonshot AI API; mirrors :class:`Moonshot`."""

    chat: _Resource[AsyncChat] = _Resource(".resources.chat", "AsyncChat")
    models: _Resource[AsyncModels] = _Resource(".resources.models", "AsyncModels")
    files: _Resource[AsyncFiles] = _Resource(".resources.files", "AsyncFiles")
    batches: _Resource[AsyncBatches] = _Resource(".resources.batches", "AsyncBatches")
    tokenizers: _Resource[AsyncTokenizers] = _Resource(".resources.tokenizers", "AsyncTokenizers")
    balance: _Resource[AsyncBalance] = _Resource(".resources.balance", "AsyncBalance")
    signatures: _Resource[AsyncSignatures] = _Resource(".resources.signatures", "AsyncSignatures")
    responses: _Resource[AsyncResponses] = _Resource(".resources.responses", "AsyncResponses")
    anthropic: _Resource[AsyncAnthropic] = _Resource(".resources.anthropic", "AsyncAnthropic")
    tools: _Resource[AsyncTools] = _Resource(".resources.tools", "AsyncTools")
    formulas: _Resource[AsyncFormulas] = _Resource(".resources.formulas", "AsyncFormulas")

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: dict[str, str] | None = None,
        http_client: httpx2.AsyncClient | None = None,
        http2: bool = False,
        max_response_bytes: int | None = None,
        max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: NonceSource = None,
        strict_responses: bool = False,
        account_limits: AccountLimits | None = None,
        tracer_provider: Any = None,
        meter_provider: Any = None,
    ) -> None:
        config = resolve_config(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http2=http2,
        )
        bounds = client_bounds(
            max_response_bytes=max_response_bytes,
            max_line_bytes=max_line_bytes,
            deadline=deadline,
            idle_timeout=idle_timeout,
        )
        config = dataclasses.replace(
            config,
            bounds=bounds,
            strict_responses=strict_flag(strict_responses),
            account_limits=account_limits_flag(account_limits),
        )
        self._init_http(config, http_client)
        if tracer_provider is not None or meter_provider is not None:
            self._set_telemetry(tracer_provider, meter_provider)
        self.request_nonce = request_nonce
        self._bind()

    def _bind(self) -> None:
        _unbind(self)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
