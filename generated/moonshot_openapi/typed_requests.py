"""Request bodies of the API document as TypedDicts, and their fields as aliases.

Written by scripts/generate_types.py from openapi.json; do not edit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, Required, TypeAlias, TypedDict


class UploadFileBody(TypedDict, total=False):
    """UploadFileBody"""

    file: Required[str]
    purpose: Required[Literal["file-extract", "image", "video", "batch"]]


class KimiK26ChatRequestParams(TypedDict, total=False):
    """Keyword parameters of KimiK26ChatRequest."""

    max_tokens: int
    max_completion_tokens: int
    response_format: ChatRequestBaseResponseFormat
    stop: str | Sequence[str]
    stream_options: ChatRequestBaseStreamOptions
    tools: Sequence[ToolDefinitionOption0 | ToolDefinitionBuiltinFunction]
    prompt_cache_key: str
    safety_identifier: str
    thinking: KimiK26ChatRequestThinking


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


class KimiK26ChatRequestThinking(TypedDict, total=False):
    """Controls whether thinking is enabled for the kimi-k2.6 model, and whether to fully preserve reasoning_content across multi-turn conversations. Optional parameter. Default value is {"type": "enabled"}."""

    type: Required[Literal["enabled", "disabled"]]
    keep: Literal["all"] | None


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


class KimiK25ChatRequestParams(TypedDict, total=False):
    """Keyword parameters of KimiK25ChatRequest."""

    max_tokens: int
    max_completion_tokens: int
    response_format: ChatRequestBaseResponseFormat
    stop: str | Sequence[str]
    stream_options: ChatRequestBaseStreamOptions
    tools: Sequence[ToolDefinitionOption0 | ToolDefinitionBuiltinFunction]
    prompt_cache_key: str
    safety_identifier: str
    thinking: KimiK25ChatRequestThinking


class KimiK25ChatRequestThinking(TypedDict, total=False):
    """Controls whether thinking is enabled for the model. Optional parameter. Default value is {"type": "enabled"}."""

    type: Required[Literal["enabled", "disabled"]]


class KimiK2ChatRequestParams(TypedDict, total=False):
    """Keyword parameters of KimiK2ChatRequest."""

    max_tokens: int
    max_completion_tokens: int
    response_format: ChatRequestBaseResponseFormat
    stop: str | Sequence[str]
    stream_options: ChatRequestBaseStreamOptions
    tools: Sequence[ToolDefinitionOption0 | ToolDefinitionBuiltinFunction]
    prompt_cache_key: str
    safety_identifier: str
    temperature: float
    top_p: float
    n: int
    presence_penalty: float
    frequency_penalty: float


class KimiK2ThinkingChatRequestParams(TypedDict, total=False):
    """Keyword parameters of KimiK2ThinkingChatRequest."""

    max_tokens: int
    max_completion_tokens: int
    response_format: ChatRequestBaseResponseFormat
    stop: str | Sequence[str]
    stream_options: ChatRequestBaseStreamOptions
    tools: Sequence[ToolDefinitionOption0 | ToolDefinitionBuiltinFunction]
    prompt_cache_key: str
    safety_identifier: str
    temperature: float
    top_p: float
    n: int
    presence_penalty: float
    frequency_penalty: float


class MoonshotV1ChatRequestParams(TypedDict, total=False):
    """Keyword parameters of MoonshotV1ChatRequest."""

    max_tokens: int
    max_completion_tokens: int
    response_format: ChatRequestBaseResponseFormat
    stop: str | Sequence[str]
    stream_options: ChatRequestBaseStreamOptions
    tools: Sequence[ToolDefinitionOption0 | ToolDefinitionBuiltinFunction]
    prompt_cache_key: str
    safety_identifier: str
    temperature: float
    top_p: float
    n: int
    presence_penalty: float
    frequency_penalty: float


class CreateChatCompletionFallbackParams(TypedDict, total=False):
    """Keyword parameters of CreateChatCompletionFallback."""

    max_tokens: int
    max_completion_tokens: int
    response_format: ChatRequestBaseResponseFormat
    stop: str | Sequence[str]
    stream_options: ChatRequestBaseStreamOptions
    tools: Sequence[ToolDefinitionOption0 | ToolDefinitionBuiltinFunction]
    prompt_cache_key: str
    safety_identifier: str


class EstimateTokenRequest(TypedDict, total=False):
    """EstimateTokenRequest"""

    model: Required[Literal["kimi-k2.6", "kimi-k2.5", "kimi-k2-0905-preview", "kimi-k2-0711-preview", "kimi-k2-turbo-preview", "moonshot-v1-8k", "moonshot-v1-32k", "moonshot-v1-128k", "moonshot-v1-auto", "moonshot-v1-8k-vision-preview", "moonshot-v1-32k-vision-preview", "moonshot-v1-128k-vision-preview"]]
    messages: Required[Sequence[Message]]


class BatchCreateRequest(TypedDict, total=False):
    """BatchCreateRequest"""

    input_file_id: Required[str]
    endpoint: Required[Literal["/v1/chat/completions"]]
    completion_window: Required[str]
    metadata: Mapping[str, str]


# The body fields of each operation, for keyword parameters.
UploadFileFile: TypeAlias = str
UploadFilePurpose: TypeAlias = Literal["file-extract", "image", "video", "batch"]
EstimateTokenCountModel: TypeAlias = Literal["kimi-k2.6", "kimi-k2.5", "kimi-k2-0905-preview", "kimi-k2-0711-preview", "kimi-k2-turbo-preview", "moonshot-v1-8k", "moonshot-v1-32k", "moonshot-v1-128k", "moonshot-v1-auto", "moonshot-v1-8k-vision-preview", "moonshot-v1-32k-vision-preview", "moonshot-v1-128k-vision-preview"]
EstimateTokenCountMessages: TypeAlias = Iterable[Message]
CreateBatchInputFileId: TypeAlias = str
CreateBatchEndpoint: TypeAlias = Literal["/v1/chat/completions"]
CreateBatchCompletionWindow: TypeAlias = str
CreateBatchMetadata: TypeAlias = Mapping[str, str]
