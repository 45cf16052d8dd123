"""``logprobs``: the log probabilities of output tokens, typed.

The API document has the request side (``logprobs``, ``top_logprobs``) and says the
answer carries them "in the logprobs field of the response message", without a schema.
OpenAI-compatible servers put the same object on the choice. The client reads both
places, in the shape the OpenAI-compatible API uses (``content``: one entry per token
with ``token``, ``logprob``, ``bytes`` and ``top_logprobs``), and keeps any field it
does not name, like every other typed view.
"""

from __future__ import annotations

from typing import Any

from .views import _View

__all__ = ["ChatCompletionLogprobs", "TokenLogprob", "TopLogprob", "logprobs_from"]


class TopLogprob(_View):
    """One of the most likely tokens at a position."""

    __slots__ = ()
    _known = frozenset(("token", "logprob", "bytes"))

    @property
    def token(self) -> str:
        value: str = self._data.get("token", "")
        return value

    @property
    def logprob(self) -> float:
        value: float = self._data.get("logprob", 0.0)
        return value

    @property
    def bytes(self) -> list[int] | None:
        value: list[int] | None = self._data.get("bytes")
        return value


class TokenLogprob(TopLogprob):
    """One output token: its log probability and the most likely alternatives."""

    __slots__ = ()
    _known = frozenset(("token", "logprob", "bytes", "top_logprobs"))

    @property
    def top_logprobs(self) -> list[TopLogprob]:
        items = self._data.get("top_logprobs")
        return [TopLogprob(i) for i in items if type(i) is dict] if type(items) is list else []


class ChatCompletionLogprobs(_View):
    """The ``logprobs`` of a message or choice: ``content`` has one entry per token."""

    __slots__ = ()
    _known = frozenset(("content",))

    @property
    def content(self) -> list[TokenLogprob]:
        items = self._data.get("content")
        return [TokenLogprob(i) for i in items if type(i) is dict] if type(items) is list else []


def logprobs_from(value: Any) -> ChatCompletionLogprobs | None:
    """A typed view over a ``logprobs`` value as received (None when absent or null)."""
    return ChatCompletionLogprobs(value) if type(value) is dict else None
