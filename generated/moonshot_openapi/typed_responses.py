"""Read-only views of the API's response bodies, for type checkers.

Written by scripts/generate_types.py from openapi.json; do not edit."""

from __future__ import annotations

from typing import Any, Protocol


class ListModelsResponse(Protocol):
    """ListModelsResponse"""

    @property
    def object_(self) -> str: ...

    @property
    def data(self) -> list[ListModelsResponseDataItem]: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ListModelsResponseDataItem(Protocol):
    """ListModelsResponseDataItem"""

    @property
    def id(self) -> str: ...

    @property
    def object_(self) -> str: ...

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

    def to_dict(self) -> dict[str, Any]: ...


class BalanceResponse(Protocol):
    """BalanceResponse"""

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

    def to_dict(self) -> dict[str, Any]: ...


class BalanceResponseData(Protocol):
    """BalanceResponseData"""

    @property
    def available_balance(self) -> float: ...

    @property
    def voucher_balance(self) -> float: ...

    @property
    def cash_balance(self) -> float: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class FileObject(Protocol):
    """FileObject"""

    @property
    def id(self) -> str: ...

    @property
    def object_(self) -> str: ...

    @property
    def bytes_(self) -> int: ...

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

    def to_dict(self) -> dict[str, Any]: ...


class FileListResponse(Protocol):
    """FileListResponse"""

    @property
    def object_(self) -> str: ...

    @property
    def data(self) -> list[FileObject]: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class FileDeleteResponse(Protocol):
    """FileDeleteResponse"""

    @property
    def id(self) -> str: ...

    @property
    def object_(self) -> str: ...

    @property
    def deleted(self) -> bool: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ChatCompletionResponse(Protocol):
    """ChatCompletionResponse"""

    @property
    def id(self) -> str: ...

    @property
    def object_(self) -> str: ...

    @property
    def created(self) -> int: ...

    @property
    def model(self) -> str: ...

    @property
    def choices(self) -> list[ChatCompletionResponseChoicesItem]: ...

    @property
    def usage(self) -> ChatCompletionResponseUsage: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ChatCompletionResponseChoicesItem(Protocol):
    """ChatCompletionResponseChoicesItem"""

    @property
    def index(self) -> int: ...

    @property
    def message(self) -> ChatCompletionResponseChoicesItemMessage: ...

    @property
    def finish_reason(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ChatCompletionResponseChoicesItemMessage(Protocol):
    """ChatCompletionResponseChoicesItemMessage"""

    @property
    def role(self) -> str: ...

    @property
    def content(self) -> str | None: ...

    @property
    def tool_calls(self) -> list[ChatCompletionResponseChoicesItemMessageToolCallsItem]: ...

    @property
    def reasoning_content(self) -> str | None: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ChatCompletionResponseChoicesItemMessageToolCallsItem(Protocol):
    """ChatCompletionResponseChoicesItemMessageToolCallsItem"""

    @property
    def id(self) -> str: ...

    @property
    def type_(self) -> str: ...

    @property
    def function(self) -> ChatCompletionResponseChoicesItemMessageToolCallsItemFunction: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ChatCompletionResponseChoicesItemMessageToolCallsItemFunction(Protocol):
    """ChatCompletionResponseChoicesItemMessageToolCallsItemFunction"""

    @property
    def name(self) -> str: ...

    @property
    def arguments(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ChatCompletionResponseUsage(Protocol):
    """ChatCompletionResponseUsage"""

    @property
    def prompt_tokens(self) -> int: ...

    @property
    def completion_tokens(self) -> int: ...

    @property
    def total_tokens(self) -> int: ...

    @property
    def cached_tokens(self) -> int: ...

    @property
    def prompt_tokens_details(self) -> ChatCompletionResponseUsagePromptTokensDetails: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ChatCompletionResponseUsagePromptTokensDetails(Protocol):
    """Breakdown of prompt tokens. cached_tokens, cache_write_tokens and the uncached remainder are mutually exclusive and sum to prompt_tokens"""

    @property
    def cached_tokens(self) -> int: ...

    @property
    def cache_write_tokens(self) -> int: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ResponsesResponse(Protocol):
    """A single model response."""

    @property
    def id(self) -> str: ...

    @property
    def object_(self) -> str: ...

    @property
    def created_at(self) -> int: ...

    @property
    def completed_at(self) -> int | None: ...

    @property
    def status(self) -> str: ...

    @property
    def model(self) -> str: ...

    @property
    def output(self) -> list[ResponsesOutputReasoningItem | ResponsesOutputMessageItem | ResponsesOutputFunctionCallItem | ResponsesOutputCustomToolCallItem | ResponsesOutputWebSearchCallItem]: ...

    @property
    def usage(self) -> ResponsesUsage | None: ...

    @property
    def incomplete_details(self) -> ResponsesResponseIncompleteDetails | None: ...

    @property
    def error(self) -> ResponsesResponseIncompleteDetails | None: ...

    @property
    def instructions(self) -> str | None: ...

    @property
    def reasoning(self) -> dict[str, Any] | None: ...

    @property
    def text(self) -> dict[str, Any] | None: ...

    @property
    def tools(self) -> list[ResponsesFunctionTool | ResponsesCustomTool | ResponsesNamespaceTool | ResponsesWebSearchTool] | None: ...

    @property
    def tool_choice(self) -> str | None: ...

    @property
    def max_output_tokens(self) -> int | None: ...

    @property
    def temperature(self) -> float | None: ...

    @property
    def top_p(self) -> float | None: ...

    @property
    def metadata(self) -> dict[str, Any] | None: ...

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
    def conversation(self) -> dict[str, Any] | None: ...

    @property
    def prompt_cache_options(self) -> ResponsesResponsePromptCacheOptions: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ResponsesOutputReasoningItem(Protocol):
    """Reasoning content produced by the model."""

    @property
    def type_(self) -> str: ...

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

    def to_dict(self) -> dict[str, Any]: ...


class ResponsesOutputReasoningItemSummaryItem(Protocol):
    """ResponsesOutputReasoningItemSummaryItem"""

    @property
    def type_(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ResponsesOutputMessageItem(Protocol):
    """Text reply produced by the model."""

    @property
    def type_(self) -> str: ...

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

    def to_dict(self) -> dict[str, Any]: ...


class ResponsesOutputMessageItemContentItem(Protocol):
    """ResponsesOutputMessageItemContentItem"""

    @property
    def type_(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def annotations(self) -> list[Any]: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ResponsesOutputFunctionCallItem(Protocol):
    """A function call initiated by the model."""

    @property
    def type_(self) -> str: ...

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

    def to_dict(self) -> dict[str, Any]: ...


class ResponsesOutputCustomToolCallItem(Protocol):
    """A custom tool call initiated by the model."""

    @property
    def type_(self) -> str: ...

    @property
    def id(self) -> str: ...

    @property
    def call_id(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def namespace(self) -> str: ...

    @property
    def input_(self) -> str: ...

    @property
    def status(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ResponsesOutputWebSearchCallItem(Protocol):
    """A web search call executed on the server side. Returned only when the request includes the `web_search` tool and the server decides a search is needed. It appears first in the output array."""

    @property
    def type_(self) -> str: ...

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

    def to_dict(self) -> dict[str, Any]: ...


class ResponsesOutputWebSearchCallItemAction(Protocol):
    """The action performed by this search."""

    @property
    def type_(self) -> str: ...

    @property
    def query(self) -> str: ...

    @property
    def sources(self) -> list[ResponsesOutputWebSearchCallItemActionSourcesItem]: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ResponsesOutputWebSearchCallItemActionSourcesItem(Protocol):
    """ResponsesOutputWebSearchCallItemActionSourcesItem"""

    @property
    def type_(self) -> str: ...

    @property
    def url(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ResponsesOutputWebSearchCallItemResultsItem(Protocol):
    """ResponsesOutputWebSearchCallItemResultsItem"""

    @property
    def type_(self) -> str: ...

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

    def to_dict(self) -> dict[str, Any]: ...


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

    def to_dict(self) -> dict[str, Any]: ...


class ResponsesUsageInputTokensDetails(Protocol):
    """ResponsesUsageInputTokensDetails"""

    @property
    def cached_tokens(self) -> int: ...

    @property
    def cache_write_tokens(self) -> int: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ResponsesUsageOutputTokensDetails(Protocol):
    """ResponsesUsageOutputTokensDetails"""

    @property
    def reasoning_tokens(self) -> int: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ResponsesResponseIncompleteDetails(Protocol):
    """Reason the response is `incomplete`."""

    @property
    def reason(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ResponsesFunctionTool(Protocol):
    """A function tool whose arguments are described by a JSON Schema."""

    @property
    def type_(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def description(self) -> str: ...

    @property
    def parameters(self) -> dict[str, Any]: ...

    @property
    def strict(self) -> bool: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ResponsesCustomTool(Protocol):
    """A custom tool that takes free-form text input. Only the custom tool named `apply_patch` is supported, and it must define a `grammar` + `lark` format; when the model calls it, a `custom_tool_call` item is returned in the output."""

    @property
    def type_(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def description(self) -> str: ...

    @property
    def format_(self) -> ResponsesCustomToolFormat: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ResponsesCustomToolFormat(Protocol):
    """Input format constraint. Only the `grammar` type with `lark` syntax is supported."""

    @property
    def type_(self) -> str: ...

    @property
    def syntax(self) -> str: ...

    @property
    def definition(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ResponsesNamespaceTool(Protocol):
    """Groups a set of function or custom tools under one namespace."""

    @property
    def type_(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def description(self) -> str: ...

    @property
    def tools(self) -> list[ResponsesFunctionTool | ResponsesCustomTool]: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ResponsesWebSearchTool(Protocol):
    """A web search tool executed on the server side. When present, the server first decides from the input whether a search is needed; if so, it runs the search, injects the results into the model context, and returns a `web_search_call` item in the output. At most one `web_search` tool is allowed per..."""

    @property
    def type_(self) -> str: ...

    @property
    def filters(self) -> ResponsesWebSearchToolFilters: ...

    @property
    def search_content_types(self) -> list[str]: ...

    @property
    def image_settings(self) -> ResponsesWebSearchToolImageSettings: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ResponsesWebSearchToolFilters(Protocol):
    """Search scope filters."""

    @property
    def allowed_domains(self) -> list[str]: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ResponsesWebSearchToolImageSettings(Protocol):
    """Image search settings. Only effective when `search_content_types` includes `image`."""

    @property
    def max_results(self) -> int: ...

    @property
    def caption(self) -> bool: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ResponsesResponsePromptCacheOptions(Protocol):
    """The context cache write options actually applied by the server. When the request omits prompt_cache_options, refer to the mode and ttl returned here"""

    @property
    def mode(self) -> str: ...

    @property
    def ttl(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class MessagesResponse(Protocol):
    """MessagesResponse"""

    @property
    def id(self) -> str: ...

    @property
    def type_(self) -> str: ...

    @property
    def role(self) -> str: ...

    @property
    def model(self) -> str: ...

    @property
    def content(self) -> list[MessagesResponseContentItemThinking | MessagesResponseContentItemText | MessagesResponseContentItemToolUse]: ...

    @property
    def stop_reason(self) -> str | None: ...

    @property
    def stop_sequence(self) -> str | None: ...

    @property
    def usage(self) -> MessagesResponseUsage: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class MessagesResponseContentItemThinking(Protocol):
    """MessagesResponseContentItemThinking"""

    @property
    def type_(self) -> str: ...

    @property
    def thinking(self) -> str: ...

    @property
    def signature(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class MessagesResponseContentItemText(Protocol):
    """MessagesResponseContentItemText"""

    @property
    def type_(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class MessagesResponseContentItemToolUse(Protocol):
    """MessagesResponseContentItemToolUse"""

    @property
    def type_(self) -> str: ...

    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def input_(self) -> dict[str, Any]: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


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

    def to_dict(self) -> dict[str, Any]: ...


class MessagesResponseUsageCacheCreation(Protocol):
    """Cache write breakdown by TTL tier"""

    @property
    def ephemeral_5m_input_tokens(self) -> int: ...

    @property
    def ephemeral_1h_input_tokens(self) -> int: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class MessagesResponseUsageOutputTokensDetails(Protocol):
    """MessagesResponseUsageOutputTokensDetails"""

    @property
    def thinking_tokens(self) -> int: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class EstimateTokenResponse(Protocol):
    """EstimateTokenResponse"""

    @property
    def data(self) -> EstimateTokenResponseData: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class EstimateTokenResponseData(Protocol):
    """EstimateTokenResponseData"""

    @property
    def total_tokens(self) -> int: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class SignatureVerifyResponse(Protocol):
    """SignatureVerifyResponse"""

    @property
    def valid(self) -> bool: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ToolsSearchResponse(Protocol):
    """ToolsSearchResponse"""

    @property
    def search_results(self) -> list[ToolsSearchResult]: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ToolsSearchResult(Protocol):
    """ToolsSearchResult"""

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

    def to_dict(self) -> dict[str, Any]: ...


class ToolsSearchProResponse(Protocol):
    """ToolsSearchProResponse"""

    @property
    def search_results(self) -> list[ToolsSearchProResult]: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ToolsSearchProResult(Protocol):
    """ToolsSearchProResult"""

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

    def to_dict(self) -> dict[str, Any]: ...


class ToolsSearchProChunk(Protocol):
    """ToolsSearchProChunk"""

    @property
    def text(self) -> str: ...

    @property
    def score(self) -> float: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ToolsFetchResponse(Protocol):
    """ToolsFetchResponse"""

    @property
    def url(self) -> str: ...

    @property
    def markdown(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class BatchObject(Protocol):
    """BatchObject"""

    @property
    def id(self) -> str: ...

    @property
    def object_(self) -> str: ...

    @property
    def endpoint(self) -> str: ...

    @property
    def input_file_id(self) -> str: ...

    @property
    def completion_window(self) -> str: ...

    @property
    def status(self) -> str: ...

    @property
    def output_file_id(self) -> str | None: ...

    @property
    def error_file_id(self) -> str | None: ...

    @property
    def created_at(self) -> int: ...

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
    def request_counts(self) -> BatchRequestCounts: ...

    @property
    def metadata(self) -> dict[str, str] | None: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class BatchRequestCounts(Protocol):
    """BatchRequestCounts"""

    @property
    def completed(self) -> int: ...

    @property
    def failed(self) -> int: ...

    @property
    def total(self) -> int: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class BatchListResponse(Protocol):
    """BatchListResponse"""

    @property
    def object_(self) -> str: ...

    @property
    def data(self) -> list[BatchObject]: ...

    @property
    def has_more(self) -> bool: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class FormulaToolList(Protocol):
    """A formula's tool declarations."""

    @property
    def object_(self) -> str: ...

    @property
    def tools(self) -> list[ToolDefinitionOption0 | ToolDefinitionBuiltinFunction]: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ToolDefinitionOption0(Protocol):
    """ToolDefinitionOption0"""

    @property
    def type_(self) -> str: ...

    @property
    def function(self) -> ToolDefinitionOption0Function: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ToolDefinitionOption0Function(Protocol):
    """ToolDefinitionOption0Function"""

    @property
    def name(self) -> str: ...

    @property
    def description(self) -> str: ...

    @property
    def parameters(self) -> dict[str, Any]: ...

    @property
    def strict(self) -> bool: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ToolDefinitionBuiltinFunction(Protocol):
    """ToolDefinitionBuiltinFunction"""

    @property
    def type_(self) -> str: ...

    @property
    def function(self) -> ToolDefinitionBuiltinFunctionFunction: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class ToolDefinitionBuiltinFunctionFunction(Protocol):
    """ToolDefinitionBuiltinFunctionFunction"""

    @property
    def name(self) -> str: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...


class FormulaFiber(Protocol):
    """One execution of a formula tool."""

    @property
    def id(self) -> str: ...

    @property
    def object_(self) -> str: ...

    @property
    def created_at(self) -> int: ...

    @property
    def lambda_id(self) -> str: ...

    @property
    def status(self) -> str: ...

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

    def to_dict(self) -> dict[str, Any]: ...


class FormulaFiberContext(Protocol):
    """The fiber's input and result."""

    @property
    def input_(self) -> str: ...

    @property
    def output(self) -> str: ...

    @property
    def encrypted_output(self) -> str: ...

    @property
    def error(self) -> Any: ...

    @property
    def additional_properties(self) -> dict[str, Any]: ...

    def to_dict(self) -> dict[str, Any]: ...
