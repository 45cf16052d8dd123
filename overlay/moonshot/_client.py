"""``Moonshot`` and ``AsyncMoonshot``: the clients users construct."""

from __future__ import annotations

import copy
from types import TracebackType
from typing import Self

import httpx

from ._base_client import AsyncBaseClient, SyncBaseClient
from ._config import ClientConfig, TimeoutTypes, as_timeout, resolve_config
from ._errors import ValidationError
from .resources.balance import AsyncBalance, Balance
from .resources.batches import AsyncBatches, Batches
from .resources.chat import AsyncChat, Chat
from .resources.files import AsyncFiles, Files
from .resources.models import AsyncModels, Models
from .resources.tokenizers import AsyncTokenizers, Tokenizers

__all__ = ["AsyncMoonshot", "Moonshot"]


def _with_options(
    config: ClientConfig, timeout: TimeoutTypes, max_retries: int | None
) -> ClientConfig:
    if max_retries is not None and (not isinstance(max_retries, int) or max_retries < 0):
        raise ValidationError(
            f"max_retries: must be an integer >= 0, got {max_retries!r}", field="max_retries"
        )
    return ClientConfig(
        api_key=config.api_key,
        base_url=config.base_url,
        timeout=as_timeout(timeout, config.timeout),
        max_retries=config.max_retries if max_retries is None else max_retries,
        default_headers=config.default_headers,
    )


class Moonshot(SyncBaseClient):
    """Synchronous client for the Moonshot AI API.

    ``api_key`` and ``base_url`` default to ``MOONSHOT_API_KEY`` and ``MOONSHOT_BASE_URL``;
    the base URL may end in ``/v1`` or not. Timeouts default to 600 s read, 5 s connect.
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
        max_retries: int = 2,
        default_headers: dict[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        config = resolve_config(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
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

    def with_options(self, *, timeout: TimeoutTypes = None, max_retries: int | None = None) -> Self:
        """A copy with other defaults that shares this client's connection pool."""
        _ = self.raw  # build it now so the copy shares it
        clone = copy.copy(self)
        clone._config = _with_options(self._config, timeout, max_retries)
        clone._bind()
        return clone

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
        max_retries: int = 2,
        default_headers: dict[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        config = resolve_config(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
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

    def with_options(self, *, timeout: TimeoutTypes = None, max_retries: int | None = None) -> Self:
        """A copy with other defaults that shares this client's connection pool."""
        _ = self.raw  # build it now so the copy shares it
        clone = copy.copy(self)
        clone._config = _with_options(self._config, timeout, max_retries)
        clone._bind()
        return clone

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
