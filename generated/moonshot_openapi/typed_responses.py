"""Read-only views of the API's answers and stream events, for type checkers.

One ``Protocol`` per generated class an answer is read into, named as that class.
Written by scripts/generate_views.py from the generated models; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeAlias, runtime_checkable

if TYPE_CHECKING:
    from moonshot import ChatCompletionLogprobs

__all__ = [
    "BalanceResponse",
    "BalanceResponseData",
    "BatchListResponse",
    "BatchObject",
    "BatchObjectMetadata",
    "BatchRequestCounts",
    "ChatCompletionChoice",
    "ChatCompletionMessage",
    "ChatCompletionResponse",
    "ChatCompletionToolCall",
    "ChatCompletionToolCallFunction",
    "ChatCompletionUsage",
    "ChatCompletionUsagePromptTokensDetails",
    "CustomTool",
    "CustomToolFormat",
    "ErrorResponse",
    "ErrorResponseError",
    "EstimateTokenResponse",
    "EstimateTokenResponseData",
    "FileDeleteResponse",
    "FileListResponse",
    "FileObject",
    "FormulaFiber",
    "FormulaFiberContext",
    "FormulaToolList",
    "FunctionTool",
    "FunctionToolParameters",
    "MessagesErrorResponse",
    "MessagesErrorResponseError",
    "MessagesResponse",
    "MessagesResponseText",
    "MessagesResponseThinking",
    "MessagesResponseToolUse",
    "MessagesResponseToolUseInput",
    "MessagesResponseUsage",
    "MessagesResponseUsageCacheCreation",
    "MessagesResponseUsageOutputTokensDetails",
    "MessagesStreamEvent",
    "MessagesStreamEventContentBlockDelta",
    "MessagesStreamEventContentBlockDeltaDelta",
    "MessagesStreamEventContentBlockStart",
    "MessagesStreamEventContentBlockStartText",
    "MessagesStreamEventContentBlockStartThinking",
    "MessagesStreamEventContentBlockStartToolUse",
    "MessagesStreamEventContentBlockStartToolUseInput",
    "MessagesStreamEventContentBlockStop",
    "MessagesStreamEventMessageDelta",
    "MessagesStreamEventMessageDeltaDelta",
    "MessagesStreamEventMessageDeltaUsage",
    "MessagesStreamEventMessageDeltaUsageCacheCreation",
    "MessagesStreamEventMessageDeltaUsageOutputTokensDetails",
    "MessagesStreamEventMessageStart",
    "MessagesStreamEventMessageStop",
    "ModelList",
    "ModelObject",
    "NamespaceTool",
    "ResponsesOutputCustomToolCallItem",
    "ResponsesOutputFunctionCallItem",
    "ResponsesOutputMessageItem",
    "ResponsesOutputMessageItemContentItem",
    "ResponsesOutputReasoningItem",
    "ResponsesOutputReasoningItemSummaryItem",
    "ResponsesOutputWebSearchCallItem",
    "ResponsesOutputWebSearchCallItemAction",
    "ResponsesOutputWebSearchCallItemActionSourcesItem",
    "ResponsesOutputWebSearchCallItemResultsItem",
    "ResponsesResponse",
    "ResponsesResponseConversationType0",
    "ResponsesResponseErrorType0",
    "ResponsesResponseIncompleteDetailsType0",
    "ResponsesResponseMetadataType0",
    "ResponsesResponsePromptCacheOptions",
    "ResponsesResponseReasoningType0",
    "ResponsesResponseTextType0",
    "ResponsesStreamEvent",
    "ResponsesUsage",
    "ResponsesUsageInputTokensDetails",
    "ResponsesUsageOutputTokensDetails",
    "SignatureVerifyResponse",
    "ToolDefinition",
    "ToolDefinitionFunction",
    "ToolDefinitionFunctionParameters",
    "ToolsFetchResponse",
    "ToolsSearchProChunk",
    "ToolsSearchProResponse",
    "ToolsSearchProResult",
    "ToolsSearchResponse",
    "ToolsSearchResult",
    "WebSearchTool",
    "WebSearchToolFilters",
    "WebSearchToolImageSettings",
]


@runtime_checkable
class BatchObject(Protocol):
    """``BatchObject``, as the API sends it."""

    @property
    def id(self) -> str:
        """Unique identifier for the batch task"""
        ...

    @property
    def object(self) -> str:
        """Object type, always batch Example: batch."""
        ...

    @property
    def endpoint(self) -> str:
        """Request endpoint"""
        ...

    @property
    def input_file_id(self) -> str:
        """Input file ID"""
        ...

    @property
    def completion_window(self) -> str:
        """Processing time window"""
        ...

    @property
    def status(self) -> str:
        """Current status: validating, failed, in_progress, finalizing, completed, expired, cancelling, cancelled"""
        ...

    @property
    def created_at(self) -> int:
        """Creation timestamp (Unix)"""
        ...

    @property
    def request_counts(self) -> BatchRequestCounts: ...

    @property
    def output_file_id(self) -> str | None:
        """Output file ID for successful results"""
        ...

    @property
    def error_file_id(self) -> str | None:
        """Error file ID for failed results"""
        ...

    @property
    def in_progress_at(self) -> int | None:
        """Execution start timestamp (Unix)"""
        ...

    @property
    def expires_at(self) -> int | None:
        """Expiration timestamp (Unix)"""
        ...

    @property
    def finalizing_at(self) -> int | None:
        """Result preparation start timestamp (Unix)"""
        ...

    @property
    def completed_at(self) -> int | None:
        """Completion timestamp (Unix)"""
        ...

    @property
    def failed_at(self) -> int | None:
        """Validation failure timestamp (Unix)"""
        ...

    @property
    def cancelling_at(self) -> int | None:
        """Cancellation request timestamp (Unix)"""
        ...

    @property
    def cancelled_at(self) -> int | None:
        """Cancellation completion timestamp (Unix)"""
        ...

    @property
    def metadata(self) -> BatchObjectMetadata | None:
        """Custom metadata"""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class BatchRequestCounts(Protocol):
    """``BatchRequestCounts``, as the API sends it."""

    @property
    def completed(self) -> int:
        """Number of completed requests"""
        ...

    @property
    def failed(self) -> int:
        """Number of failed requests"""
        ...

    @property
    def total(self) -> int:
        """Total number of requests"""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class BatchObjectMetadata(Protocol):
    """Custom metadata"""

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ErrorResponse(Protocol):
    """``ErrorResponse``, as the API sends it."""

    @property
    def error(self) -> ErrorResponseError: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ErrorResponseError(Protocol):
    """``ErrorResponseError``, as the API sends it."""

    @property
    def message(self) -> str:
        """Error message describing what went wrong"""
        ...

    @property
    def type(self) -> str:
        """Error type"""
        ...

    @property
    def code(self) -> str:
        """Error code"""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class BatchListResponse(Protocol):
    """``BatchListResponse``, as the API sends it."""

    @property
    def object(self) -> str:
        """Example: list."""
        ...

    @property
    def data(self) -> list[BatchObject]: ...

    @property
    def has_more(self) -> bool:
        """Whether there are more results"""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class BalanceResponse(Protocol):
    """``BalanceResponse``, as the API sends it."""

    @property
    def code(self) -> int:
        """Response code. 0 indicates success."""
        ...

    @property
    def data(self) -> BalanceResponseData: ...

    @property
    def scode(self) -> str:
        """Status code Example: 0x0."""
        ...

    @property
    def status(self) -> bool:
        """Request status Example: True."""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class BalanceResponseData(Protocol):
    """``BalanceResponseData``, as the API sends it."""

    @property
    def available_balance(self) -> float:
        """The available balance (unit: USD), including cash balance and voucher balance. When it is less than or equal to 0, the user cannot call the inference API Example: 49.58894."""
        ...

    @property
    def voucher_balance(self) -> float:
        """The voucher balance (unit: USD), which cannot be negative Example: 46.58893."""
        ...

    @property
    def cash_balance(self) -> float:
        """The cash balance (unit: USD), which can be negative, indicating that the user owes money. When it is negative, available_balance is equal to the value of voucher_balance Example: 3.00001."""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ChatCompletionResponse(Protocol):
    """``ChatCompletionResponse``, as the API sends it."""

    @property
    def id(self) -> str:
        """Unique identifier for the completion"""
        ...

    @property
    def object(self) -> str:
        """Object type Example: chat.completion."""
        ...

    @property
    def created(self) -> int:
        """Unix timestamp of when the completion was created"""
        ...

    @property
    def model(self) -> str:
        """Model used for the completion"""
        ...

    @property
    def choices(self) -> list[ChatCompletionChoice]:
        """List of completion choices"""
        ...

    @property
    def usage(self) -> ChatCompletionUsage: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ChatCompletionChoice(Protocol):
    """``ChatCompletionChoice``, as the API sends it."""

    @property
    def index(self) -> int: ...

    @property
    def message(self) -> ChatCompletionMessage: ...

    @property
    def finish_reason(self) -> str: ...

    @property
    def logprobs(self) -> ChatCompletionLogprobs | None: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ChatCompletionMessage(Protocol):
    """``ChatCompletionMessage``, as the API sends it."""

    @property
    def role(self) -> str: ...

    @property
    def content(self) -> str | None:
        """The assistant's message content"""
        ...

    @property
    def tool_calls(self) -> list[ChatCompletionToolCall]:
        """Tool calls made by the model"""
        ...

    @property
    def reasoning_content(self) -> str | None:
        """Reasoning process (returned only when thinking mode is enabled)"""
        ...

    @property
    def logprobs(self) -> ChatCompletionLogprobs | None: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ChatCompletionToolCall(Protocol):
    """``ChatCompletionToolCall``, as the API sends it."""

    @property
    def id(self) -> str: ...

    @property
    def type(self) -> str: ...

    @property
    def function(self) -> ChatCompletionToolCallFunction: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ChatCompletionToolCallFunction(Protocol):
    """``ChatCompletionToolCallFunction``, as the API sends it."""

    @property
    def name(self) -> str: ...

    @property
    def arguments(self) -> str:
        """JSON string of function arguments"""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ChatCompletionUsage(Protocol):
    """``ChatCompletionUsage``, as the API sends it."""

    @property
    def prompt_tokens(self) -> int:
        """Number of tokens in the prompt"""
        ...

    @property
    def completion_tokens(self) -> int:
        """Number of tokens in the completion"""
        ...

    @property
    def total_tokens(self) -> int:
        """Total number of tokens used"""
        ...

    @property
    def cached_tokens(self) -> int:
        """Number of tokens served from cache"""
        ...

    @property
    def prompt_tokens_details(self) -> ChatCompletionUsagePromptTokensDetails:
        """Breakdown of prompt tokens. cached_tokens, cache_write_tokens and the uncached remainder are mutually exclusive and sum to prompt_tokens"""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ChatCompletionUsagePromptTokensDetails(Protocol):
    """Breakdown of prompt tokens. cached_tokens, cache_write_tokens and the uncached remainder are mutually exclusive and sum to prompt_tokens"""

    @property
    def cached_tokens(self) -> int: ...

    @property
    def cache_write_tokens(self) -> int: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class FileDeleteResponse(Protocol):
    """``FileDeleteResponse``, as the API sends it."""

    @property
    def id(self) -> str:
        """Deleted file identifier"""
        ...

    @property
    def object(self) -> str:
        """Example: file."""
        ...

    @property
    def deleted(self) -> bool:
        """Whether the file was deleted successfully"""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class FileObject(Protocol):
    """``FileObject``, as the API sends it."""

    @property
    def id(self) -> str:
        """Unique file identifier"""
        ...

    @property
    def object(self) -> str:
        """Object type Example: file."""
        ...

    @property
    def bytes(self) -> int:
        """File size in bytes"""
        ...

    @property
    def created_at(self) -> int:
        """Unix timestamp when the file was created"""
        ...

    @property
    def filename(self) -> str:
        """Original file name"""
        ...

    @property
    def purpose(self) -> str:
        """Purpose used when uploading the file. file-extract: extract content from text-based files (such as pdf, doc, txt); images are not supported; image: upload images for vision understanding; video: upload videos for video understanding; batch: upload JSONL files for batch processing"""
        ...

    @property
    def status(self) -> str:
        """Processing status of the file Example: ready."""
        ...

    @property
    def status_details(self) -> str:
        """Additional status details when processing fails or returns warnings"""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class FileListResponse(Protocol):
    """``FileListResponse``, as the API sends it."""

    @property
    def object(self) -> str:
        """Example: list."""
        ...

    @property
    def data(self) -> list[FileObject]: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class FormulaFiber(Protocol):
    """One execution of a formula tool."""

    @property
    def id(self) -> str:
        """The fiber's ID (fiber-...)"""
        ...

    @property
    def object(self) -> str: ...

    @property
    def status(self) -> str:
        """succeeded, or a kind of failure"""
        ...

    @property
    def created_at(self) -> int:
        """Unix time in seconds"""
        ...

    @property
    def lambda_id(self) -> str: ...

    @property
    def context(self) -> FormulaFiberContext:
        """The fiber's input and result."""
        ...

    @property
    def formula(self) -> str:
        """The formula URI (moonshot/web-search:latest)"""
        ...

    @property
    def organization_id(self) -> str: ...

    @property
    def project_id(self) -> str: ...

    @property
    def error(self) -> Any:
        """Why the fiber failed (the page's example reads it as text)"""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class FormulaFiberContext(Protocol):
    """The fiber's input and result."""

    @property
    def input(self) -> str:
        """The request body, as JSON text"""
        ...

    @property
    def output(self) -> str:
        """The result: the next tool message's content"""
        ...

    @property
    def encrypted_output(self) -> str:
        """The result of a protected formula (----MOONSHOT ENCRYPTED BEGIN----...): the tool message's content, unchanged"""
        ...

    @property
    def error(self) -> Any:
        """Why the fiber failed"""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class FormulaToolList(Protocol):
    """A formula's tool declarations."""

    @property
    def tools(self) -> list[ToolDefinition]:
        """Tool declarations as a chat request's tools takes them."""
        ...

    @property
    def object(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ToolDefinition(Protocol):
    """``ToolDefinition``, as the API sends it."""

    @property
    def type(self) -> str: ...

    @property
    def function(self) -> ToolDefinitionFunction: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ToolDefinitionFunction(Protocol):
    """``ToolDefinitionFunction``, as the API sends it."""

    @property
    def name(self) -> str:
        """Function name. Must follow the regex: ^[a-zA-Z_][a-zA-Z0-9-_]{0,127}$"""
        ...

    @property
    def parameters(self) -> ToolDefinitionFunctionParameters:
        """Function parameters as JSON Schema. Must conform to the [MFJS (Moonshot Flavored JSON Schema) specification](https://github.com/MoonshotAI/walle/blob/main/docs/mfjs-spec.md)."""
        ...

    @property
    def description(self) -> str:
        """Description of what the function does"""
        ...

    @property
    def strict(self) -> bool:
        """Whether to strictly constrain tool call arguments according to the parameters schema. Defaults to true. When false, only guarantees the output is a valid JSON object without enforcing internal structure."""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ToolDefinitionFunctionParameters(Protocol):
    """Function parameters as JSON Schema. Must conform to the [MFJS (Moonshot Flavored JSON Schema) specification](https://github.com/MoonshotAI/walle/blob/main/docs/mfjs-spec.md)."""

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesResponse(Protocol):
    """``MessagesResponse``, as the API sends it."""

    @property
    def id(self) -> str:
        """Unique identifier of the response"""
        ...

    @property
    def type(self) -> str:
        """Example: message."""
        ...

    @property
    def role(self) -> str: ...

    @property
    def model(self) -> str:
        """The model specified in the request"""
        ...

    @property
    def content(
        self,
    ) -> list[
        MessagesResponseText | MessagesResponseThinking | MessagesResponseToolUse
    ]:
        """Content blocks, ordered thinking → text → tool_use"""
        ...

    @property
    def stop_reason(self) -> str | None:
        """Stop reason. `end_turn`: finished naturally (including a `stop_sequences` match); `max_tokens`: reached the max_tokens limit; `tool_use`: the model issued a tool call; `refusal`: content safety review was triggered."""
        ...

    @property
    def stop_sequence(self) -> str | None:
        """The stop sequence that was matched"""
        ...

    @property
    def usage(self) -> MessagesResponseUsage:
        """Token usage"""
        ...

    @property
    def output_text(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesResponseText(Protocol):
    """``MessagesResponseText``, as the API sends it."""

    @property
    def type(self) -> Literal["text"]: ...

    @property
    def text(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesResponseThinking(Protocol):
    """``MessagesResponseThinking``, as the API sends it."""

    @property
    def type(self) -> Literal["thinking"]: ...

    @property
    def thinking(self) -> str: ...

    @property
    def signature(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesResponseToolUse(Protocol):
    """``MessagesResponseToolUse``, as the API sends it."""

    @property
    def type(self) -> Literal["tool_use"]: ...

    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def input(self) -> MessagesResponseToolUseInput: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesResponseToolUseInput(Protocol):
    """``MessagesResponseToolUseInput``, as the API sends it."""

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesResponseUsage(Protocol):
    """Token usage"""

    @property
    def input_tokens(self) -> int:
        """Input tokens (excluding cache hits and cache writes). Total input = input_tokens + cache_read_input_tokens + cache_creation_input_tokens"""
        ...

    @property
    def output_tokens(self) -> int:
        """Output tokens (including reasoning tokens)"""
        ...

    @property
    def cache_read_input_tokens(self) -> int:
        """Input tokens served from cache"""
        ...

    @property
    def cache_creation_input_tokens(self) -> int:
        """Input tokens written to cache"""
        ...

    @property
    def cache_creation(self) -> MessagesResponseUsageCacheCreation:
        """Cache write breakdown by TTL tier"""
        ...

    @property
    def output_tokens_details(self) -> MessagesResponseUsageOutputTokensDetails: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesResponseUsageCacheCreation(Protocol):
    """Cache write breakdown by TTL tier"""

    @property
    def ephemeral_5m_input_tokens(self) -> int:
        """Input tokens written to the 5-minute cache tier"""
        ...

    @property
    def ephemeral_1h_input_tokens(self) -> int:
        """Input tokens written to the 1-hour cache tier"""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesResponseUsageOutputTokensDetails(Protocol):
    """``MessagesResponseUsageOutputTokensDetails``, as the API sends it."""

    @property
    def thinking_tokens(self) -> int:
        """The portion of output tokens used for reasoning"""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesErrorResponse(Protocol):
    """``MessagesErrorResponse``, as the API sends it."""

    @property
    def type(self) -> str: ...

    @property
    def error(self) -> MessagesErrorResponseError: ...

    @property
    def request_id(self) -> str:
        """Request ID; include it when reporting issues"""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesErrorResponseError(Protocol):
    """``MessagesErrorResponseError``, as the API sends it."""

    @property
    def type(self) -> str:
        """Error type; see [Errors](/api/errors) for values"""
        ...

    @property
    def message(self) -> str:
        """Error message describing the cause"""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ModelList(Protocol):
    """``ModelList``, as the API sends it."""

    @property
    def object(self) -> str:
        """Example: list."""
        ...

    @property
    def data(self) -> list[ModelObject]: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ModelObject(Protocol):
    """``ModelObject``, as the API sends it."""

    @property
    def id(self) -> str:
        """Model ID Example: kimi-k3."""
        ...

    @property
    def object(self) -> str:
        """Example: model."""
        ...

    @property
    def created(self) -> int:
        """Creation timestamp"""
        ...

    @property
    def owned_by(self) -> str:
        """Example: moonshot."""
        ...

    @property
    def context_length(self) -> int:
        """Maximum context length (tokens)"""
        ...

    @property
    def supports_image_in(self) -> bool:
        """Whether the model supports image input"""
        ...

    @property
    def supports_video_in(self) -> bool:
        """Whether the model supports video input"""
        ...

    @property
    def supports_reasoning(self) -> bool:
        """Whether the model supports deep thinking"""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesResponse(Protocol):
    """A single model response."""

    @property
    def id(self) -> str:
        """Unique identifier of the response. Example: resp_68f0c1c2d3e4f5a6b7c8d9e0."""
        ...

    @property
    def object(self) -> str: ...

    @property
    def created_at(self) -> int:
        """Unix timestamp of when the response was created."""
        ...

    @property
    def completed_at(self) -> int | None:
        """Unix timestamp of when the response finished. Present when `status` is `completed` or `incomplete`; `null` when `status` is `in_progress` or `failed`."""
        ...

    @property
    def status(self) -> str:
        """Response status. The opening snapshot of a stream is `in_progress`."""
        ...

    @property
    def model(self) -> str:
        """Model that produced the response."""
        ...

    @property
    def output(
        self,
    ) -> list[
        ResponsesOutputCustomToolCallItem
        | ResponsesOutputFunctionCallItem
        | ResponsesOutputMessageItem
        | ResponsesOutputReasoningItem
        | ResponsesOutputWebSearchCallItem
    ]:
        """The output item array, ordered as web_search_call (if any), reasoning, message, tool calls."""
        ...

    @property
    def usage(self) -> ResponsesUsage | None: ...

    @property
    def incomplete_details(self) -> ResponsesResponseIncompleteDetailsType0 | None:
        """Reason the response is `incomplete`."""
        ...

    @property
    def error(self) -> ResponsesResponseErrorType0 | None:
        """Error information when `status` is `failed`."""
        ...

    @property
    def instructions(self) -> str | None: ...

    @property
    def reasoning(self) -> ResponsesResponseReasoningType0 | None: ...

    @property
    def text(self) -> ResponsesResponseTextType0 | None: ...

    @property
    def tools(
        self,
    ) -> list[CustomTool | FunctionTool | NamespaceTool | WebSearchTool] | None: ...

    @property
    def tool_choice(self) -> str | None: ...

    @property
    def max_output_tokens(self) -> int | None: ...

    @property
    def temperature(self) -> float | None: ...

    @property
    def top_p(self) -> float | None: ...

    @property
    def metadata(self) -> ResponsesResponseMetadataType0 | None: ...

    @property
    def parallel_tool_calls(self) -> bool: ...

    @property
    def service_tier(self) -> str | None: ...

    @property
    def store(self) -> bool:
        """Always `false`."""
        ...

    @property
    def background(self) -> bool | None:
        """Always `false`."""
        ...

    @property
    def previous_response_id(self) -> str | None:
        """Always `null`."""
        ...

    @property
    def conversation(self) -> ResponsesResponseConversationType0 | None:
        """Always `null`."""
        ...

    @property
    def prompt_cache_options(self) -> ResponsesResponsePromptCacheOptions:
        """The context cache write options actually applied by the server. When the request omits prompt_cache_options, refer to the mode and ttl returned here"""
        ...

    @property
    def output_text(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesOutputCustomToolCallItem(Protocol):
    """A custom tool call initiated by the model."""

    @property
    def type(self) -> Literal["custom_tool_call"]: ...

    @property
    def id(self) -> str:
        """Example: ctc_68f0c1c2d3e4f5a6b7c8d9e0."""
        ...

    @property
    def call_id(self) -> str:
        """Use this value in `custom_tool_call_output` when returning the result."""
        ...

    @property
    def name(self) -> str: ...

    @property
    def namespace(self) -> str:
        """Returned for namespace tool calls."""
        ...

    @property
    def input(self) -> str:
        """Free-form text input generated by the model."""
        ...

    @property
    def status(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesOutputFunctionCallItem(Protocol):
    """A function call initiated by the model."""

    @property
    def type(self) -> Literal["function_call"]: ...

    @property
    def id(self) -> str:
        """Example: fc_68f0c1c2d3e4f5a6b7c8d9e0."""
        ...

    @property
    def call_id(self) -> str:
        """Use this value in `function_call_output` when returning the result."""
        ...

    @property
    def name(self) -> str: ...

    @property
    def namespace(self) -> str:
        """Returned for namespace tool calls."""
        ...

    @property
    def arguments(self) -> str:
        """JSON string of the function arguments."""
        ...

    @property
    def status(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesOutputMessageItem(Protocol):
    """Text reply produced by the model."""

    @property
    def type(self) -> Literal["message"]: ...

    @property
    def id(self) -> str:
        """Example: msg_68f0c1c2d3e4f5a6b7c8d9e0."""
        ...

    @property
    def role(self) -> str: ...

    @property
    def content(self) -> list[ResponsesOutputMessageItemContentItem]: ...

    @property
    def status(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesOutputMessageItemContentItem(Protocol):
    """``ResponsesOutputMessageItemContentItem``, as the API sends it."""

    @property
    def type(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def annotations(self) -> list[Any]: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesOutputReasoningItem(Protocol):
    """Reasoning content produced by the model."""

    @property
    def type(self) -> Literal["reasoning"]: ...

    @property
    def id(self) -> str:
        """Example: rs_68f0c1c2d3e4f5a6b7c8d9e0."""
        ...

    @property
    def summary(self) -> list[ResponsesOutputReasoningItemSummaryItem]:
        """The reasoning content."""
        ...

    @property
    def encrypted_content(self) -> str | None:
        """Always `null`."""
        ...

    @property
    def status(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesOutputReasoningItemSummaryItem(Protocol):
    """``ResponsesOutputReasoningItemSummaryItem``, as the API sends it."""

    @property
    def type(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesOutputWebSearchCallItem(Protocol):
    """A web search call executed on the server side. Returned only when the request includes the `web_search` tool and the server decides a search is needed. It appears first in the output array."""

    @property
    def type(self) -> Literal["web_search_call"]: ...

    @property
    def id(self) -> str: ...

    @property
    def status(self) -> str: ...

    @property
    def action(self) -> ResponsesOutputWebSearchCallItemAction: ...

    @property
    def results(self) -> list[ResponsesOutputWebSearchCallItemResultsItem]: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesOutputWebSearchCallItemAction(Protocol):
    """The action performed by this search."""

    @property
    def type(self) -> str: ...

    @property
    def query(self) -> str:
        """The search query actually used."""
        ...

    @property
    def sources(self) -> list[ResponsesOutputWebSearchCallItemActionSourcesItem]:
        """Web pages the search hit. Returned only when `include` contains `web_search_call.action.sources`."""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesOutputWebSearchCallItemActionSourcesItem(Protocol):
    """``ResponsesOutputWebSearchCallItemActionSourcesItem``, as the API sends it."""

    @property
    def type(self) -> str: ...

    @property
    def url(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesOutputWebSearchCallItemResultsItem(Protocol):
    """``ResponsesOutputWebSearchCallItemResultsItem``, as the API sends it."""

    @property
    def type(self) -> str: ...

    @property
    def image_url(self) -> str: ...

    @property
    def thumbnail_url(self) -> str: ...

    @property
    def source_website_url(self) -> str: ...

    @property
    def caption(self) -> str:
        """Image caption. Returned only when `image_settings.caption` is enabled."""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesUsage(Protocol):
    """Token usage for this response."""

    @property
    def input_tokens(self) -> int:
        """Number of input tokens, including cached tokens."""
        ...

    @property
    def input_tokens_details(self) -> ResponsesUsageInputTokensDetails: ...

    @property
    def output_tokens(self) -> int:
        """Number of output tokens, including reasoning tokens."""
        ...

    @property
    def output_tokens_details(self) -> ResponsesUsageOutputTokensDetails: ...

    @property
    def total_tokens(self) -> int:
        """Total number of tokens."""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesUsageInputTokensDetails(Protocol):
    """``ResponsesUsageInputTokensDetails``, as the API sends it."""

    @property
    def cached_tokens(self) -> int:
        """Number of tokens served from the context cache."""
        ...

    @property
    def cache_write_tokens(self) -> int:
        """Number of tokens written to the context cache."""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesUsageOutputTokensDetails(Protocol):
    """``ResponsesUsageOutputTokensDetails``, as the API sends it."""

    @property
    def reasoning_tokens(self) -> int:
        """Number of tokens spent on reasoning."""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesResponseIncompleteDetailsType0(Protocol):
    """Reason the response is `incomplete`."""

    @property
    def reason(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesResponseErrorType0(Protocol):
    """Error information when `status` is `failed`."""

    @property
    def code(self) -> str: ...

    @property
    def message(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesResponseReasoningType0(Protocol):
    """``ResponsesResponseReasoningType0``, as the API sends it."""

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesResponseTextType0(Protocol):
    """``ResponsesResponseTextType0``, as the API sends it."""

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class CustomTool(Protocol):
    """A custom tool that takes free-form text input. Only the custom tool named `apply_patch` is supported, and it must define a `grammar` + `lark` format; when the model calls it, a `custom_tool_call` item is returned in the output."""

    @property
    def type(self) -> Literal["custom"]: ...

    @property
    def name(self) -> str: ...

    @property
    def format(self) -> CustomToolFormat: ...

    @property
    def description(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class CustomToolFormat(Protocol):
    """Input format constraint. Only the `grammar` type with `lark` syntax is supported."""

    @property
    def type(self) -> str: ...

    @property
    def syntax(self) -> str: ...

    @property
    def definition(self) -> str:
        """The Lark grammar definition."""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class FunctionTool(Protocol):
    """A function tool whose arguments are described by a JSON Schema."""

    @property
    def type(self) -> Literal["function"]: ...

    @property
    def name(self) -> str:
        """Function name. Must follow the regex: ^[a-zA-Z_][a-zA-Z0-9-_]{0,127}$"""
        ...

    @property
    def description(self) -> str: ...

    @property
    def parameters(self) -> FunctionToolParameters:
        """JSON Schema describing the function arguments."""
        ...

    @property
    def strict(self) -> bool: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class FunctionToolParameters(Protocol):
    """JSON Schema describing the function arguments."""

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class NamespaceTool(Protocol):
    """Groups a set of function or custom tools under one namespace."""

    @property
    def type(self) -> Literal["namespace"]: ...

    @property
    def name(self) -> str: ...

    @property
    def description(self) -> str: ...

    @property
    def tools(self) -> list[CustomTool | FunctionTool]: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class WebSearchTool(Protocol):
    """A web search tool executed on the server side. When present, the server first decides from the input whether a search is needed; if so, it runs the search, injects the results into the model context, and returns a `web_search_call` item in the output. At most one `web_search` tool is allowed per..."""

    @property
    def type(self) -> Literal["web_search"]: ...

    @property
    def filters(self) -> WebSearchToolFilters: ...

    @property
    def search_content_types(self) -> list[str]: ...

    @property
    def image_settings(self) -> WebSearchToolImageSettings: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class WebSearchToolFilters(Protocol):
    """Search scope filters."""

    @property
    def allowed_domains(self) -> list[str]:
        """Restrict the search to these domains, up to 100."""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class WebSearchToolImageSettings(Protocol):
    """Image search settings. Only effective when `search_content_types` includes `image`."""

    @property
    def max_results(self) -> int:
        """Maximum number of images to return."""
        ...

    @property
    def caption(self) -> bool:
        """Whether to generate a caption for each image."""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesResponseMetadataType0(Protocol):
    """``ResponsesResponseMetadataType0``, as the API sends it."""

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesResponseConversationType0(Protocol):
    """Always `null`."""

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesResponsePromptCacheOptions(Protocol):
    """The context cache write options actually applied by the server. When the request omits prompt_cache_options, refer to the mode and ttl returned here"""

    @property
    def mode(self) -> str: ...

    @property
    def ttl(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ToolsFetchResponse(Protocol):
    """``ToolsFetchResponse``, as the API sends it."""

    @property
    def url(self) -> str:
        """The fetched URL."""
        ...

    @property
    def markdown(self) -> str:
        """Fetched content in Markdown. Text and images are concatenated in page order, with images rendered as `![imageN](url)` placeholders."""
        ...

    @property
    def title(self) -> str:
        """Page title."""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ToolsSearchResponse(Protocol):
    """``ToolsSearchResponse``, as the API sends it."""

    @property
    def search_results(self) -> list[ToolsSearchResult]:
        """List of search results; an empty array when nothing matches."""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ToolsSearchResult(Protocol):
    """``ToolsSearchResult``, as the API sends it."""

    @property
    def authority(self) -> str:
        """Authority level of the source."""
        ...

    @property
    def date(self) -> str:
        """Date of the search result."""
        ...

    @property
    def icon(self) -> str:
        """Site icon URL."""
        ...

    @property
    def mime(self) -> str:
        """MIME type of the content."""
        ...

    @property
    def site_name(self) -> str:
        """Site name."""
        ...

    @property
    def snippet(self) -> str:
        """Snippet of the search result."""
        ...

    @property
    def text(self) -> str:
        """Full page content; returned when include_content=true, otherwise an empty string."""
        ...

    @property
    def title(self) -> str:
        """Title of the search result."""
        ...

    @property
    def url(self) -> str:
        """URL of the search result."""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ToolsSearchProResponse(Protocol):
    """``ToolsSearchProResponse``, as the API sends it."""

    @property
    def search_results(self) -> list[ToolsSearchProResult]:
        """List of search results; an empty array when nothing matches."""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ToolsSearchProResult(Protocol):
    """``ToolsSearchProResult``, as the API sends it."""

    @property
    def authority(self) -> str:
        """Authority level of the source."""
        ...

    @property
    def date(self) -> str:
        """Date of the search result."""
        ...

    @property
    def icon(self) -> str:
        """Site icon URL."""
        ...

    @property
    def mime(self) -> str:
        """MIME type of the content."""
        ...

    @property
    def site_name(self) -> str:
        """Site name."""
        ...

    @property
    def snippet(self) -> str:
        """Snippet of the search result."""
        ...

    @property
    def title(self) -> str:
        """Title of the search result."""
        ...

    @property
    def url(self) -> str:
        """URL of the search result."""
        ...

    @property
    def chunks(self) -> list[ToolsSearchProChunk]:
        """Structured content chunks collected for each page; an empty array when no content is available."""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ToolsSearchProChunk(Protocol):
    """``ToolsSearchProChunk``, as the API sends it."""

    @property
    def text(self) -> str:
        """Content of the chunk."""
        ...

    @property
    def score(self) -> float:
        """Relevance score of the chunk to the query."""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class EstimateTokenResponse(Protocol):
    """``EstimateTokenResponse``, as the API sends it."""

    @property
    def data(self) -> EstimateTokenResponseData: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class EstimateTokenResponseData(Protocol):
    """``EstimateTokenResponseData``, as the API sends it."""

    @property
    def total_tokens(self) -> int:
        """Estimated total number of tokens Example: 80."""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class SignatureVerifyResponse(Protocol):
    """``SignatureVerifyResponse``, as the API sends it."""

    @property
    def valid(self) -> bool:
        """Whether the signature is valid. `true` means the signature was issued by the Kimi API and matches the submitted nonce, timestamp, and model exactly; otherwise `false`. Example: True."""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesStreamEventMessageStart(Protocol):
    """``MessagesStreamEventMessageStart``, as the API sends it."""

    @property
    def type(self) -> Literal["message_start"]: ...

    @property
    def message(self) -> MessagesResponse: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesStreamEventContentBlockStart(Protocol):
    """``MessagesStreamEventContentBlockStart``, as the API sends it."""

    @property
    def type(self) -> Literal["content_block_start"]: ...

    @property
    def index(self) -> int: ...

    @property
    def content_block(
        self,
    ) -> (
        MessagesStreamEventContentBlockStartText
        | MessagesStreamEventContentBlockStartThinking
        | MessagesStreamEventContentBlockStartToolUse
    ): ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesStreamEventContentBlockStartText(Protocol):
    """``MessagesStreamEventContentBlockStartText``, as the API sends it."""

    @property
    def type(self) -> Literal["text"]: ...

    @property
    def text(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesStreamEventContentBlockStartThinking(Protocol):
    """``MessagesStreamEventContentBlockStartThinking``, as the API sends it."""

    @property
    def type(self) -> Literal["thinking"]: ...

    @property
    def thinking(self) -> str: ...

    @property
    def signature(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesStreamEventContentBlockStartToolUse(Protocol):
    """``MessagesStreamEventContentBlockStartToolUse``, as the API sends it."""

    @property
    def type(self) -> Literal["tool_use"]: ...

    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def input(self) -> MessagesStreamEventContentBlockStartToolUseInput: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesStreamEventContentBlockStartToolUseInput(Protocol):
    """``MessagesStreamEventContentBlockStartToolUseInput``, as the API sends it."""

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesStreamEventContentBlockDelta(Protocol):
    """``MessagesStreamEventContentBlockDelta``, as the API sends it."""

    @property
    def type(self) -> Literal["content_block_delta"]: ...

    @property
    def index(self) -> int: ...

    @property
    def delta(self) -> MessagesStreamEventContentBlockDeltaDelta: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesStreamEventContentBlockDeltaDelta(Protocol):
    """``MessagesStreamEventContentBlockDeltaDelta``, as the API sends it."""

    @property
    def type(self) -> str: ...

    @property
    def text(self) -> str:
        """Text fragment for `text_delta`"""
        ...

    @property
    def thinking(self) -> str:
        """Reasoning fragment for `thinking_delta`"""
        ...

    @property
    def signature(self) -> str:
        """Signature for `signature_delta`"""
        ...

    @property
    def partial_json(self) -> str:
        """Partial JSON of the tool input for `input_json_delta`; concatenate before parsing"""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesStreamEventContentBlockStop(Protocol):
    """``MessagesStreamEventContentBlockStop``, as the API sends it."""

    @property
    def type(self) -> Literal["content_block_stop"]: ...

    @property
    def index(self) -> int: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesStreamEventMessageDelta(Protocol):
    """``MessagesStreamEventMessageDelta``, as the API sends it."""

    @property
    def type(self) -> Literal["message_delta"]: ...

    @property
    def delta(self) -> MessagesStreamEventMessageDeltaDelta: ...

    @property
    def usage(self) -> MessagesStreamEventMessageDeltaUsage: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesStreamEventMessageDeltaDelta(Protocol):
    """``MessagesStreamEventMessageDeltaDelta``, as the API sends it."""

    @property
    def stop_reason(self) -> str | None:
        """Stop reason. `end_turn`: finished naturally (including a `stop_sequences` match); `max_tokens`: reached the max_tokens limit; `tool_use`: the model issued a tool call; `refusal`: content safety review was triggered."""
        ...

    @property
    def stop_sequence(self) -> str | None: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesStreamEventMessageDeltaUsage(Protocol):
    """``MessagesStreamEventMessageDeltaUsage``, as the API sends it."""

    @property
    def input_tokens(self) -> int:
        """Input tokens (excluding cache hits and cache writes). Total input = input_tokens + cache_read_input_tokens + cache_creation_input_tokens"""
        ...

    @property
    def output_tokens(self) -> int:
        """Output tokens (including reasoning tokens)"""
        ...

    @property
    def cache_read_input_tokens(self) -> int:
        """Input tokens served from cache"""
        ...

    @property
    def cache_creation_input_tokens(self) -> int:
        """Input tokens written to cache"""
        ...

    @property
    def cache_creation(self) -> MessagesStreamEventMessageDeltaUsageCacheCreation:
        """Cache write breakdown by TTL tier"""
        ...

    @property
    def output_tokens_details(
        self,
    ) -> MessagesStreamEventMessageDeltaUsageOutputTokensDetails: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesStreamEventMessageDeltaUsageCacheCreation(Protocol):
    """Cache write breakdown by TTL tier"""

    @property
    def ephemeral_5m_input_tokens(self) -> int:
        """Input tokens written to the 5-minute cache tier"""
        ...

    @property
    def ephemeral_1h_input_tokens(self) -> int:
        """Input tokens written to the 1-hour cache tier"""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesStreamEventMessageDeltaUsageOutputTokensDetails(Protocol):
    """``MessagesStreamEventMessageDeltaUsageOutputTokensDetails``, as the API sends it."""

    @property
    def thinking_tokens(self) -> int:
        """The portion of output tokens used for reasoning"""
        ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesStreamEventMessageStop(Protocol):
    """``MessagesStreamEventMessageStop``, as the API sends it."""

    @property
    def type(self) -> Literal["message_stop"]: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesStreamEvent(Protocol):
    """A single SSE event returned when `stream: true`. Each frame is `event: <type>` followed by `data: <json>`, and the remaining fields of the event body vary by `type`."""

    @property
    def type(self) -> str: ...

    @property
    def sequence_number(self) -> int: ...

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the class does not name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


MessagesStreamEvent: TypeAlias = (
    MessagesStreamEventMessageStart
    | MessagesStreamEventContentBlockStart
    | MessagesStreamEventContentBlockDelta
    | MessagesStreamEventContentBlockStop
    | MessagesStreamEventMessageDelta
    | MessagesStreamEventMessageStop
)
