"""Request bodies of the API document as TypedDicts, and their fields as aliases.

Written by scripts/generate_types.py from openapi.json; do not edit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, Required, TypeAlias, TypedDict


class UploadFileBody(TypedDict, total=False):
    """UploadFileBody"""

    file: Required[str]
    purpose: Required[Literal["file-extract", "image", "video", "batch"]]


class KimiK3ChatRequestParams(TypedDict, total=False):
    """Keyword parameters of KimiK3ChatRequest."""

    logprobs: bool
    top_logprobs: int
    prediction: ChatRequestCommonPrediction
    max_tokens: int
    max_completion_tokens: int
    response_format: ChatRequestCommonResponseFormat
    stop: str | Sequence[str]
    stream_options: ChatRequestCommonStreamOptions
    tools: Sequence[ToolDefinitionOption0 | ToolDefinitionBuiltinFunction]
    prompt_cache_key: str
    prompt_cache_options: ChatRequestCommonPromptCacheOptions
    safety_identifier: str
    tool_choice: Literal["auto", "none", "required"] | ChatRequestCommonToolChoiceOption1
    reasoning_effort: Literal["low", "high", "max"]


class ChatRequestCommonPrediction(TypedDict, total=False):
    """Configuration for a Predicted Output, which can greatly improve response times when large parts of the model response are known ahead of time (for example, regenerating a file with only minor changes)."""

    type: Literal["content"]
    content: str | Sequence[Mapping[str, Any]]


class ChatRequestCommonResponseFormat(TypedDict, total=False):
    """Controls the model output format. Default is {"type": "text"} for plain text output. Set to {"type": "json_object"} to enable JSON mode, ensuring output is a valid JSON object (you must guide the model to output JSON in the prompt). Set to {"type": "json_schema"} to enable Structured Output,..."""

    type: Literal["text", "json_object", "json_schema"]
    json_schema: ChatRequestCommonResponseFormatJsonSchema


class ChatRequestCommonResponseFormatJsonSchema(TypedDict, total=False):
    """Used when type is json_schema. Defines the JSON Schema that the output should conform to."""

    name: Required[str]
    strict: bool
    schema: Required[Mapping[str, Any]]


class ChatRequestCommonStreamOptions(TypedDict, total=False):
    """Options for streaming responses"""

    include_usage: bool


class ToolDefinitionOption0(TypedDict, total=False):
    """ToolDefinitionOption0"""

    type: Required[Literal["function"]]
    function: Required[ToolDefinitionOption0Function]


class ToolDefinitionOption0Function(TypedDict, total=False):
    """ToolDefinitionOption0Function"""

    name: Required[str]
    description: str
    parameters: Required[Mapping[str, Any]]
    strict: bool


class ToolDefinitionBuiltinFunction(TypedDict, total=False):
    """ToolDefinitionBuiltinFunction"""

    type: Required[Literal["builtin_function"]]
    function: Required[ToolDefinitionBuiltinFunctionFunction]


class ToolDefinitionBuiltinFunctionFunction(TypedDict, total=False):
    """ToolDefinitionBuiltinFunctionFunction"""

    name: Required[str]


class ChatRequestCommonPromptCacheOptions(TypedDict, total=False):
    """Context cache write options. When omitted, cache write is enabled by default (5m tier): the system automatically writes the request prefix to the 5m cache tier"""

    mode: Literal["implicit"]
    ttl: Literal["5m", "1h"]


class ChatRequestCommonToolChoiceOption1(TypedDict, total=False):
    """Force a specific tool call"""

    type: Required[Literal["function"]]
    function: Required[ChatRequestCommonToolChoiceOption1Function]


class ChatRequestCommonToolChoiceOption1Function(TypedDict, total=False):
    """ChatRequestCommonToolChoiceOption1Function"""

    name: Required[str]


class Message(TypedDict, total=False):
    """Message"""

    role: Required[Literal["system", "user", "assistant", "tool"]]
    content: str | Sequence[MessageContentItemText | MessageContentItemImageUrl | MessageContentItemVideoUrl] | None
    name: str
    partial: bool
    tool_call_id: str
    tool_calls: Sequence[MessageToolCallsItem]
    reasoning_content: str | None


class MessageContentItemText(TypedDict, total=False):
    """MessageContentItemText"""

    type: Required[Literal["text"]]
    text: Required[str]


class MessageContentItemImageUrl(TypedDict, total=False):
    """MessageContentItemImageUrl"""

    type: Required[Literal["image_url"]]
    image_url: Required[MessageContentItemImageUrlImageUrlOption0 | str]


class MessageContentItemImageUrlImageUrlOption0(TypedDict, total=False):
    """MessageContentItemImageUrlImageUrlOption0"""

    url: Required[str]


class MessageContentItemVideoUrl(TypedDict, total=False):
    """MessageContentItemVideoUrl"""

    type: Required[Literal["video_url"]]
    video_url: Required[MessageContentItemVideoUrlVideoUrlOption0 | str]


class MessageContentItemVideoUrlVideoUrlOption0(TypedDict, total=False):
    """MessageContentItemVideoUrlVideoUrlOption0"""

    url: Required[str]


class MessageToolCallsItem(TypedDict, total=False):
    """MessageToolCallsItem"""

    id: str
    type: str
    index: int
    function: MessageToolCallsItemFunction


class MessageToolCallsItemFunction(TypedDict, total=False):
    """MessageToolCallsItemFunction"""

    name: str
    arguments: str


class KimiK3DynamicToolMessage(TypedDict, total=False):
    """A Kimi K3 dynamic tool loading message. This message must use the system role, declares tools available to subsequent conversation turns from its position, and does not include a content field."""

    role: Required[Literal["system"]]
    tools: Required[Sequence[ToolDefinitionOption0 | ToolDefinitionBuiltinFunction]]


class KimiK27CodeChatRequestParams(TypedDict, total=False):
    """Keyword parameters of KimiK27CodeChatRequest."""

    logprobs: bool
    top_logprobs: int
    prediction: ChatRequestBasePrediction
    max_tokens: int
    max_completion_tokens: int
    response_format: ChatRequestBaseResponseFormat
    stop: str | Sequence[str]
    stream_options: ChatRequestBaseStreamOptions
    tools: Sequence[ToolDefinitionOption0 | ToolDefinitionBuiltinFunction]
    prompt_cache_key: str
    prompt_cache_options: ChatRequestBasePromptCacheOptions
    safety_identifier: str
    tool_choice: Literal["auto", "none", "required"] | ChatRequestBaseToolChoiceOption1
    thinking: KimiK27CodeChatRequestThinking


class ChatRequestBasePrediction(TypedDict, total=False):
    """Configuration for a Predicted Output, which can greatly improve response times when large parts of the model response are known ahead of time (for example, regenerating a file with only minor changes)."""

    type: Literal["content"]
    content: str | Sequence[Mapping[str, Any]]


class ChatRequestBaseResponseFormat(TypedDict, total=False):
    """Controls the model output format. Default is {"type": "text"} for plain text output. Set to {"type": "json_object"} to enable JSON mode, ensuring output is a valid JSON object (you must guide the model to output JSON in the prompt). Set to {"type": "json_schema"} to enable Structured Output,..."""

    type: Literal["text", "json_object", "json_schema"]
    json_schema: ChatRequestBaseResponseFormatJsonSchema


class ChatRequestBaseResponseFormatJsonSchema(TypedDict, total=False):
    """Used when type is json_schema. Defines the JSON Schema that the output should conform to."""

    name: Required[str]
    strict: bool
    schema: Required[Mapping[str, Any]]


class ChatRequestBaseStreamOptions(TypedDict, total=False):
    """Options for streaming responses"""

    include_usage: bool


class ChatRequestBasePromptCacheOptions(TypedDict, total=False):
    """Context cache write options. When omitted, cache write is enabled by default (5m tier): the system automatically writes the request prefix to the 5m cache tier"""

    mode: Literal["implicit"]
    ttl: Literal["5m", "1h"]


class ChatRequestBaseToolChoiceOption1(TypedDict, total=False):
    """Force a specific tool call"""

    type: Required[Literal["function"]]
    function: Required[ChatRequestBaseToolChoiceOption1Function]


class ChatRequestBaseToolChoiceOption1Function(TypedDict, total=False):
    """ChatRequestBaseToolChoiceOption1Function"""

    name: Required[str]


class KimiK27CodeChatRequestThinking(TypedDict, total=False):
    """Controls thinking for the kimi-k2.7-code model, and whether to fully preserve reasoning_content across multi-turn conversations. Optional parameter. Default value is {"type": "enabled", "keep": "all"}."""

    type: Required[Literal["enabled"]]
    keep: Literal["all"] | None


class KimiK26ChatRequestParams(TypedDict, total=False):
    """Keyword parameters of KimiK26ChatRequest."""

    logprobs: bool
    top_logprobs: int
    prediction: ChatRequestBasePrediction
    max_tokens: int
    max_completion_tokens: int
    response_format: ChatRequestBaseResponseFormat
    stop: str | Sequence[str]
    stream_options: ChatRequestBaseStreamOptions
    tools: Sequence[ToolDefinitionOption0 | ToolDefinitionBuiltinFunction]
    prompt_cache_key: str
    prompt_cache_options: ChatRequestBasePromptCacheOptions
    safety_identifier: str
    tool_choice: Literal["auto", "none", "required"] | ChatRequestBaseToolChoiceOption1
    thinking: KimiK26ChatRequestThinking


class KimiK26ChatRequestThinking(TypedDict, total=False):
    """Controls whether thinking is enabled for the kimi-k2.6 model, and whether to fully preserve reasoning_content across multi-turn conversations. Optional parameter. Default value is {"type": "enabled"}."""

    type: Required[Literal["enabled", "disabled"]]
    keep: Literal["all"] | None


class CreateChatCompletionFallbackParams(TypedDict, total=False):
    """Keyword parameters of CreateChatCompletionFallback."""

    logprobs: bool
    top_logprobs: int
    prediction: ChatRequestCommonPrediction | ChatRequestBasePrediction
    max_tokens: int
    max_completion_tokens: int
    response_format: ChatRequestCommonResponseFormat | ChatRequestBaseResponseFormat
    stop: str | Sequence[str]
    stream_options: ChatRequestCommonStreamOptions | ChatRequestBaseStreamOptions
    tools: Sequence[ToolDefinitionOption0 | ToolDefinitionBuiltinFunction]
    prompt_cache_key: str
    prompt_cache_options: ChatRequestCommonPromptCacheOptions | ChatRequestBasePromptCacheOptions
    safety_identifier: str
    tool_choice: Literal["auto", "none", "required"] | ChatRequestCommonToolChoiceOption1 | ChatRequestBaseToolChoiceOption1


class ResponsesRequest(TypedDict, total=False):
    """ResponsesRequest"""

    model: Required[str]
    input: Required[str | Sequence[ResponsesMessageItem | ResponsesReasoningItem | ResponsesFunctionCallItem | ResponsesFunctionCallOutputItem | ResponsesCustomToolCallItem | ResponsesCustomToolCallOutputItem | ResponsesWebSearchCallItem | ResponsesAdditionalToolsItem]]
    instructions: str
    stream: bool
    max_output_tokens: int
    reasoning: ResponsesRequestReasoning
    text: ResponsesRequestText
    tools: Sequence[ResponsesFunctionTool | ResponsesCustomTool | ResponsesNamespaceTool | ResponsesWebSearchTool]
    tool_choice: Literal["auto"]
    include: Sequence[Literal["web_search_call.results", "web_search_call.action.sources"]]
    prompt_cache_key: str
    prompt_cache_options: ResponsesRequestPromptCacheOptions
    safety_identifier: str


class ResponsesMessageItem(TypedDict, total=False):
    """A conversation message. `type` may be omitted."""

    type: Literal["message"]
    role: Required[Literal["user", "assistant", "developer"]]
    content: Required[str | Sequence[ResponsesInputContentPartInputText | ResponsesInputContentPartInputImage | ResponsesInputContentPartOutputText]]
    status: Literal["completed"]


class ResponsesInputContentPartInputText(TypedDict, total=False):
    """ResponsesInputContentPartInputText"""

    type: Required[Literal["input_text"]]
    text: Required[str]


class ResponsesInputContentPartInputImage(TypedDict, total=False):
    """ResponsesInputContentPartInputImage"""

    type: Required[Literal["input_image"]]
    image_url: Required[str]
    detail: Literal["auto", "low", "high", "original"]


class ResponsesInputContentPartOutputText(TypedDict, total=False):
    """Used when replaying assistant text from history."""

    type: Required[Literal["output_text"]]
    text: Required[str]


class ResponsesReasoningItem(TypedDict, total=False):
    """Replays reasoning content from a previous turn. `content` takes precedence over `summary`."""

    type: Required[Literal["reasoning"]]
    id: str
    summary: Sequence[ResponsesReasoningItemSummaryItem]
    content: Sequence[ResponsesReasoningItemContentItem]
    status: Literal["completed"]


class ResponsesReasoningItemSummaryItem(TypedDict, total=False):
    """ResponsesReasoningItemSummaryItem"""

    type: Required[Literal["summary_text"]]
    text: Required[str]


class ResponsesReasoningItemContentItem(TypedDict, total=False):
    """ResponsesReasoningItemContentItem"""

    type: Required[Literal["reasoning_text"]]
    text: Required[str]


class ResponsesFunctionCallItem(TypedDict, total=False):
    """Replays a function call."""

    type: Required[Literal["function_call"]]
    id: str
    call_id: Required[str]
    name: Required[str]
    namespace: str
    arguments: Required[str]
    status: Literal["completed"]


class ResponsesFunctionCallOutputItem(TypedDict, total=False):
    """Result of executing a function call."""

    type: Required[Literal["function_call_output"]]
    call_id: Required[str]
    output: Required[str | Sequence[ResponsesInputContentPartInputText | ResponsesInputContentPartInputImage | ResponsesInputContentPartOutputText]]
    status: Literal["completed"]


class ResponsesCustomToolCallItem(TypedDict, total=False):
    """Replays a custom tool call."""

    type: Required[Literal["custom_tool_call"]]
    id: str
    call_id: Required[str]
    name: Required[str]
    namespace: str
    input: Required[str]
    status: Literal["completed"]


class ResponsesCustomToolCallOutputItem(TypedDict, total=False):
    """Result of executing a custom tool call."""

    type: Required[Literal["custom_tool_call_output"]]
    call_id: Required[str]
    output: Required[str | Sequence[ResponsesInputContentPartInputText | ResponsesInputContentPartInputImage | ResponsesInputContentPartOutputText]]
    status: Literal["completed"]


class ResponsesWebSearchCallItem(TypedDict, total=False):
    """Replays a previous web search call. Kept for history only and ignored during conversion; the search results are already carried by the assistant message that follows."""

    type: Required[Literal["web_search_call"]]
    id: str
    status: Literal["completed"]
    action: ResponsesWebSearchCallItemAction


class ResponsesWebSearchCallItemAction(TypedDict, total=False):
    """ResponsesWebSearchCallItemAction"""

    type: Literal["search"]
    query: str


class ResponsesAdditionalToolsItem(TypedDict, total=False):
    """Adds callable tools partway through a conversation, effective from the position of this item."""

    type: Required[Literal["additional_tools"]]
    id: str
    role: Required[Literal["developer"]]
    tools: Required[Sequence[ResponsesFunctionTool | ResponsesCustomTool | ResponsesNamespaceTool | ResponsesWebSearchTool]]


class ResponsesFunctionTool(TypedDict, total=False):
    """A function tool whose arguments are described by a JSON Schema."""

    type: Required[Literal["function"]]
    name: Required[str]
    description: str
    parameters: Mapping[str, Any]
    strict: bool


class ResponsesCustomTool(TypedDict, total=False):
    """A custom tool that takes free-form text input. Only the custom tool named `apply_patch` is supported, and it must define a `grammar` + `lark` format; when the model calls it, a `custom_tool_call` item is returned in the output."""

    type: Required[Literal["custom"]]
    name: Required[Literal["apply_patch"]]
    description: str
    format: Required[ResponsesCustomToolFormat]


class ResponsesCustomToolFormat(TypedDict, total=False):
    """Input format constraint. Only the `grammar` type with `lark` syntax is supported."""

    type: Required[Literal["grammar"]]
    syntax: Required[Literal["lark"]]
    definition: Required[str]


class ResponsesNamespaceTool(TypedDict, total=False):
    """Groups a set of function or custom tools under one namespace."""

    type: Required[Literal["namespace"]]
    name: Required[str]
    description: Required[str]
    tools: Required[Sequence[ResponsesFunctionTool | ResponsesCustomTool]]


class ResponsesWebSearchTool(TypedDict, total=False):
    """A web search tool executed on the server side. When present, the server first decides from the input whether a search is needed; if so, it runs the search, injects the results into the model context, and returns a `web_search_call` item in the output. At most one `web_search` tool is allowed per..."""

    type: Required[Literal["web_search"]]
    filters: ResponsesWebSearchToolFilters
    search_content_types: Sequence[Literal["text", "image"]]
    image_settings: ResponsesWebSearchToolImageSettings


class ResponsesWebSearchToolFilters(TypedDict, total=False):
    """Search scope filters."""

    allowed_domains: Sequence[str]


class ResponsesWebSearchToolImageSettings(TypedDict, total=False):
    """Image search settings. Only effective when `search_content_types` includes `image`."""

    max_results: int
    caption: bool


class ResponsesRequestReasoning(TypedDict, total=False):
    """Reasoning configuration."""

    effort: Literal["low", "high", "max"]


class ResponsesRequestText(TypedDict, total=False):
    """Output text configuration."""

    format: ResponsesRequestTextFormat


class ResponsesRequestTextFormat(TypedDict, total=False):
    """Constrains the output structure with a JSON Schema."""

    type: Required[Literal["json_schema"]]
    name: str
    schema: Required[Mapping[str, Any]]
    strict: bool


class ResponsesRequestPromptCacheOptions(TypedDict, total=False):
    """Context cache write options. When omitted, cache write is enabled by default (5m tier): the system automatically writes the request prefix to the 5m cache tier"""

    mode: Literal["implicit"]
    ttl: Literal["5m", "1h"]


class MessagesRequest(TypedDict, total=False):
    """MessagesRequest"""

    model: Required[Literal["kimi-k3"]]
    messages: Required[Sequence[MessagesMessageParam]]
    max_tokens: Required[int]
    system: str | Sequence[MessagesTextBlockParam]
    stream: bool
    stop_sequences: Sequence[str]
    tools: Sequence[MessagesTool]
    tool_choice: MessagesToolChoice
    metadata: MessagesRequestMetadata
    cache_control: MessagesRequestCacheControl
    output_config: MessagesRequestOutputConfig


class MessagesMessageParam(TypedDict, total=False):
    """MessagesMessageParam"""

    role: Required[Literal["user", "assistant"]]
    content: Required[str | Sequence[MessagesMessageParamContentItemText | MessagesMessageParamContentItemImage | MessagesMessageParamContentItemThinking | MessagesMessageParamContentItemToolUse | MessagesMessageParamContentItemToolResult]]


class MessagesMessageParamContentItemText(TypedDict, total=False):
    """MessagesMessageParamContentItemText"""

    type: Required[Literal["text"]]
    text: Required[str]


class MessagesMessageParamContentItemImage(TypedDict, total=False):
    """MessagesMessageParamContentItemImage"""

    type: Required[Literal["image"]]
    source: Required[MessagesMessageParamContentItemImageSource]


class MessagesMessageParamContentItemImageSource(TypedDict, total=False):
    """Image source. When `type` is `base64`, provide both `media_type` and `data`; when `type` is `url`, pass an `ms://<file_id>` file reference in `url`."""

    type: Required[Literal["base64", "url"]]
    media_type: Literal["image/jpeg", "image/png", "image/gif", "image/webp"]
    data: str
    url: str


class MessagesMessageParamContentItemThinking(TypedDict, total=False):
    """The model's reasoning. In multi-turn conversations, pass the thinking block from the response (including `signature`) back unchanged inside the assistant message."""

    type: Required[Literal["thinking"]]
    thinking: Required[str]
    signature: str


