"""What the agent helpers need of ``client.chat.completions``: a small typed protocol.

``moonshot.agents`` calls the client through these public methods only (never a private
attribute), so it imports nothing of ``moonshot.resources`` and there is no import cycle.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from .._openapi.answers import ChatCompletionResponse

__all__ = ["AsyncChatCalls", "SyncChatCalls"]


class SyncChatCalls(Protocol):
    """``client.chat.completions`` as a tool run uses it."""

    def create(self, **kwargs: Any) -> Any: ...

    def create_keeping_json(
        self, model: str, messages: Iterable[Any], params: Mapping[str, Any], **options: Any
    ) -> tuple[ChatCompletionResponse, dict[str, Any]]: ...


class AsyncChatCalls(Protocol):
    """The async ``client.chat.completions`` as a tool run uses it."""

    def create(self, **kwargs: Any) -> Any: ...

    async def create_keeping_json(
        self, model: str, messages: Iterable[Any], params: Mapping[str, Any], **options: Any
    ) -> tuple[ChatCompletionResponse, dict[str, Any]]: ...
