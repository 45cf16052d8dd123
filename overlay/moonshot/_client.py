"""``Moonshot`` and ``AsyncMoonshot``: the clients users construct."""

from __future__ import annotations

from types import TracebackType
from typing import Self

import httpx

from ._base_client import AsyncBaseClient, SyncBaseClient
from ._config import TimeoutTypes, resolve_config
from ._signatures import NonceSource
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
        max_retries: int = 2,
        default_headers: dict[str, str] | None = None,
        http_client: httpx.Client | None = None,
        request_nonce: NonceSource = None,
    ) -> None:
        config = resolve_config(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
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
        max_retries: int = 2,
        default_headers: dict[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        request_nonce: NonceSource = None,
    ) -> None:
        config = resolve_config(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
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