class MessagesMessageParamContentItemToolUse(TypedDict, total=False):
    """A tool call issued by the model (appears in assistant messages)"""

    type: Required[Literal["tool_use"]]
    id: Required[str]
    name: Required[str]
    input: Required[Mapping[str, Any]]


class MessagesMessageParamContentItemToolResult(TypedDict, total=False):
    """The result of a tool execution (appears in user messages)"""

    type: Required[Literal["tool_result"]]
    tool_use_id: Required[str]
    content: Required[str | Sequence[MessagesMessageParamContentItemToolResultContentItemText | MessagesMessageParamContentItemToolResultContentItemImage]]


class MessagesMessageParamContentItemToolResultContentItemText(TypedDict, total=False):
    """MessagesMessageParamContentItemToolResultContentItemText"""

    type: Required[Literal["text"]]
    text: Required[str]


class MessagesMessageParamContentItemToolResultContentItemImage(TypedDict, total=False):
    """MessagesMessageParamContentItemToolResultContentItemImage"""

    type: Required[Literal["image"]]
    source: Required[MessagesMessageParamContentItemToolResultContentItemImageSource]


class MessagesMessageParamContentItemToolResultContentItemImageSource(TypedDict, total=False):
    """Image source. When `type` is `base64`, provide both `media_type` and `data`; when `type` is `url`, pass an `ms://<file_id>` file reference in `url`."""

    type: Required[Literal["base64", "url"]]
    media_type: Literal["image/jpeg", "image/png", "image/gif", "image/webp"]
    data: str
    url: str


