"""Python client for the Moonshot AI (Kimi) API.

from moonshot import Moonshot
client = Moonshot()  # MOONSHOT_API_KEY from the environment
completion = client.chat.completions.create(
    model="kimi-k3", messages=[{"role": "user", "content": "Hello"}]
)
print(completion.choices[0].message.content)
"""

import importlib as _importlib
import typing as _typing
from collections.abc import Callable as _Callable
from collections.abc import Mapping as _Mapping

from ._defaults import VERSION as __version__

if _typing.TYPE_CHECKING:
    from ._batch_lines.results import BatchResult as BatchResult
    from ._client import AsyncMoonshot as AsyncMoonshot
    from ._client import Moonshot as Moonshot
    from ._errors import AccountLimitsStoreError as AccountLimitsStoreError
    from ._errors import APIConnectionError as APIConnectionError
    from ._errors import APIError as APIError
    from ._errors import APIResponseValidationError as APIResponseValidationError
    from ._errors import APIStatusError as APIStatusError
    from ._errors import APIStreamError as APIStreamError
    from ._errors import APITimeoutError as APITimeoutError
    from ._errors import AuthenticationError as AuthenticationError
    from ._errors import BadRequestError as BadRequestError
    from ._errors import BatchWaitTimeout as BatchWaitTimeout
    from ._errors import ConflictError as ConflictError
    from ._errors import ContentFilterError as ContentFilterError
    from ._errors import ExtractionError as ExtractionError
    from ._errors import InternalServerError as InternalServerError
    from ._errors import LengthFinishReasonError as LengthFinishReasonError
    from ._errors import MaxStepsExceededError as MaxStepsExceededError
    from ._errors import MoonshotError as MoonshotError
    from ._errors import NotFoundError as NotFoundError
    from ._errors import OutputValidationError as OutputValidationError
    from ._errors import OverloadedError as OverloadedError
    from ._errors import PermissionDeniedError as PermissionDeniedError
    from ._errors import QuotaExceededError as QuotaExceededError
    from ._errors import RateLimitError as RateLimitError
    from ._errors import RateLimitInfo as RateLimitInfo
    from ._errors import RequestTimeoutError as RequestTimeoutError
    from ._errors import ResponseTooLargeError as ResponseTooLargeError
    from ._errors import StreamInterruptedError as StreamInterruptedError
    from ._errors import StreamTimeoutError as StreamTimeoutError
    from ._errors import StreamTooLargeError as StreamTooLargeError
    from ._errors import UnprocessableEntityError as UnprocessableEntityError
    from ._errors import UploadError as UploadError
    from ._errors import ValidationError as ValidationError
    from ._http.rate_limits import rate_limit_of as rate_limit_of
    from ._http.signatures import RequestSignature as RequestSignature
    from ._http.signatures import signature_of as signature_of
    from ._limits import AccountLimits as AccountLimits
    from ._openapi.logprobs import ChatCompletionLogprobs as ChatCompletionLogprobs
    from ._openapi.logprobs import TokenLogprob as TokenLogprob
    from ._openapi.logprobs import TopLogprob as TopLogprob
    from ._openapi.mfjs import check_schema as check_schema
    from ._streams.chat_stream import AsyncChatCompletionStream as AsyncChatCompletionStream
    from ._streams.chat_stream import ChatCompletionStream as ChatCompletionStream
    from ._streams.chunks import ChatCompletionChunk as ChatCompletionChunk
    from ._streams.chunks import ChoiceDelta as ChoiceDelta
    from ._streams.chunks import ChoiceDeltaToolCall as ChoiceDeltaToolCall
    from ._streams.chunks import ChoiceDeltaToolCallFunction as ChoiceDeltaToolCallFunction
    from ._streams.chunks import ChunkChoice as ChunkChoice
    from ._streams.event_stream import UnknownStreamEvent as UnknownStreamEvent
    from ._streams.messages_stream import AsyncMessageStream as AsyncMessageStream
    from ._streams.messages_stream import MessageStream as MessageStream
    from ._streams.responses_stream import AsyncResponseStream as AsyncResponseStream
    from ._streams.responses_stream import ResponseStream as ResponseStream
    from ._telemetry.response_info import ResponseInfo as ResponseInfo
    from ._telemetry.response_info import response_of as response_of
    from ._uploads.media import image_part as image_part
    from ._uploads.media import text_part as text_part
    from ._uploads.media import video_part as video_part
    from .agents import ToolRunResult as ToolRunResult
    from .agents import formula as formula
    from .agents import function_tool as function_tool
    from .agents import web_search_tool as web_search_tool
    from .resources.files import FileContent as FileContent

