"""Models the API's pages say are served but the API document no longer lists.

The document's chat discriminator names only the newest models; the pages (the model
parameter reference, the troubleshooting page, the file-upload page's own programs)
still describe older ones, and the live API answers them. The local server serves them
too: a request for one is checked against the fields every documented variant shares
(what the client checks for a model outside the document) and against the rules the
pages state for it, below, each with its page and line under ``shared/spec/docs/``.
A name neither lists stays a 404.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["PAGE_MODELS", "PageModel", "page_model"]

_OVERVIEW = "platform/api_models-overview.md"
_TROUBLE = "help-center/api-troubleshooting.md"
_THINKING = "platform/guide_use-thinking-models.md"
_UPLOAD = "files-upload.md"

NEAR_ZERO = 0.01
"""What "temperature close to 0" is taken to mean (the page gives no number)."""


@dataclass(frozen=True)
class PageModel:
    """One model the pages describe, with what they say of its parameters."""

    id: str
    context_length: int
    sources: tuple[tuple[str, str], ...]
    """``(page:line, quote)``: where under ``shared/spec/docs/`` the pages say it, word
    for word, for the model and each rule below."""
    thinking_default: bool = False
    """Thinking is on unless ``thinking.type`` is ``disabled`` (else the model never thinks)."""
    thinking_keep: bool = True
    """Whether ``thinking.keep`` (Preserved Thinking) is accepted."""
    max_n: int | None = None
    n_one_near_zero_temperature: bool = False
    default_temperature: float | None = None

    def thinks(self, thinking: Any) -> bool:
        if not self.thinking_default:
            return False
        return not (isinstance(thinking, Mapping) and thinking.get("type") == "disabled")

    def problems(self, body: Mapping[str, Any]) -> list[str]:
        """What the pages' rules refuse in ``body``, in the pages' words."""
        found: list[str] = []
        thinking = body.get("thinking")
        if isinstance(thinking, Mapping) and "keep" in thinking and not self.thinking_keep:
            found.append(f"thinking.keep: {self.id} does not support Preserved Thinking")
        temperature = body.get("temperature")  # fixed values: page_parameters, for every model
        n = body.get("n")
        if self.max_n is not None and isinstance(n, int) and not 1 <= n <= self.max_n:
            found.append(f"n: must be between 1 and {self.max_n} for {self.id} (got {n})")
        if self.n_one_near_zero_temperature and isinstance(n, int) and n > 1:
            value = temperature if isinstance(temperature, int | float) else None
            value = self.default_temperature if value is None else value
            if value is not None and value < NEAR_ZERO:
                found.append(
                    f"n: when temperature is close to 0, n can only be 1 (got n={n}, "
                    f"temperature={value})"
                )
        return found


_K2_256K = 256 * 1024

PAGE_MODELS: tuple[PageModel, ...] = (
    PageModel(
        "kimi-k2.5",
        _K2_256K,
        sources=(
            (f"{_OVERVIEW}:61", "`kimi-k2.5`"),  # the table's last column
            (f"{_OVERVIEW}:63", "| 256K tokens                                           |"),
            (f"{_OVERVIEW}:64", '`{"type":"enabled"}` (default), `{"type":"disabled"}` |'),
            (
                f"{_OVERVIEW}:99",
                "`kimi-k2.5`: fixed at `1.0` in thinking mode and `0.6` in non-thinking "
                "mode; other values return an error.",
            ),
            (f"{_THINKING}:18", "**does not support Preserved Thinking**"),
            (f"{_TROUBLE}:204", "`kimi-k2.5`"),
        ),
        thinking_default=True,
        thinking_keep=False,
    ),
    PageModel(
        "kimi-k2-turbo-preview",
        _K2_256K,
        sources=(
            (f"{_TROUBLE}:196", "and `kimi-k2-turbo-preview` support up to 256k tokens"),
            (f"{_TROUBLE}:204", "the maximum output length is `256*1024 - prompt_tokens`"),
            (f"{_UPLOAD}:51", 'model="kimi-k2-turbo-preview"'),
        ),
    ),
    PageModel(
        "kimi-k2-0905-preview",
        _K2_256K,
        sources=(
            (f"{_TROUBLE}:196", "`kimi-k2-0905-preview`"),
            (f"{_TROUBLE}:204", "`kimi-k2-0905-preview`"),
        ),
    ),
    *(
        PageModel(
            f"moonshot-v1-{size}k",
            size * 1024,
            sources=(
                (
                    f"{_TROUBLE}:{line}",
                    f"`moonshot-v1-{size}k`, the maximum output length is "
                    f"`{size}*1024 - prompt_tokens`",
                ),
                (f"{_OVERVIEW}:41", '"moonshot-v1 series"'),
                (f"{_OVERVIEW}:44", '"0.0"'),  # temperature, that column
                (f"{_OVERVIEW}:46", '"1 (max 5)"'),  # n, that column
                (f"{_OVERVIEW}:54", "When `temperature` is close to 0, `n` can only be 1."),
            ),
            max_n=5,
            n_one_near_zero_temperature=True,
            default_temperature=0.0,
        )
        for size, line in ((8, 201), (32, 202), (128, 203))
    ),
)
"""Not listed: ``moonshot-v1-auto`` and the ``-vision-preview`` models, which no page names."""

_BY_ID = {model.id: model for model in PAGE_MODELS}


def page_model(name: str) -> PageModel | None:
    """The page model called ``name``, or None."""
    return _BY_ID.get(name)