class MessagesTextBlockParam(TypedDict, total=False):
    """MessagesTextBlockParam"""

    type: Required[Literal["text"]]
    text: Required[str]


class MessagesTool(TypedDict, total=False):
    """MessagesTool"""

    type: Literal["custom"]
    name: Required[str]
    description: str
    input_schema: Required[Mapping[str, Any]]


class MessagesToolChoice(TypedDict, total=False):
    """Controls whether the model calls tools. `auto` (default): the model decides; `any`: force a call to any tool; `none`: do not call tools."""

    type: Required[Literal["auto", "any", "none"]]


class MessagesRequestMetadata(TypedDict, total=False):
    """MessagesRequestMetadata"""

    user_id: str


class MessagesRequestCacheControl(TypedDict, total=False):
    """Context cache write options. Only effective when passed at the top level; cache_control markers inside the messages array are ignored. When omitted, the request only attempts to read the cache (5m tier) and does not write"""

    type: Required[Literal["ephemeral"]]
    ttl: Literal["5m", "1h"]


class MessagesRequestOutputConfig(TypedDict, total=False):
    """Output configuration: reasoning effort and structured output"""

    effort: Literal["low", "high", "max"]
    format: MessagesRequestOutputConfigFormat


class MessagesRequestOutputConfigFormat(TypedDict, total=False):
    """Structured output. When set, the model outputs JSON that strictly follows the given JSON Schema."""

    type: Required[Literal["json_schema"]]
    schema: Required[Mapping[str, Any]]


