"""Python client for the Moonshot AI (Kimi) API.

from moonshot import Moonshot
client = Moonshot()  # MOONSHOT_API_KEY from the environment
completion = client.chat.completions.create(
    model="kimi-k2.6", messages=[{"role": "user", "content": "Hello"}]
)
print(completion.choices[0].message.content)
"""

from ._batches.results import BatchResult
from ._client import AsyncMoonshot, Moonshot
from ._defaults import VERSION as __version__
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APIStreamError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BatchWaitTimeout,
    ConflictError,
    ExtractionError,
    InternalServerError,
    MoonshotError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    StreamInterruptedError,
    UnprocessableEntityError,
    UploadError,
    ValidationError,
)
from ._streams.chat_stream import AsyncChatCompletionStream, ChatCompletionStream
from ._streams.chunks import (
    ChatCompletionChunk,
    ChoiceDelta,
    ChoiceDeltaToolCall,
    ChoiceDeltaToolCallFunction,
    ChunkChoice,
)
from ._uploads.media import image_part, text_part, video_part
from .resources.files import FileContent

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamError",
    "APITimeoutError",
    "AsyncChatCompletionStream",
    "AsyncMoonshot",
    "AuthenticationError",
    "BadRequestError",
    "BatchResult",
    "BatchWaitTimeout",
    "ChatCompletionChunk",
    "ChatCompletionStream",
    "ChoiceDelta",
    "ChoiceDeltaToolCall",
    "ChoiceDeltaToolCallFunction",
    "ChunkChoice",
    "ConflictError",
    "ExtractionError",
    "FileContent",
    "InternalServerError",
    "Moonshot",
    "MoonshotError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "StreamInterruptedError",
    "UnprocessableEntityError",
    "UploadError",
    "ValidationError",
    "__version__",
    "image_part",
    "text_part",
    "video_part",
]


def __getattr__(name: str) -> object:
    """``moonshot.types`` on first use: it builds every generated class, ``import moonshot``
    does not."""
    if name == "types":
        import importlib

        return importlib.import_module("moonshot.types")
    raise AttributeError(f"module 'moonshot' has no attribute {name!r}")
