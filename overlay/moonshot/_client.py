"""``Moonshot`` and ``AsyncMoonshot``: the clients users construct."""

from __future__ import annotations

import dataclasses
from types import TracebackType
from typing import Self

import httpx2

from ._defaults import DEFAULT_MAX_RETRIES
from ._http.base_client import AsyncBaseClient, SyncBaseClient
from ._http.config import TimeoutTypes, resolve_config
from ._http.limits import DEFAULT_MAX_LINE_BYTES, client_bounds
from ._http.signatures import NonceSource
from .resources.anthropic import Anthropic, AsyncAnthropic
from .resources.balance import AsyncBalance, Balance
from .resources.batches import AsyncBatches, Batches
from .resources.chat import AsyncChat, Chat
from .resources.files import AsyncFiles, Files
from .resources.models import AsyncModels, Models
from .resources.responses import AsyncResponses, Responses
from .resources.signatures import AsyncSignatures, Signatures
from .resources.tokenizers import AsyncTokenizers, Tokenizers
from .resources.tools import AsyncTools, Tools

__all__ = ["AsyncMoonshot", "Moonshot"]


class Moonshot(SyncBaseClient):
    """Synchronous client for the Moonshot AI API.

    ``api_key`` and ``base_url`` default to ``MOONSHOT_API_KEY`` and ``MOONSHOT_BASE_URL``;
    the base URL may end in ``/v1`` or not. Timeouts default to 600 s read, 5 s connect.
    ``http2=True`` negotiates HTTP/2 over TLS (the ``h2`` extra), so concurrent calls
    share one connection; ``http_client=`` takes an ``httpx2.Client`` configured your way
    (retries, auth and the base URL are still the client's).

    ``max_response_bytes`` replaces every operation's default body cap (README "Limits"),
    ``max_line_bytes`` caps one SSE event or batch result line, ``deadline`` bounds each
    call in seconds (retries and body included) and ``idle_timeout`` the silence between
    two events of a stream; each can also be given per call where the call takes it.
    ``request_nonce`` is sent with every model call that takes one: a string, or a
    function called for a fresh nonce per call (``lambda: str(uuid.uuid4())``).
    """

    chat: Chat
    models: Models
    files: Files
    batches: Batches
    tokenizers: Tokenizers
    balance: Balance
    signatures: Signatures
    responses: Responses
    anthropic: Anthropic
    tools: Tools

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
        config = dataclasses.replace(config, bounds=bounds)
        self._init_http(config, http_client)
        self.request_nonce = request_nonce
        self._bind()

    def _bind(self) -> None:
        self.chat = Chat(self)
        self.models = Models(self)
        self.files = Files(self)
        self.batches = Batches(self)
        self.tokenizers = Tokenizers(self)
        self.balance = Balance(self)
        self.signatures = Signatures(self)
        self.responses = Responses(self)
        self.anthropic = Anthropic(self)
        self.tools = Tools(self)

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

    chat: AsyncChat
    models: AsyncModels
    files: AsyncFiles
    batches: AsyncBatches
    tokenizers: AsyncTokenizers
    balance: AsyncBalance
    signatures: AsyncSignatures
    responses: AsyncResponses
    anthropic: AsyncAnthropic
    tools: AsyncTools

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
        config = dataclasses.replace(config, bounds=bounds)
        self._init_http(config, http_client)
        self.request_nonce = request_nonce
        self._bind()

    def _bind(self) -> None:
        self.chat = AsyncChat(self)
        self.models = AsyncModels(self)
        self.files = AsyncFiles(self)
        self.batches = AsyncBatches(self)
        self.tokenizers = AsyncTokenizers(self)
        self.balance = AsyncBalance(self)
        self.signatures = AsyncSignatures(self)
        self.responses = AsyncResponses(self)
        self.anthropic = AsyncAnthropic(self)
        self.tools = AsyncTools(self)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