class EstimateTokenRequest(TypedDict, total=False):
    """EstimateTokenRequest"""

    model: Required[Literal["kimi-k3", "kimi-k2.7-code", "kimi-k2.7-code-highspeed", "kimi-k2.6"]]
    messages: Required[Sequence[Message]]


class SignatureVerifyRequest(TypedDict, total=False):
    """SignatureVerifyRequest"""

    nonce: Required[str]
    timestamp: Required[int]
    model: Required[str]
    signature: Required[str]


class ToolsSearchRequest(TypedDict, total=False):
    """ToolsSearchRequest"""

    text_query: Required[str]
    timeout_seconds: int
    limit: int
    include_content: bool


class ToolsSearchProRequest(TypedDict, total=False):
    """ToolsSearchProRequest"""

    text_query: Required[str]
    timeout_seconds: int
    limit: int
    sites: Sequence[str]
    time_window: ToolsSearchTimeWindow


class ToolsSearchTimeWindow(TypedDict, total=False):
    """Time-window constraint on result dates. start and end are each normalized to the first day of their period before comparison; start must not be later than end."""

    start: str
    end: str


class ToolsFetchRequest(TypedDict, total=False):
    """ToolsFetchRequest"""

    url: Required[str]


class BatchCreateRequest(TypedDict, total=False):
    """BatchCreateRequest"""

    input_file_id: Required[str]
    endpoint: Required[Literal["/v1/chat/completions"]]
    completion_window: Required[str]
    metadata: Mapping[str, str]


