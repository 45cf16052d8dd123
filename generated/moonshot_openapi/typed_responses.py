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
    def id(self) -> str: ...

    @property
    def object(self) -> str: ...

    @property
    def endpoint(self) -> str: ...

    @property
    def input_file_id(self) -> str: ...

    @property
    def completion_window(self) -> str: ...

    @property
    def status(self) -> str: ...

    @property
    def created_at(self) -> int: ...

    @property
    def request_counts(self) -> BatchRequestCounts: ...

    @property
    def output_file_id(self) -> str | None: ...

    @property
    def error_file_id(self) -> str | None: ...

    @property
    def in_progress_at(self) -> int | None: ...

    @property
    def expires_at(self) -> int | None: ...

    @property
    def finalizing_at(self) -> int | None: ...

    @property
    def completed_at(self) -> int | None: ...

    @property
    def failed_at(self) -> int | None: ...

    @property
    def cancelling_at(self) -> int | None: ...

    @property
    def cancelled_at(self) -> int | None: ...

    @property
    def metadata(self) -> BatchObjectMetadata | None: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class BatchRequestCounts(Protocol):
    """``BatchRequestCounts``, as the API sends it."""

    @property
    def completed(self) -> int: ...

    @property
    def failed(self) -> int: ...

    @property
    def total(self) -> int: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class BatchObjectMetadata(Protocol):
    """Custom metadata"""

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ErrorResponse(Protocol):
    """``ErrorResponse``, as the API sends it."""

    @property
    def error(self) -> ErrorResponseError: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ErrorResponseError(Protocol):
    """``ErrorResponseError``, as the API sends it."""

    @property
    def message(self) -> str: ...

    @property
    def type(self) -> str: ...

    @property
    def code(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class BatchListResponse(Protocol):
    """``BatchListResponse``, as the API sends it."""

    @property
    def object(self) -> str: ...

    @property
    def data(self) -> list[BatchObject]: ...

    @property
    def has_more(self) -> bool: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class BalanceResponse(Protocol):
    """``BalanceResponse``, as the API sends it."""

    @property
    def code(self) -> int: ...

    @property
    def data(self) -> BalanceResponseData: ...

    @property
    def scode(self) -> str: ...

    @property
    def status(self) -> bool: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class BalanceResponseData(Protocol):
    """``BalanceResponseData``, as the API sends it."""

    @property
    def available_balance(self) -> float: ...

    @property
    def voucher_balance(self) -> float: ...

    @property
    def cash_balance(self) -> float: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ChatCompletionResponse(Protocol):
    """``ChatCompletionResponse``, as the API sends it."""

    @property
    def id(self) -> str: ...

    @property
    def object(self) -> str: ...

    @property
    def created(self) -> int: ...

    @property
    def model(self) -> str: ...

    @property
    def choices(self) -> list[ChatCompletionChoice]: ...

    @property
    def usage(self) -> ChatCompletionUsage: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ChatCompletionMessage(Protocol):
    """``ChatCompletionMessage``, as the API sends it."""

    @property
    def role(self) -> str: ...

    @property
    def content(self) -> str | None: ...

    @property
    def tool_calls(self) -> list[ChatCompletionToolCall]: ...

    @property
    def reasoning_content(self) -> str | None: ...

    @property
    def logprobs(self) -> ChatCompletionLogprobs | None: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ChatCompletionToolCallFunction(Protocol):
    """``ChatCompletionToolCallFunction``, as the API sends it."""

    @property
    def name(self) -> str: ...

    @property
    def arguments(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ChatCompletionUsage(Protocol):
    """``ChatCompletionUsage``, as the API sends it."""

    @property
    def prompt_tokens(self) -> int: ...

    @property
    def completion_tokens(self) -> int: ...

    @property
    def total_tokens(self) -> int: ...

    @property
    def cached_tokens(self) -> int: ...

    @property
    def prompt_tokens_details(self) -> ChatCompletionUsagePromptTokensDetails: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class FileDeleteResponse(Protocol):
    """``FileDeleteResponse``, as the API sends it."""

    @property
    def id(self) -> str: ...

    @property
    def object(self) -> str: ...

    @property
    def deleted(self) -> bool: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class FileObject(Protocol):
    """``FileObject``, as the API sends it."""

    @property
    def id(self) -> str: ...

    @property
    def object(self) -> str: ...

    @property
    def bytes(self) -> int: ...

    @property
    def created_at(self) -> int: ...

    @property
    def filename(self) -> str: ...

    @property
    def purpose(self) -> str: ...

    @property
    def status(self) -> str: ...

    @property
    def status_details(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class FileListResponse(Protocol):
    """``FileListResponse``, as the API sends it."""

    @property
    def object(self) -> str: ...

    @property
    def data(self) -> list[FileObject]: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class FormulaFiber(Protocol):
    """One execution of a formula tool."""

    @property
    def id(self) -> str: ...

    @property
    def object(self) -> str: ...

    @property
    def status(self) -> str: ...

    @property
    def created_at(self) -> int: ...

    @property
    def lambda_id(self) -> str: ...

    @property
    def context(self) -> FormulaFiberContext: ...

    @property
    def formula(self) -> str: ...

    @property
    def organization_id(self) -> str: ...

    @property
    def project_id(self) -> str: ...

    @property
    def error(self) -> Any: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class FormulaFiberContext(Protocol):
    """The fiber's input and result."""

    @property
    def input(self) -> str: ...

    @property
    def output(self) -> str: ...

    @property
    def encrypted_output(self) -> str: ...

    @property
    def error(self) -> Any: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class FormulaToolList(Protocol):
    """A formula's tool declarations."""

    @property
    def tools(self) -> list[ToolDefinition]: ...

    @property
    def object(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ToolDefinitionFunction(Protocol):
    """``ToolDefinitionFunction``, as the API sends it."""

    @property
    def name(self) -> str: ...

    @property
    def parameters(self) -> ToolDefinitionFunctionParameters: ...

    @property
    def description(self) -> str: ...

    @property
    def strict(self) -> bool: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ToolDefinitionFunctionParameters(Protocol):
    """Function parameters as JSON Schema. Must conform to the [MFJS (Moonshot Flavored JSON Schema) specification](https://github.com/MoonshotAI/walle/blob/main/docs/mfjs-spec.md)."""

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesResponse(Protocol):
    """``MessagesResponse``, as the API sends it."""

    @property
    def id(self) -> str: ...

    @property
    def type(self) -> str: ...

    @property
    def role(self) -> str: ...

    @property
    def model(self) -> str: ...

    @property
    def content(
        self,
    ) -> list[
        MessagesResponseText | MessagesResponseThinking | MessagesResponseToolUse
    ]: ...

    @property
    def stop_reason(self) -> str | None: ...

    @property
    def stop_sequence(self) -> str | None: ...

    @property
    def usage(self) -> MessagesResponseUsage: ...

    @property
    def output_text(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesResponseToolUseInput(Protocol):
    """``MessagesResponseToolUseInput``, as the API sends it."""

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesResponseUsage(Protocol):
    """Token usage"""

    @property
    def input_tokens(self) -> int: ...

    @property
    def output_tokens(self) -> int: ...

    @property
    def cache_read_input_tokens(self) -> int: ...

    @property
    def cache_creation_input_tokens(self) -> int: ...

    @property
    def cache_creation(self) -> MessagesResponseUsageCacheCreation: ...

    @property
    def output_tokens_details(self) -> MessagesResponseUsageOutputTokensDetails: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesResponseUsageCacheCreation(Protocol):
    """Cache write breakdown by TTL tier"""

    @property
    def ephemeral_5m_input_tokens(self) -> int: ...

    @property
    def ephemeral_1h_input_tokens(self) -> int: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesResponseUsageOutputTokensDetails(Protocol):
    """``MessagesResponseUsageOutputTokensDetails``, as the API sends it."""

    @property
    def thinking_tokens(self) -> int: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

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
    def request_id(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesErrorResponseError(Protocol):
    """``MessagesErrorResponseError``, as the API sends it."""

    @property
    def type(self) -> str: ...

    @property
    def message(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ModelList(Protocol):
    """``ModelList``, as the API sends it."""

    @property
    def object(self) -> str: ...

    @property
    def data(self) -> list[ModelObject]: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ModelObject(Protocol):
    """``ModelObject``, as the API sends it."""

    @property
    def id(self) -> str: ...

    @property
    def object(self) -> str: ...

    @property
    def created(self) -> int: ...

    @property
    def owned_by(self) -> str: ...

    @property
    def context_length(self) -> int: ...

    @property
    def supports_image_in(self) -> bool: ...

    @property
    def supports_video_in(self) -> bool: ...

    @property
    def supports_reasoning(self) -> bool: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesResponse(Protocol):
    """A single model response."""

    @property
    def id(self) -> str: ...

    @property
    def object(self) -> str: ...

    @property
    def created_at(self) -> int: ...

    @property
    def completed_at(self) -> int | None: ...

    @property
    def status(self) -> str: ...

    @property
    def model(self) -> str: ...

    @property
    def output(
        self,
    ) -> list[
        ResponsesOutputCustomToolCallItem
        | ResponsesOutputFunctionCallItem
        | ResponsesOutputMessageItem
        | ResponsesOutputReasoningItem
        | ResponsesOutputWebSearchCallItem
    ]: ...

    @property
    def usage(self) -> ResponsesUsage | None: ...

    @property
    def incomplete_details(self) -> ResponsesResponseIncompleteDetailsType0 | None: ...

    @property
    def error(self) -> ResponsesResponseErrorType0 | None: ...

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
    def store(self) -> bool: ...

    @property
    def background(self) -> bool | None: ...

    @property
    def previous_response_id(self) -> str | None: ...

    @property
    def conversation(self) -> ResponsesResponseConversationType0 | None: ...

    @property
    def prompt_cache_options(self) -> ResponsesResponsePromptCacheOptions: ...

    @property
    def output_text(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesOutputCustomToolCallItem(Protocol):
    """A custom tool call initiated by the model."""

    @property
    def type(self) -> Literal["custom_tool_call"]: ...

    @property
    def id(self) -> str: ...

    @property
    def call_id(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def namespace(self) -> str: ...

    @property
    def input(self) -> str: ...

    @property
    def status(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesOutputFunctionCallItem(Protocol):
    """A function call initiated by the model."""

    @property
    def type(self) -> Literal["function_call"]: ...

    @property
    def id(self) -> str: ...

    @property
    def call_id(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def namespace(self) -> str: ...

    @property
    def arguments(self) -> str: ...

    @property
    def status(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesOutputMessageItem(Protocol):
    """Text reply produced by the model."""

    @property
    def type(self) -> Literal["message"]: ...

    @property
    def id(self) -> str: ...

    @property
    def role(self) -> str: ...

    @property
    def content(self) -> list[ResponsesOutputMessageItemContentItem]: ...

    @property
    def status(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesOutputReasoningItem(Protocol):
    """Reasoning content produced by the model."""

    @property
    def type(self) -> Literal["reasoning"]: ...

    @property
    def id(self) -> str: ...

    @property
    def summary(self) -> list[ResponsesOutputReasoningItemSummaryItem]: ...

    @property
    def encrypted_content(self) -> str | None: ...

    @property
    def status(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesOutputWebSearchCallItemAction(Protocol):
    """The action performed by this search."""

    @property
    def type(self) -> str: ...

    @property
    def query(self) -> str: ...

    @property
    def sources(self) -> list[ResponsesOutputWebSearchCallItemActionSourcesItem]: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

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
    def caption(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesUsage(Protocol):
    """Token usage for this response."""

    @property
    def input_tokens(self) -> int: ...

    @property
    def input_tokens_details(self) -> ResponsesUsageInputTokensDetails: ...

    @property
    def output_tokens(self) -> int: ...

    @property
    def output_tokens_details(self) -> ResponsesUsageOutputTokensDetails: ...

    @property
    def total_tokens(self) -> int: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesUsageInputTokensDetails(Protocol):
    """``ResponsesUsageInputTokensDetails``, as the API sends it."""

    @property
    def cached_tokens(self) -> int: ...

    @property
    def cache_write_tokens(self) -> int: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesUsageOutputTokensDetails(Protocol):
    """``ResponsesUsageOutputTokensDetails``, as the API sends it."""

    @property
    def reasoning_tokens(self) -> int: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesResponseIncompleteDetailsType0(Protocol):
    """Reason the response is `incomplete`."""

    @property
    def reason(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesResponseReasoningType0(Protocol):
    """``ResponsesResponseReasoningType0``, as the API sends it."""

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesResponseTextType0(Protocol):
    """``ResponsesResponseTextType0``, as the API sends it."""

    @property
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

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
    def definition(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class FunctionTool(Protocol):
    """A function tool whose arguments are described by a JSON Schema."""

    @property
    def type(self) -> Literal["function"]: ...

    @property
    def name(self) -> str: ...

    @property
    def description(self) -> str: ...

    @property
    def parameters(self) -> FunctionToolParameters: ...

    @property
    def strict(self) -> bool: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class FunctionToolParameters(Protocol):
    """JSON Schema describing the function arguments."""

    @property
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class WebSearchToolFilters(Protocol):
    """Search scope filters."""

    @property
    def allowed_domains(self) -> list[str]: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class WebSearchToolImageSettings(Protocol):
    """Image search settings. Only effective when `search_content_types` includes `image`."""

    @property
    def max_results(self) -> int: ...

    @property
    def caption(self) -> bool: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesResponseMetadataType0(Protocol):
    """``ResponsesResponseMetadataType0``, as the API sends it."""

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ResponsesResponseConversationType0(Protocol):
    """Always `null`."""

    @property
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ToolsFetchResponse(Protocol):
    """``ToolsFetchResponse``, as the API sends it."""

    @property
    def url(self) -> str: ...

    @property
    def markdown(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ToolsSearchResponse(Protocol):
    """``ToolsSearchResponse``, as the API sends it."""

    @property
    def search_results(self) -> list[ToolsSearchResult]: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ToolsSearchResult(Protocol):
    """``ToolsSearchResult``, as the API sends it."""

    @property
    def authority(self) -> str: ...

    @property
    def date(self) -> str: ...

    @property
    def icon(self) -> str: ...

    @property
    def mime(self) -> str: ...

    @property
    def site_name(self) -> str: ...

    @property
    def snippet(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def url(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ToolsSearchProResponse(Protocol):
    """``ToolsSearchProResponse``, as the API sends it."""

    @property
    def search_results(self) -> list[ToolsSearchProResult]: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ToolsSearchProResult(Protocol):
    """``ToolsSearchProResult``, as the API sends it."""

    @property
    def authority(self) -> str: ...

    @property
    def date(self) -> str: ...

    @property
    def icon(self) -> str: ...

    @property
    def mime(self) -> str: ...

    @property
    def site_name(self) -> str: ...

    @property
    def snippet(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def url(self) -> str: ...

    @property
    def chunks(self) -> list[ToolsSearchProChunk]: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class ToolsSearchProChunk(Protocol):
    """``ToolsSearchProChunk``, as the API sends it."""

    @property
    def text(self) -> str: ...

    @property
    def score(self) -> float: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class EstimateTokenResponse(Protocol):
    """``EstimateTokenResponse``, as the API sends it."""

    @property
    def data(self) -> EstimateTokenResponseData: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class EstimateTokenResponseData(Protocol):
    """``EstimateTokenResponseData``, as the API sends it."""

    @property
    def total_tokens(self) -> int: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class SignatureVerifyResponse(Protocol):
    """``SignatureVerifyResponse``, as the API sends it."""

    @property
    def valid(self) -> bool: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesStreamEventContentBlockStartToolUseInput(Protocol):
    """``MessagesStreamEventContentBlockStartToolUseInput``, as the API sends it."""

    @property
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesStreamEventContentBlockDeltaDelta(Protocol):
    """``MessagesStreamEventContentBlockDeltaDelta``, as the API sends it."""

    @property
    def type(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def thinking(self) -> str: ...

    @property
    def signature(self) -> str: ...

    @property
    def partial_json(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesStreamEventMessageDeltaDelta(Protocol):
    """``MessagesStreamEventMessageDeltaDelta``, as the API sends it."""

    @property
    def stop_reason(self) -> str | None: ...

    @property
    def stop_sequence(self) -> str | None: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesStreamEventMessageDeltaUsage(Protocol):
    """``MessagesStreamEventMessageDeltaUsage``, as the API sends it."""

    @property
    def input_tokens(self) -> int: ...

    @property
    def output_tokens(self) -> int: ...

    @property
    def cache_read_input_tokens(self) -> int: ...

    @property
    def cache_creation_input_tokens(self) -> int: ...

    @property
    def cache_creation(self) -> MessagesStreamEventMessageDeltaUsageCacheCreation: ...

    @property
    def output_tokens_details(
        self,
    ) -> MessagesStreamEventMessageDeltaUsageOutputTokensDetails: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesStreamEventMessageDeltaUsageCacheCreation(Protocol):
    """Cache write breakdown by TTL tier"""

    @property
    def ephemeral_5m_input_tokens(self) -> int: ...

    @property
    def ephemeral_1h_input_tokens(self) -> int: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesStreamEventMessageDeltaUsageOutputTokensDetails(Protocol):
    """``MessagesStreamEventMessageDeltaUsageOutputTokensDetails``, as the API sends it."""

    @property
    def thinking_tokens(self) -> int: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]:
        """The JSON object."""
        ...


@runtime_checkable
class MessagesStreamEventMessageStop(Protocol):
    """``MessagesStreamEventMessageStop``, as the API sends it."""

    @property
    def type(self) -> Literal["message_stop"]: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

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
    def additional_properties(self) -> dict[str, Any]: ...

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