# Public name -> the module that defines it, imported on first use (PEP 562): importing
# moonshot costs nothing until a name is used, which keeps the pytest plugin of
# moonshot.testing free for test runs that never use its fixtures.
_LAZY: dict[str, str | None] = {
    "BatchResult": "._batch_lines.results",
    "AsyncMoonshot": "._client",
    "Moonshot": "._client",
    "APIConnectionError": "._errors",
    "APIError": "._errors",
    "APIResponseValidationError": "._errors",
    "APIStatusError": "._errors",
    "APIStreamError": "._errors",
    "APITimeoutError": "._errors",
    "AuthenticationError": "._errors",
    "BadRequestError": "._errors",
    "BatchWaitTimeout": "._errors",
    "ConflictError": "._errors",
    "ExtractionError": "._errors",
    "InternalServerError": "._errors",
    "MoonshotError": "._errors",
    "NotFoundError": "._errors",
    "PermissionDeniedError": "._errors",
    "RateLimitError": "._errors",
    "StreamInterruptedError": "._errors",
    "UnprocessableEntityError": "._errors",
    "UploadError": "._errors",
    "ValidationError": "._errors",
    "AsyncChatCompletionStream": "._streams.chat_stream",
    "ChatCompletionStream": "._streams.chat_stream",
    "ChatCompletionChunk": "._streams.chunks",
    "ChoiceDelta": "._streams.chunks",
    "ChoiceDeltaToolCall": "._streams.chunks",
    "ChoiceDeltaToolCallFunction": "._streams.chunks",
    "ChunkChoice": "._streams.chunks",
    "image_part": "._uploads.media",
    "text_part": "._uploads.media",
    "video_part": "._uploads.media",
    "FileContent": ".resources.files",
    "UnknownStreamEvent": "._streams.event_stream",
    "AsyncMessageStream": "._streams.messages_stream",
    "MessageStream": "._streams.messages_stream",
    "AsyncResponseStream": "._streams.responses_stream",
    "ResponseStream": "._streams.responses_stream",
    "RequestTimeoutError": "._errors",
    "RequestSignature": "._http.signatures",
    "signature_of": "._http.signatures",
    "ChatCompletionLogprobs": "._openapi.logprobs",
    "TokenLogprob": "._openapi.logprobs",
    "TopLogprob": "._openapi.logprobs",
    "ResponseTooLargeError": "._errors",
    "StreamTimeoutError": "._errors",
    "StreamTooLargeError": "._errors",
    "ContentFilterError": "._errors",
    "OverloadedError": "._errors",
    "QuotaExceededError": "._errors",
    "RateLimitInfo": "._errors",
    "rate_limit_of": "._http.rate_limits",
    "ResponseInfo": "._telemetry.response_info",
    "response_of": "._telemetry.response_info",
    "check_schema": "._openapi.mfjs",
    "LengthFinishReasonError": "._errors",
    "MaxStepsExceededError": "._errors",
    "OutputValidationError": "._errors",
    "ToolRunResult": ".agents",
    "formula": ".agents",
    "function_tool": ".agents",
    "web_search_tool": ".agents",
    "AccountLimits": "._limits",
    "AccountLimitsStoreError": "._errors",
}

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamError",
    "APITimeoutError",
    "AccountLimits",
    "AccountLimitsStoreError",
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
    "ContentFilterError",
    "ExtractionError",
    "FileContent",
    "InternalServerError",
    "LengthFinishReasonError",
    "MaxStepsExceededError",
    "MessageStream",
    "Moonshot",
    "MoonshotError",
    "NotFoundError",
    "OutputValidationError",
    "OverloadedError",
    "PermissionDeniedError",
    "QuotaExceededError",
    "RateLimitError",
    "RateLimitInfo",
    "RequestSignature",
    "RequestTimeoutError",
    "ResponseInfo",
    "ResponseStream",
    "ResponseTooLargeError",
    "StreamInterruptedError",
    "StreamTimeoutError",
    "StreamTooLargeError",
    "TokenLogprob",
    "ToolRunResult",
    "TopLogprob",
    "UnknownStreamEvent",
    "UnprocessableEntityError",
    "UploadError",
    "ValidationError",
    "__version__",
    "check_schema",
    "formula",
    "function_tool",
    "image_part",
    "rate_limit_of",
    "response_of",
    "signature_of",
    "text_part",
    "video_part",
    "web_search_tool",
]


def _lazy(
    namespace: dict[str, object], names: _Mapping[str, str | None]
) -> tuple[_Callable[[str], object], _Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` (PEP 562) for a package whose public ``names``
    (name -> relative module, or None for a submodule of that name) load on first use."""
    package = str(namespace["__name__"])

    def getattr_(name: str) -> object:
        if name not in names:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module = names[name]
        if module is None:
            return _importlib.import_module(f".{name}", package)
        value = getattr(_importlib.import_module(module, package), name)
        namespace[name] = value
        return value

    def dir_() -> list[str]:
        return sorted({*namespace, *names})

    return getattr_, dir_


# moonshot.types builds every generated class: only when it is used. The declared
# types keep the loaders fully typed for checkers that read the package.
__getattr__: _Callable[[str], object]
__dir__: _Callable[[], list[str]]
__getattr__, __dir__ = _lazy(globals(), {**_LAZY, "types": None})