class FormulaFiberRequest(TypedDict, total=False):
    """One tool call: the function of the model's tool call, copied unchanged."""

    name: Required[str]
    arguments: Required[str]


# The body fields of each operation, for keyword parameters.
UploadFileFile: TypeAlias = str
UploadFilePurpose: TypeAlias = Literal["file-extract", "image", "video", "batch"]
CreateAModelResponseModel: TypeAlias = str
CreateAModelResponseInput: TypeAlias = str | Sequence[ResponsesMessageItem | ResponsesReasoningItem | ResponsesFunctionCallItem | ResponsesFunctionCallOutputItem | ResponsesCustomToolCallItem | ResponsesCustomToolCallOutputItem | ResponsesWebSearchCallItem | ResponsesAdditionalToolsItem]
CreateAModelResponseInstructions: TypeAlias = str
CreateAModelResponseStream: TypeAlias = bool
CreateAModelResponseMaxOutputTokens: TypeAlias = int
CreateAModelResponseReasoning: TypeAlias = ResponsesRequestReasoning
CreateAModelResponseText: TypeAlias = ResponsesRequestText
CreateAModelResponseTools: TypeAlias = Iterable[ResponsesFunctionTool | ResponsesCustomTool | ResponsesNamespaceTool | ResponsesWebSearchTool]
CreateAModelResponseToolChoice: TypeAlias = Literal["auto"]
CreateAModelResponseInclude: TypeAlias = Iterable[Literal["web_search_call.results", "web_search_call.action.sources"]]
CreateAModelResponsePromptCacheKey: TypeAlias = str
CreateAModelResponsePromptCacheOptions: TypeAlias = ResponsesRequestPromptCacheOptions
CreateAModelResponseSafetyIdentifier: TypeAlias = str
MessagesApiModel: TypeAlias = Literal["kimi-k3"]
MessagesApiMessages: TypeAlias = Iterable[MessagesMessageParam]
MessagesApiMaxTokens: TypeAlias = int
MessagesApiSystem: TypeAlias = str | Sequence[MessagesTextBlockParam]
MessagesApiStream: TypeAlias = bool
MessagesApiStopSequences: TypeAlias = Iterable[str]
MessagesApiTools: TypeAlias = Iterable[MessagesTool]
MessagesApiToolChoice: TypeAlias = MessagesToolChoice
MessagesApiMetadata: TypeAlias = MessagesRequestMetadata
MessagesApiCacheControl: TypeAlias = MessagesRequestCacheControl
MessagesApiOutputConfig: TypeAlias = MessagesRequestOutputConfig
EstimateTokenCountModel: TypeAlias = Literal["kimi-k3", "kimi-k2.7-code", "kimi-k2.7-code-highspeed", "kimi-k2.6"]
EstimateTokenCountMessages: TypeAlias = Iterable[Message]
VerifyRequestSignatureNonce: TypeAlias = str
VerifyRequestSignatureTimestamp: TypeAlias = int
VerifyRequestSignatureModel: TypeAlias = str
VerifyRequestSignatureSignature: TypeAlias = str
WebSearchBasicTextQuery: TypeAlias = str
WebSearchBasicTimeoutSeconds: TypeAlias = int
WebSearchBasicLimit: TypeAlias = int
WebSearchBasicIncludeContent: TypeAlias = bool
WebSearchProTextQuery: TypeAlias = str
WebSearchProTimeoutSeconds: TypeAlias = int
WebSearchProLimit: TypeAlias = int
WebSearchProSites: TypeAlias = Iterable[str]
WebSearchProTimeWindow: TypeAlias = ToolsSearchTimeWindow
UrlFetchUrl: TypeAlias = str
CreateBatchInputFileId: TypeAlias = str
CreateBatchEndpoint: TypeAlias = Literal["/v1/chat/completions"]
CreateBatchCompletionWindow: TypeAlias = str
CreateBatchMetadata: TypeAlias = Mapping[str, str]
CreateFormulaFiberName: TypeAlias = str
CreateFormulaFiberArguments: TypeAlias = str

