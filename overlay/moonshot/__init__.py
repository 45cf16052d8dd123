"""Python client for the Moonshot AI (Kimi) API.

from moonshot import Moonshot
client = Moonshot()  # MOONSHOT_API_KEY from the environment
completion = client.chat.completions.create(
    model="kimi-k2.6", messages=[{"role": "user", "content": "Hello"}]
)
print(completion.choices[0].message.content)
"""

from ._batch_results import BatchResult, BatchWaitTimeout
from ._chunks import (
    ChatCompletionChunk,
    ChoiceDelta,
    ChoiceDeltaToolCall,
    ChoiceDeltaToolCallFunction,
    ChunkChoice,
)
from ._client import AsyncMoonshot, Moonshot
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APIStreamError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ContentFilterError,
    InternalServerError,
    MoonshotError,
    NotFoundError,
    OverloadedError,
    PermissionDeniedError,
    QuotaExceededError,
    RateLimitError,
    StreamInterruptedError,
    UnprocessableEntityError,
    ValidationError,
)
from ._extraction import ExtractionError
from ._media import image_part, text_part, video_part
from ._mfjs import check_schema
from ._rate_limits import RateLimitInfo, rate_limit_of
from ._streaming import AsyncChatCompletionStream, ChatCompletionStream
from .agents import (
    LengthFinishReasonError,
    MaxStepsExceededError,
    OutputValidationError,
    ToolRunResult,
    function_tool,
    web_search_tool,
)
from .resources.files import FileContent

__version__ = "0.1.0"

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
    "ContentFilterError",
    "ExtractionError",
    "FileContent",
    "InternalServerError",
    "LengthFinishReasonError",
    "MaxStepsExceededError",
    "Moonshot",
    "MoonshotError",
    "NotFoundError",
    "OutputValidationError",
    "OverloadedError",
    "PermissionDeniedError",
    "QuotaExceededError",
    "RateLimitError",
    "RateLimitInfo",
    "StreamInterruptedError",
    "ToolRunResult",
    "UnprocessableEntityError",
    "ValidationError",
    "__version__",
    "check_schema",
    "function_tool",
    "image_part",
    "rate_limit_of",
    "text_part",
    "video_part",
    "web_search_tool",
]
