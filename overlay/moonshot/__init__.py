"""Python client for the Moonshot AI (Kimi) API.

from moonshot import Moonshot
client = Moonshot()  # MOONSHOT_API_KEY from the environment
completion = client.chat.completions.create(
    model="kimi-k3", messages=[{"role": "user", "content": "Hello"}]
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
    InternalServerError,
    MoonshotError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    StreamInterruptedError,
    UnprocessableEntityError,
    ValidationError,
)
from ._event_stream import UnknownStreamEvent
from ._extraction import ExtractionError
from ._logprobs import ChatCompletionLogprobs, TokenLogprob, TopLogprob
from ._media import image_part, text_part, video_part
from ._messages_stream import AsyncMessageStream, MessageStream
from ._responses_stream import AsyncResponseStream, ResponseStream
from ._signatures import RequestSignature, signature_of
from ._streaming import AsyncChatCompletionStream, ChatCompletionStream
from .resources.files import FileContent

__version__ = "0.2.0"

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamError",
    "APITimeoutError",
    "AsyncChatCompletionStream",
    "AsyncMessageStream",
    "AsyncMoonshot",
    "AsyncResponseStream",
    "AuthenticationError",
    "BadRequestError",
    "BatchResult",
    "BatchWaitTimeout",
    "ChatCompletionChunk",
    "ChatCompletionLogprobs",
    "ChatCompletionStream",
    "ChoiceDelta",
    "ChoiceDeltaToolCall",
    "ChoiceDeltaToolCallFunction",
    "ChunkChoice",
    "ConflictError",
    "ExtractionError",
    "FileContent",
    "InternalServerError",
    "MessageStream",
    "Moonshot",
    "MoonshotError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestSignature",
    "RequestTimeoutError",
    "ResponseStream",
    "StreamInterruptedError",
    "TokenLogprob",
    "TopLogprob",
    "UnknownStreamEvent",
    "UnprocessableEntityError",
    "ValidationError",
    "__version__",
    "image_part",
    "signature_of",
    "text_part",
    "video_part",
]