__all__ = [
    'BatchCreateRequest',
    'ChatRequestBasePrediction',
    'ChatRequestBasePromptCacheOptions',
    'ChatRequestBaseResponseFormat',
    'ChatRequestBaseResponseFormatJsonSchema',
    'ChatRequestBaseStreamOptions',
    'ChatRequestBaseToolChoiceOption1',
    'ChatRequestBaseToolChoiceOption1Function',
    'ChatRequestCommonPrediction',
    'ChatRequestCommonPromptCacheOptions',
    'ChatRequestCommonResponseFormat',
    'ChatRequestCommonResponseFormatJsonSchema',
    'ChatRequestCommonStreamOptions',
    'ChatRequestCommonToolChoiceOption1',
    'ChatRequestCommonToolChoiceOption1Function',
    'CreateAModelResponseInclude',
    'CreateAModelResponseInput',
    'CreateAModelResponseInstructions',
    'CreateAModelResponseMaxOutputTokens',
    'CreateAModelResponseModel',
    'CreateAModelResponsePromptCacheKey',
    'CreateAModelResponsePromptCacheOptions',
    'CreateAModelResponseReasoning',
    'CreateAModelResponseSafetyIdentifier',
    'CreateAModelResponseStream',
    'CreateAModelResponseText',
    'CreateAModelResponseToolChoice',
    'CreateAModelResponseTools',
    'CreateBatchCompletionWindow',
    'CreateBatchEndpoint',
    'CreateBatchInputFileId',
    'CreateBatchMetadata',
    'CreateChatCompletionFallbackParams',
    'CreateFormulaFiberArguments',
    'CreateFormulaFiberName',
    'EstimateTokenCountMessages',
    'EstimateTokenCountModel',
    'EstimateTokenRequest',
    'FormulaFiberRequest',
    'KimiK26ChatRequestParams',
    'KimiK26ChatRequestThinking',
    'KimiK27CodeChatRequestParams',
    'KimiK27CodeChatRequestThinking',
    'KimiK3ChatRequestParams',
    'KimiK3DynamicToolMessage',
    'Message',
    'MessageContentItemImageUrl',
    'MessageContentItemImageUrlImageUrlOption0',
    'MessageContentItemText',
    'MessageContentItemVideoUrl',
    'MessageContentItemVideoUrlVideoUrlOption0',
    'MessageToolCallsItem',
    'MessageToolCallsItemFunction',
    'MessagesApiCacheControl',
    'MessagesApiMaxTokens',
    'MessagesApiMessages',
    'MessagesApiMetadata',
    'MessagesApiModel',
    'MessagesApiOutputConfig',
    'MessagesApiStopSequences',
    'MessagesApiStream',
    'MessagesApiSystem',
    'MessagesApiToolChoice',
    'MessagesApiTools',
    'MessagesMessageParam',
    'MessagesMessageParamContentItemImage',
    'MessagesMessageParamContentItemImageSource',
    'MessagesMessageParamContentItemText',
    'MessagesMessageParamContentItemThinking',
    'MessagesMessageParamContentItemToolResult',
    'MessagesMessageParamContentItemToolResultContentItemImage',
    'MessagesMessageParamContentItemToolResultContentItemImageSource',
    'MessagesMessageParamContentItemToolResultContentItemText',
    'MessagesMessageParamContentItemToolUse',
    'MessagesRequest',
    'MessagesRequestCacheControl',
    'MessagesRequestMetadata',
    'MessagesRequestOutputConfig',
    'MessagesRequestOutputConfigFormat',
    'MessagesTextBlockParam',
    'MessagesTool',
    'MessagesToolChoice',
    'ResponsesAdditionalToolsItem',
    'ResponsesCustomTool',
    'ResponsesCustomToolCallItem',
    'ResponsesCustomToolCallOutputItem',
    'ResponsesCustomToolFormat',
    'ResponsesFunctionCallItem',
    'ResponsesFunctionCallOutputItem',
    'ResponsesFunctionTool',
    'ResponsesInputContentPartInputImage',
    'ResponsesInputContentPartInputText',
    'ResponsesInputContentPartOutputText',
    'ResponsesMessageItem',
    'ResponsesNamespaceTool',
    'ResponsesReasoningItem',
    'ResponsesReasoningItemContentItem',
    'ResponsesReasoningItemSummaryItem',
    'ResponsesRequest',
    'ResponsesRequestPromptCacheOptions',
    'ResponsesRequestReasoning',
    'ResponsesRequestText',
    'ResponsesRequestTextFormat',
    'ResponsesWebSearchCallItem',
    'ResponsesWebSearchCallItemAction',
    'ResponsesWebSearchTool',
    'ResponsesWebSearchToolFilters',
    'ResponsesWebSearchToolImageSettings',
    'SignatureVerifyRequest',
    'ToolDefinitionBuiltinFunction',
    'ToolDefinitionBuiltinFunctionFunction',
    'ToolDefinitionOption0',
    'ToolDefinitionOption0Function',
    'ToolsFetchRequest',
    'ToolsSearchProRequest',
    'ToolsSearchRequest',
    'ToolsSearchTimeWindow',
    'UploadFileBody',
    'UploadFileFile',
    'UploadFilePurpose',
    'UrlFetchUrl',
    'VerifyRequestSignatureModel',
    'VerifyRequestSignatureNonce',
    'VerifyRequestSignatureSignature',
    'VerifyRequestSignatureTimestamp',
    'WebSearchBasicIncludeContent',
    'WebSearchBasicLimit',
    'WebSearchBasicTextQuery',
    'WebSearchBasicTimeoutSeconds',
    'WebSearchProLimit',
    'WebSearchProSites',
    'WebSearchProTextQuery',
    'WebSearchProTimeWindow',
    'WebSearchProTimeoutSeconds',
]
