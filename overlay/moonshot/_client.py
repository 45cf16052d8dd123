"""``Moonshot`` and ``AsyncMoonshot``: the clients users construct."""

from __future__ import annotations

from types import TracebackType
from typing import Self

import httpx2

from ._defaults import DEFAULT_MAX_RETRIES
from ._http.base_client import AsyncBaseClient, SyncBaseClient
from ._http.config import TimeoutTypes, resolve_config
from .resources.balance import AsyncBalance, Balance
from .resources.batches import AsyncBatches, Batches
from .resources.chat import AsyncChat, Chat
from .resources.files import AsyncFiles, Files
from .resources.models import AsyncModels, Models
from .resources.tokenizers import AsyncTokenizers, Tokenizers

__all__ = ["AsyncMoonshot", "Moonshot"]


class Moonshot(SyncBaseClient):
    """Synchronous client for the Moonshot AI API.

    ``api_key`` and ``base_url`` default to ``MOONSHOT_API_KEY`` and ``MOONSHOT_BASE_URL``;
    the base URL may end in ``/v1`` or not. Timeouts default to 600 s read, 5 s connect.
    ``http2=True`` negotiates HTTP/2 over TLS (the ``h2`` extra), so concurrent calls
    share one connection; ``http_client=`` takes an ``httpx2.Client`` configured your way
    (retries, auth and the base URL are still the client's).
    """

    chat: Chat
    models: Models
    files: Files
    batches: Batches
    tokenizers: Tokenizers
    balance: Balance

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
    ) -> None:
        config = resolve_config(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http2=http2,
        )
        self._init_http(config, http_client)
        self._bind()

    def _bind(self) -> None:
        self.chat = Chat(self)
        self.models = Models(self)
        self.files = Files(self)
        self.batches = Batches(self)
        self.tokenizers = Tokenizers(self)
        self.balance = Balance(self)

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
    ) -> None:
        config = resolve_config(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http2=http2,
        )
        self._init_http(config, http_client)
        self._bind()

    def _bind(self) -> None:
        self.chat = AsyncChat(self)
        self.models = AsyncModels(self)
        self.files = AsyncFiles(self)
        self.batches = AsyncBatches(self)
        self.tokenizers = AsyncTokenizers(self)
        self.balance = AsyncBalance(self)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
