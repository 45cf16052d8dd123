"""Contains all the data models used in inputs/outputs"""

from .balance_response import BalanceResponse
from .balance_response_data import BalanceResponseData
from .batch_create_request import BatchCreateRequest
from .batch_create_request_endpoint import BatchCreateRequestEndpoint
from .batch_create_request_metadata import BatchCreateRequestMetadata
from .batch_list_response import BatchListResponse
from .batch_object import BatchObject
from .batch_object_metadata import BatchObjectMetadata
from .batch_object_status import BatchObjectStatus
from .batch_request_counts import BatchRequestCounts
from .chat_completion_choice import ChatCompletionChoice
from .chat_completion_choice_finish_reason import ChatCompletionChoiceFinishReason
from .chat_completion_message import ChatCompletionMessage
from .chat_completion_message_role import ChatCompletionMessageRole
from .chat_completion_response import ChatCompletionResponse
from .chat_completion_tool_call import ChatCompletionToolCall
from .chat_completion_tool_call_function import ChatCompletionToolCallFunction
from .chat_completion_tool_call_type import ChatCompletionToolCallType
from .chat_completion_usage import ChatCompletionUsage
from .chat_request_base import ChatRequestBase
from .chat_request_base_response_format import ChatRequestBaseResponseFormat
from .chat_request_base_response_format_json_schema import (
    ChatRequestBaseResponseFormatJsonSchema,
)
from .chat_request_base_response_format_json_schema_schema import (
    ChatRequestBaseResponseFormatJsonSchemaSchema,
)
from .chat_request_base_response_format_type import ChatRequestBaseResponseFormatType
from .chat_request_base_stream_options import ChatRequestBaseStreamOptions
from .error_response import ErrorResponse
from .error_response_error import ErrorResponseError
from .estimate_token_request import EstimateTokenRequest
from .estimate_token_request_model import EstimateTokenRequestModel
from .estimate_token_response import EstimateTokenResponse
from .estimate_token_response_data import EstimateTokenResponseData
from .file_delete_response import FileDeleteResponse
from .file_list_response import FileListResponse
from .file_object import FileObject
from .file_object_purpose import FileObjectPurpose
from .image_url import ImageUrl
from .image_url_content_part import ImageUrlContentPart
from .image_url_content_part_type import ImageUrlContentPartType
from .kimi_k2_chat_request import KimiK2ChatRequest
from .kimi_k2_chat_request_model import KimiK2ChatRequestModel
from .kimi_k2_thinking_chat_request import KimiK2ThinkingChatRequest
from .kimi_k2_thinking_chat_request_model import KimiK2ThinkingChatRequestModel
from .kimi_k25_chat_request import KimiK25ChatRequest
from .kimi_k25_chat_request_model import KimiK25ChatRequestModel
from .kimi_k25_chat_request_thinking import KimiK25ChatRequestThinking
from .kimi_k25_chat_request_thinking_type import KimiK25ChatRequestThinkingType
from .kimi_k26_chat_request import KimiK26ChatRequest
from .kimi_k26_chat_request_model import KimiK26ChatRequestModel
from .kimi_k26_chat_request_thinking import KimiK26ChatRequestThinking
from .kimi_k26_chat_request_thinking_type import KimiK26ChatRequestThinkingType
from .kimi_k26_thinking_keep import KimiK26ThinkingKeep
from .message import Message
from .message_role import MessageRole
from .model_list import ModelList
from .model_object import ModelObject
from .moonshot_v1_chat_request import MoonshotV1ChatRequest
from .moonshot_v1_chat_request_model import MoonshotV1ChatRequestModel
from .text_content_part import TextContentPart
from .text_content_part_type import TextContentPartType
from .tool_definition import ToolDefinition
from .tool_definition_function import ToolDefinitionFunction
from .tool_definition_function_parameters import ToolDefinitionFunctionParameters
from .tool_definition_type import ToolDefinitionType
from .upload_file_body import UploadFileBody
from .upload_file_body_purpose import UploadFileBodyPurpose
from .video_url import VideoUrl
from .video_url_content_part import VideoUrlContentPart
from .video_url_content_part_type import VideoUrlContentPartType

__all__ = (
    "BalanceResponse",
    "BalanceResponseData",
    "BatchCreateRequest",
    "BatchCreateRequestEndpoint",
    "BatchCreateRequestMetadata",
    "BatchListResponse",
    "BatchObject",
    "BatchObjectMetadata",
    "BatchObjectStatus",
    "BatchRequestCounts",
    "ChatCompletionChoice",
    "ChatCompletionChoiceFinishReason",
    "ChatCompletionMessage",
    "ChatCompletionMessageRole",
    "ChatCompletionResponse",
    "ChatCompletionToolCall",
    "ChatCompletionToolCallFunction",
    "ChatCompletionToolCallType",
    "ChatCompletionUsage",
    "ChatRequestBase",
    "ChatRequestBaseResponseFormat",
    "ChatRequestBaseResponseFormatJsonSchema",
    "ChatRequestBaseResponseFormatJsonSchemaSchema",
    "ChatRequestBaseResponseFormatType",
    "ChatRequestBaseStreamOptions",
    "ErrorResponse",
    "ErrorResponseError",
    "EstimateTokenRequest",
    "EstimateTokenRequestModel",
    "EstimateTokenResponse",
    "EstimateTokenResponseData",
    "FileDeleteResponse",
    "FileListResponse",
    "FileObject",
    "FileObjectPurpose",
    "ImageUrl",
    "ImageUrlContentPart",
    "ImageUrlContentPartType",
    "KimiK2ChatRequest",
    "KimiK2ChatRequestModel",
    "KimiK2ThinkingChatRequest",
    "KimiK2ThinkingChatRequestModel",
    "KimiK25ChatRequest",
    "KimiK25ChatRequestModel",
    "KimiK25ChatRequestThinking",
    "KimiK25ChatRequestThinkingType",
    "KimiK26ChatRequest",
    "KimiK26ChatRequestModel",
    "KimiK26ChatRequestThinking",
    "KimiK26ChatRequestThinkingType",
    "KimiK26ThinkingKeep",
    "Message",
    "MessageRole",
    "ModelList",
    "ModelObject",
    "MoonshotV1ChatRequest",
    "MoonshotV1ChatRequestModel",
    "TextContentPart",
    "TextContentPartType",
    "ToolDefinition",
    "ToolDefinitionFunction",
    "ToolDefinitionFunctionParameters",
    "ToolDefinitionType",
    "UploadFileBody",
    "UploadFileBodyPurpose",
    "VideoUrl",
    "VideoUrlContentPart",
    "VideoUrlContentPartType",
)
