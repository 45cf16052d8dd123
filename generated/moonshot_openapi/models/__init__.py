"""Contains all the data models used in inputs/outputs"""

from .additional_tools import AdditionalTools
from .additional_tools_role import AdditionalToolsRole
from .additional_tools_type import AdditionalToolsType
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
from .chat_completion_chunk import ChatCompletionChunk
from .chat_completion_chunk_usage_type_0 import ChatCompletionChunkUsageType0
from .chat_completion_chunk_usage_type_0_prompt_tokens_details import (
    ChatCompletionChunkUsageType0PromptTokensDetails,
)
from .chat_completion_message import ChatCompletionMessage
from .chat_completion_message_role import ChatCompletionMessageRole
from .chat_completion_response import ChatCompletionResponse
from .chat_completion_tool_call import ChatCompletionToolCall
from .chat_completion_tool_call_function import ChatCompletionToolCallFunction
from .chat_completion_tool_call_type import ChatCompletionToolCallType
from .chat_completion_usage import ChatCompletionUsage
from .chat_completion_usage_prompt_tokens_details import (
    ChatCompletionUsagePromptTokensDetails,
)
from .chat_request_base import ChatRequestBase
from .chat_request_base_prediction import ChatRequestBasePrediction
from .chat_request_base_prediction_content_type_1_item import (
    ChatRequestBasePredictionContentType1Item,
)
from .chat_request_base_prediction_type import ChatRequestBasePredictionType
from .chat_request_base_prompt_cache_options import ChatRequestBasePromptCacheOptions
from .chat_request_base_prompt_cache_options_mode import (
    ChatRequestBasePromptCacheOptionsMode,
)
from .chat_request_base_prompt_cache_options_ttl import (
    ChatRequestBasePromptCacheOptionsTtl,
)
from .chat_request_base_response_format import ChatRequestBaseResponseFormat
from .chat_request_base_response_format_json_schema import (
    ChatRequestBaseResponseFormatJsonSchema,
)
from .chat_request_base_response_format_json_schema_schema import (
    ChatRequestBaseResponseFormatJsonSchemaSchema,
)
from .chat_request_base_response_format_type import ChatRequestBaseResponseFormatType
from .chat_request_base_stream_options import ChatRequestBaseStreamOptions
from .chat_request_base_tool_choice_type_0 import ChatRequestBaseToolChoiceType0
from .chat_request_base_tool_choice_type_1 import ChatRequestBaseToolChoiceType1
from .chat_request_base_tool_choice_type_1_function import (
    ChatRequestBaseToolChoiceType1Function,
)
from .chat_request_base_tool_choice_type_1_type import (
    ChatRequestBaseToolChoiceType1Type,
)
from .chat_request_common import ChatRequestCommon
from .chat_request_common_prediction import ChatRequestCommonPrediction
from .chat_request_common_prediction_content_type_1_item import (
    ChatRequestCommonPredictionContentType1Item,
)
from .chat_request_common_prediction_type import ChatRequestCommonPredictionType
from .chat_request_common_prompt_cache_options import (
    ChatRequestCommonPromptCacheOptions,
)
from .chat_request_common_prompt_cache_options_mode import (
    ChatRequestCommonPromptCacheOptionsMode,
)
from .chat_request_common_prompt_cache_options_ttl import (
    ChatRequestCommonPromptCacheOptionsTtl,
)
from .chat_request_common_response_format import ChatRequestCommonResponseFormat
from .chat_request_common_response_format_json_schema import (
    ChatRequestCommonResponseFormatJsonSchema,
)
from .chat_request_common_response_format_json_schema_schema import (
    ChatRequestCommonResponseFormatJsonSchemaSchema,
)
from .chat_request_common_response_format_type import (
    ChatRequestCommonResponseFormatType,
)
from .chat_request_common_stream_options import ChatRequestCommonStreamOptions
from .chat_request_common_tool_choice_type_0 import ChatRequestCommonToolChoiceType0
from .chat_request_common_tool_choice_type_1 import ChatRequestCommonToolChoiceType1
from .chat_request_common_tool_choice_type_1_function import (
    ChatRequestCommonToolChoiceType1Function,
)
from .chat_request_common_tool_choice_type_1_type import (
    ChatRequestCommonToolChoiceType1Type,
)
from .choice_delta import ChoiceDelta
from .choice_delta_delta import ChoiceDeltaDelta
from .choice_delta_delta_tool_calls_item import ChoiceDeltaDeltaToolCallsItem
from .choice_delta_delta_tool_calls_item_function import (
    ChoiceDeltaDeltaToolCallsItemFunction,
)
from .choice_delta_delta_tool_calls_item_type import ChoiceDeltaDeltaToolCallsItemType
from .choice_delta_finish_reason_type_0 import ChoiceDeltaFinishReasonType0
from .choice_delta_usage import ChoiceDeltaUsage
from .custom_tool import CustomTool
from .custom_tool_call_output import CustomToolCallOutput
from .custom_tool_call_output_status import CustomToolCallOutputStatus
from .custom_tool_call_output_type import CustomToolCallOutputType
from .custom_tool_format import CustomToolFormat
from .custom_tool_format_syntax import CustomToolFormatSyntax
from .custom_tool_format_type import CustomToolFormatType
from .custom_tool_name import CustomToolName
from .custom_tool_type import CustomToolType
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
from .formula_fiber import FormulaFiber
from .formula_fiber_context import FormulaFiberContext
from .formula_fiber_object import FormulaFiberObject
from .formula_fiber_request import FormulaFiberRequest
from .formula_tool_list import FormulaToolList
from .formula_tool_list_object import FormulaToolListObject
from .function_call_output import FunctionCallOutput
from .function_call_output_status import FunctionCallOutputStatus
from .function_call_output_type import FunctionCallOutputType
from .function_tool import FunctionTool
from .function_tool_parameters import FunctionToolParameters
from .function_tool_type import FunctionToolType
from .image_url import ImageUrl
from .image_url_content_part import ImageUrlContentPart
from .image_url_content_part_type import ImageUrlContentPartType
from .kimi_k3_chat_request import KimiK3ChatRequest
from .kimi_k3_chat_request_model import KimiK3ChatRequestModel
from .kimi_k3_chat_request_reasoning_effort import KimiK3ChatRequestReasoningEffort
from .kimi_k3_dynamic_tool_message import KimiK3DynamicToolMessage
from .kimi_k3_dynamic_tool_message_role import KimiK3DynamicToolMessageRole
from .kimi_k26_chat_request import KimiK26ChatRequest
from .kimi_k26_chat_request_model import KimiK26ChatRequestModel
from .kimi_k26_chat_request_thinking import KimiK26ChatRequestThinking
from .kimi_k26_chat_request_thinking_type import KimiK26ChatRequestThinkingType
from .kimi_k26_thinking_keep import KimiK26ThinkingKeep
from .kimi_k27_code_chat_request import KimiK27CodeChatRequest
from .kimi_k27_code_chat_request_model import KimiK27CodeChatRequestModel
from .kimi_k27_code_chat_request_thinking import KimiK27CodeChatRequestThinking
from .kimi_k27_code_chat_request_thinking_keep_type_0 import (
    KimiK27CodeChatRequestThinkingKeepType0,
)
from .kimi_k27_code_chat_request_thinking_type import KimiK27CodeChatRequestThinkingType
from .message import Message
from .message_role import MessageRole
from .messages_error_response import MessagesErrorResponse
from .messages_error_response_error import MessagesErrorResponseError
from .messages_error_response_type import MessagesErrorResponseType
from .messages_message_param import MessagesMessageParam
from .messages_message_param_image import MessagesMessageParamImage
from .messages_message_param_image_source import MessagesMessageParamImageSource
from .messages_message_param_image_source_media_type import (
    MessagesMessageParamImageSourceMediaType,
)
from .messages_message_param_image_source_type import (
    MessagesMessageParamImageSourceType,
)
from .messages_message_param_image_type import MessagesMessageParamImageType
from .messages_message_param_role import MessagesMessageParamRole
from .messages_message_param_text import MessagesMessageParamText
from .messages_message_param_text_type import MessagesMessageParamTextType
from .messages_message_param_thinking import MessagesMessageParamThinking
from .messages_message_param_thinking_type import MessagesMessageParamThinkingType
from .messages_message_param_tool_result import MessagesMessageParamToolResult
from .messages_message_param_tool_result_image import (
    MessagesMessageParamToolResultImage,
)
from .messages_message_param_tool_result_image_source import (
    MessagesMessageParamToolResultImageSource,
)
from .messages_message_param_tool_result_image_source_media_type import (
    MessagesMessageParamToolResultImageSourceMediaType,
)
from .messages_message_param_tool_result_image_source_type import (
    MessagesMessageParamToolResultImageSourceType,
)
from .messages_message_param_tool_result_image_type import (
    MessagesMessageParamToolResultImageType,
)
from .messages_message_param_tool_result_text import MessagesMessageParamToolResultText
from .messages_message_param_tool_result_text_type import (
    MessagesMessageParamToolResultTextType,
)
from .messages_message_param_tool_result_type import MessagesMessageParamToolResultType
from .messages_message_param_tool_use import MessagesMessageParamToolUse
from .messages_message_param_tool_use_input import MessagesMessageParamToolUseInput
from .messages_message_param_tool_use_type import MessagesMessageParamToolUseType
from .messages_request import MessagesRequest
from .messages_request_cache_control import MessagesRequestCacheControl
from .messages_request_cache_control_ttl import MessagesRequestCacheControlTtl
from .messages_request_cache_control_type import MessagesRequestCacheControlType
from .messages_request_metadata import MessagesRequestMetadata
from .messages_request_model import MessagesRequestModel
from .messages_request_output_config import MessagesRequestOutputConfig
from .messages_request_output_config_effort import MessagesRequestOutputConfigEffort
from .messages_request_output_config_format import MessagesRequestOutputConfigFormat
from .messages_request_output_config_format_schema import (
    MessagesRequestOutputConfigFormatSchema,
)
from .messages_request_output_config_format_type import (
    MessagesRequestOutputConfigFormatType,
)
from .messages_response import MessagesResponse
from .messages_response_role import MessagesResponseRole
from .messages_response_stop_reason_type_0 import MessagesResponseStopReasonType0
from .messages_response_text import MessagesResponseText
from .messages_response_text_type import MessagesResponseTextType
from .messages_response_thinking import MessagesResponseThinking
from .messages_response_thinking_type import MessagesResponseThinkingType
from .messages_response_tool_use import MessagesResponseToolUse
from .messages_response_tool_use_input import MessagesResponseToolUseInput
from .messages_response_tool_use_type import MessagesResponseToolUseType
from .messages_response_type import MessagesResponseType
from .messages_response_usage import MessagesResponseUsage
from .messages_response_usage_cache_creation import MessagesResponseUsageCacheCreation
from .messages_response_usage_output_tokens_details import (
    MessagesResponseUsageOutputTokensDetails,
)
from .messages_stream_event_content_block_delta import (
    MessagesStreamEventContentBlockDelta,
)
from .messages_stream_event_content_block_delta_delta import (
    MessagesStreamEventContentBlockDeltaDelta,
)
from .messages_stream_event_content_block_delta_delta_type import (
    MessagesStreamEventContentBlockDeltaDeltaType,
)
from .messages_stream_event_content_block_delta_type import (
    MessagesStreamEventContentBlockDeltaType,
)
from .messages_stream_event_content_block_start import (
    MessagesStreamEventContentBlockStart,
)
from .messages_stream_event_content_block_start_text import (
    MessagesStreamEventContentBlockStartText,
)
from .messages_stream_event_content_block_start_text_type import (
    MessagesStreamEventContentBlockStartTextType,
)
from .messages_stream_event_content_block_start_thinking import (
    MessagesStreamEventContentBlockStartThinking,
)
from .messages_stream_event_content_block_start_thinking_type import (
    MessagesStreamEventContentBlockStartThinkingType,
)
from .messages_stream_event_content_block_start_tool_use import (
    MessagesStreamEventContentBlockStartToolUse,
)
from .messages_stream_event_content_block_start_tool_use_input import (
    MessagesStreamEventContentBlockStartToolUseInput,
)
from .messages_stream_event_content_block_start_tool_use_type import (
    MessagesStreamEventContentBlockStartToolUseType,
)
from .messages_stream_event_content_block_start_type import (
    MessagesStreamEventContentBlockStartType,
)
from .messages_stream_event_content_block_stop import (
    MessagesStreamEventContentBlockStop,
)
from .messages_stream_event_content_block_stop_type import (
    MessagesStreamEventContentBlockStopType,
)
from .messages_stream_event_message_delta import MessagesStreamEventMessageDelta
from .messages_stream_event_message_delta_delta import (
    MessagesStreamEventMessageDeltaDelta,
)
from .messages_stream_event_message_delta_delta_stop_reason_type_0 import (
    MessagesStreamEventMessageDeltaDeltaStopReasonType0,
)
from .messages_stream_event_message_delta_type import (
    MessagesStreamEventMessageDeltaType,
)
from .messages_stream_event_message_delta_usage import (
    MessagesStreamEventMessageDeltaUsage,
)
from .messages_stream_event_message_delta_usage_cache_creation import (
    MessagesStreamEventMessageDeltaUsageCacheCreation,
)
from .messages_stream_event_message_delta_usage_output_tokens_details import (
    MessagesStreamEventMessageDeltaUsageOutputTokensDetails,
)
from .messages_stream_event_message_start import MessagesStreamEventMessageStart
from .messages_stream_event_message_start_type import (
    MessagesStreamEventMessageStartType,
)
from .messages_stream_event_message_stop import MessagesStreamEventMessageStop
from .messages_stream_event_message_stop_type import MessagesStreamEventMessageStopType
from .messages_text_block_param import MessagesTextBlockParam
from .messages_text_block_param_type import MessagesTextBlockParamType
from .messages_tool import MessagesTool
from .messages_tool_choice import MessagesToolChoice
from .messages_tool_choice_type import MessagesToolChoiceType
from .messages_tool_input_schema import MessagesToolInputSchema
from .messages_tool_type import MessagesToolType
from .model_list import ModelList
from .model_object import ModelObject
from .namespace_tool import NamespaceTool
from .namespace_tool_type import NamespaceToolType
from .responses_custom_tool_call_item import ResponsesCustomToolCallItem
from .responses_custom_tool_call_item_status import ResponsesCustomToolCallItemStatus
from .responses_custom_tool_call_item_type import ResponsesCustomToolCallItemType
from .responses_function_call_item import ResponsesFunctionCallItem
from .responses_function_call_item_status import ResponsesFunctionCallItemStatus
from .responses_function_call_item_type import ResponsesFunctionCallItemType
from .responses_input_content_part_input_image import (
    ResponsesInputContentPartInputImage,
)
from .responses_input_content_part_input_image_detail import (
    ResponsesInputContentPartInputImageDetail,
)
from .responses_input_content_part_input_image_type import (
    ResponsesInputContentPartInputImageType,
)
from .responses_input_content_part_input_text import ResponsesInputContentPartInputText
from .responses_input_content_part_input_text_type import (
    ResponsesInputContentPartInputTextType,
)
from .responses_input_content_part_output_text import (
    ResponsesInputContentPartOutputText,
)
from .responses_input_content_part_output_text_type import (
    ResponsesInputContentPartOutputTextType,
)
from .responses_message_item import ResponsesMessageItem
from .responses_message_item_role import ResponsesMessageItemRole
from .responses_message_item_status import ResponsesMessageItemStatus
from .responses_message_item_type import ResponsesMessageItemType
from .responses_output_custom_tool_call_item import ResponsesOutputCustomToolCallItem
from .responses_output_custom_tool_call_item_status import (
    ResponsesOutputCustomToolCallItemStatus,
)
from .responses_output_custom_tool_call_item_type import (
    ResponsesOutputCustomToolCallItemType,
)
from .responses_output_function_call_item import ResponsesOutputFunctionCallItem
from .responses_output_function_call_item_status import (
    ResponsesOutputFunctionCallItemStatus,
)
from .responses_output_function_call_item_type import (
    ResponsesOutputFunctionCallItemType,
)
from .responses_output_message_item import ResponsesOutputMessageItem
from .responses_output_message_item_content_item import (
    ResponsesOutputMessageItemContentItem,
)
from .responses_output_message_item_content_item_type import (
    ResponsesOutputMessageItemContentItemType,
)
from .responses_output_message_item_role import ResponsesOutputMessageItemRole
from .responses_output_message_item_status import ResponsesOutputMessageItemStatus
from .responses_output_message_item_type import ResponsesOutputMessageItemType
from .responses_output_reasoning_item import ResponsesOutputReasoningItem
from .responses_output_reasoning_item_status import ResponsesOutputReasoningItemStatus
from .responses_output_reasoning_item_summary_item import (
    ResponsesOutputReasoningItemSummaryItem,
)
from .responses_output_reasoning_item_summary_item_type import (
    ResponsesOutputReasoningItemSummaryItemType,
)
from .responses_output_reasoning_item_type import ResponsesOutputReasoningItemType
from .responses_output_web_search_call_item import ResponsesOutputWebSearchCallItem
from .responses_output_web_search_call_item_action import (
    ResponsesOutputWebSearchCallItemAction,
)
from .responses_output_web_search_call_item_action_sources_item import (
    ResponsesOutputWebSearchCallItemActionSourcesItem,
)
from .responses_output_web_search_call_item_action_sources_item_type import (
    ResponsesOutputWebSearchCallItemActionSourcesItemType,
)
from .responses_output_web_search_call_item_action_type import (
    ResponsesOutputWebSearchCallItemActionType,
)
from .responses_output_web_search_call_item_results_item import (
    ResponsesOutputWebSearchCallItemResultsItem,
)
from .responses_output_web_search_call_item_results_item_type import (
    ResponsesOutputWebSearchCallItemResultsItemType,
)
from .responses_output_web_search_call_item_status import (
    ResponsesOutputWebSearchCallItemStatus,
)
from .responses_output_web_search_call_item_type import (
    ResponsesOutputWebSearchCallItemType,
)
from .responses_reasoning_item import ResponsesReasoningItem
from .responses_reasoning_item_content_item import ResponsesReasoningItemContentItem
from .responses_reasoning_item_content_item_type import (
    ResponsesReasoningItemContentItemType,
)
from .responses_reasoning_item_status import ResponsesReasoningItemStatus
from .responses_reasoning_item_summary_item import ResponsesReasoningItemSummaryItem
from .responses_reasoning_item_summary_item_type import (
    ResponsesReasoningItemSummaryItemType,
)
from .responses_reasoning_item_type import ResponsesReasoningItemType
from .responses_request import ResponsesRequest
from .responses_request_include_item import ResponsesRequestIncludeItem
from .responses_request_prompt_cache_options import ResponsesRequestPromptCacheOptions
from .responses_request_prompt_cache_options_mode import (
    ResponsesRequestPromptCacheOptionsMode,
)
from .responses_request_prompt_cache_options_ttl import (
    ResponsesRequestPromptCacheOptionsTtl,
)
from .responses_request_reasoning import ResponsesRequestReasoning
from .responses_request_reasoning_effort import ResponsesRequestReasoningEffort
from .responses_request_text import ResponsesRequestText
from .responses_request_text_format import ResponsesRequestTextFormat
from .responses_request_text_format_schema import ResponsesRequestTextFormatSchema
from .responses_request_text_format_type import ResponsesRequestTextFormatType
from .responses_response import ResponsesResponse
from .responses_response_conversation_type_0 import ResponsesResponseConversationType0
from .responses_response_error_type_0 import ResponsesResponseErrorType0
from .responses_response_incomplete_details_type_0 import (
    ResponsesResponseIncompleteDetailsType0,
)
from .responses_response_incomplete_details_type_0_reason import (
    ResponsesResponseIncompleteDetailsType0Reason,
)
from .responses_response_metadata_type_0 import ResponsesResponseMetadataType0
from .responses_response_object import ResponsesResponseObject
from .responses_response_prompt_cache_options import ResponsesResponsePromptCacheOptions
from .responses_response_prompt_cache_options_mode import (
    ResponsesResponsePromptCacheOptionsMode,
)
from .responses_response_prompt_cache_options_ttl import (
    ResponsesResponsePromptCacheOptionsTtl,
)
from .responses_response_reasoning_type_0 import ResponsesResponseReasoningType0
from .responses_response_status import ResponsesResponseStatus
from .responses_response_text_type_0 import ResponsesResponseTextType0
from .responses_stream_event import ResponsesStreamEvent
from .responses_stream_event_type import ResponsesStreamEventType
from .responses_tool_choice import ResponsesToolChoice
from .responses_usage import ResponsesUsage
from .responses_usage_input_tokens_details import ResponsesUsageInputTokensDetails
from .responses_usage_output_tokens_details import ResponsesUsageOutputTokensDetails
from .responses_web_search_call_item import ResponsesWebSearchCallItem
from .responses_web_search_call_item_action import ResponsesWebSearchCallItemAction
from .responses_web_search_call_item_action_type import (
    ResponsesWebSearchCallItemActionType,
)
from .responses_web_search_call_item_status import ResponsesWebSearchCallItemStatus
from .responses_web_search_call_item_type import ResponsesWebSearchCallItemType
from .signature_verify_request import SignatureVerifyRequest
from .signature_verify_response import SignatureVerifyResponse
from .text_content_part import TextContentPart
from .text_content_part_type import TextContentPartType
from .tool_definition import ToolDefinition
from .tool_definition_function import ToolDefinitionFunction
from .tool_definition_function_parameters import ToolDefinitionFunctionParameters
from .tool_definition_type import ToolDefinitionType
from .tools_fetch_request import ToolsFetchRequest
from .tools_fetch_response import ToolsFetchResponse
from .tools_search_pro_chunk import ToolsSearchProChunk
from .tools_search_pro_request import ToolsSearchProRequest
from .tools_search_pro_response import ToolsSearchProResponse
from .tools_search_pro_result import ToolsSearchProResult
from .tools_search_request import ToolsSearchRequest
from .tools_search_response import ToolsSearchResponse
from .tools_search_result import ToolsSearchResult
from .tools_search_time_window import ToolsSearchTimeWindow
from .upload_file_body import UploadFileBody
from .upload_file_body_purpose import UploadFileBodyPurpose
from .video_url import VideoUrl
from .video_url_content_part import VideoUrlContentPart
from .video_url_content_part_type import VideoUrlContentPartType
from .web_search_tool import WebSearchTool
from .web_search_tool_filters import WebSearchToolFilters
from .web_search_tool_image_settings import WebSearchToolImageSettings
from .web_search_tool_search_content_types_item import (
    WebSearchToolSearchContentTypesItem,
)
from .web_search_tool_type import WebSearchToolType

__all__ = (
    "AdditionalTools",
    "AdditionalToolsRole",
    "AdditionalToolsType",
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
    "ChatCompletionChunk",
    "ChatCompletionChunkUsageType0",
    "ChatCompletionChunkUsageType0PromptTokensDetails",
    "ChatCompletionMessage",
    "ChatCompletionMessageRole",
    "ChatCompletionResponse",
    "ChatCompletionToolCall",
    "ChatCompletionToolCallFunction",
    "ChatCompletionToolCallType",
    "ChatCompletionUsage",
    "ChatCompletionUsagePromptTokensDetails",
    "ChatRequestBase",
    "ChatRequestBasePrediction",
    "ChatRequestBasePredictionContentType1Item",
    "ChatRequestBasePredictionType",
    "ChatRequestBasePromptCacheOptions",
    "ChatRequestBasePromptCacheOptionsMode",
    "ChatRequestBasePromptCacheOptionsTtl",
    "ChatRequestBaseResponseFormat",
    "ChatRequestBaseResponseFormatJsonSchema",
    "ChatRequestBaseResponseFormatJsonSchemaSchema",
    "ChatRequestBaseResponseFormatType",
    "ChatRequestBaseStreamOptions",
    "ChatRequestBaseToolChoiceType0",
    "ChatRequestBaseToolChoiceType1",
    "ChatRequestBaseToolChoiceType1Function",
    "ChatRequestBaseToolChoiceType1Type",
    "ChatRequestCommon",
    "ChatRequestCommonPrediction",
    "ChatRequestCommonPredictionContentType1Item",
    "ChatRequestCommonPredictionType",
    "ChatRequestCommonPromptCacheOptions",
    "ChatRequestCommonPromptCacheOptionsMode",
    "ChatRequestCommonPromptCacheOptionsTtl",
    "ChatRequestCommonResponseFormat",
    "ChatRequestCommonResponseFormatJsonSchema",
    "ChatRequestCommonResponseFormatJsonSchemaSchema",
    "ChatRequestCommonResponseFormatType",
    "ChatRequestCommonStreamOptions",
    "ChatRequestCommonToolChoiceType0",
    "ChatRequestCommonToolChoiceType1",
    "ChatRequestCommonToolChoiceType1Function",
    "ChatRequestCommonToolChoiceType1Type",
    "ChoiceDelta",
    "ChoiceDeltaDelta",
    "ChoiceDeltaDeltaToolCallsItem",
    "ChoiceDeltaDeltaToolCallsItemFunction",
    "ChoiceDeltaDeltaToolCallsItemType",
    "ChoiceDeltaFinishReasonType0",
    "ChoiceDeltaUsage",
    "CustomTool",
    "CustomToolCallOutput",
    "CustomToolCallOutputStatus",
    "CustomToolCallOutputType",
    "CustomToolFormat",
    "CustomToolFormatSyntax",
    "CustomToolFormatType",
    "CustomToolName",
    "CustomToolType",
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
    "FormulaFiber",
    "FormulaFiberContext",
    "FormulaFiberObject",
    "FormulaFiberRequest",
    "FormulaToolList",
    "FormulaToolListObject",
    "FunctionCallOutput",
    "FunctionCallOutputStatus",
    "FunctionCallOutputType",
    "FunctionTool",
    "FunctionToolParameters",
    "FunctionToolType",
    "ImageUrl",
    "ImageUrlContentPart",
    "ImageUrlContentPartType",
    "KimiK3ChatRequest",
    "KimiK3ChatRequestModel",
    "KimiK3ChatRequestReasoningEffort",
    "KimiK3DynamicToolMessage",
    "KimiK3DynamicToolMessageRole",
    "KimiK26ChatRequest",
    "KimiK26ChatRequestModel",
    "KimiK26ChatRequestThinking",
    "KimiK26ChatRequestThinkingType",
    "KimiK26ThinkingKeep",
    "KimiK27CodeChatRequest",
    "KimiK27CodeChatRequestModel",
    "KimiK27CodeChatRequestThinking",
    "KimiK27CodeChatRequestThinkingKeepType0",
    "KimiK27CodeChatRequestThinkingType",
    "Message",
    "MessageRole",
    "MessagesErrorResponse",
    "MessagesErrorResponseError",
    "MessagesErrorResponseType",
    "MessagesMessageParam",
    "MessagesMessageParamImage",
    "MessagesMessageParamImageSource",
    "MessagesMessageParamImageSourceMediaType",
    "MessagesMessageParamImageSourceType",
    "MessagesMessageParamImageType",
    "MessagesMessageParamRole",
    "MessagesMessageParamText",
    "MessagesMessageParamTextType",
    "MessagesMessageParamThinking",
    "MessagesMessageParamThinkingType",
    "MessagesMessageParamToolResult",
    "MessagesMessageParamToolResultImage",
    "MessagesMessageParamToolResultImageSource",
    "MessagesMessageParamToolResultImageSourceMediaType",
    "MessagesMessageParamToolResultImageSourceType",
    "MessagesMessageParamToolResultImageType",
    "MessagesMessageParamToolResultText",
    "MessagesMessageParamToolResultTextType",
    "MessagesMessageParamToolResultType",
    "MessagesMessageParamToolUse",
    "MessagesMessageParamToolUseInput",
    "MessagesMessageParamToolUseType",
    "MessagesRequest",
    "MessagesRequestCacheControl",
    "MessagesRequestCacheControlTtl",
    "MessagesRequestCacheControlType",
    "MessagesRequestMetadata",
    "MessagesRequestModel",
    "MessagesRequestOutputConfig",
    "MessagesRequestOutputConfigEffort",
    "MessagesRequestOutputConfigFormat",
    "MessagesRequestOutputConfigFormatSchema",
    "MessagesRequestOutputConfigFormatType",
    "MessagesResponse",
    "MessagesResponseRole",
    "MessagesResponseStopReasonType0",
    "MessagesResponseText",
    "MessagesResponseTextType",
    "MessagesResponseThinking",
    "MessagesResponseThinkingType",
    "MessagesResponseToolUse",
    "MessagesResponseToolUseInput",
    "MessagesResponseToolUseType",
    "MessagesResponseType",
    "MessagesResponseUsage",
    "MessagesResponseUsageCacheCreation",
    "MessagesResponseUsageOutputTokensDetails",
    "MessagesStreamEventContentBlockDelta",
    "MessagesStreamEventContentBlockDeltaDelta",
    "MessagesStreamEventContentBlockDeltaDeltaType",
    "MessagesStreamEventContentBlockDeltaType",
    "MessagesStreamEventContentBlockStart",
    "MessagesStreamEventContentBlockStartText",
    "MessagesStreamEventContentBlockStartTextType",
    "MessagesStreamEventContentBlockStartThinking",
    "MessagesStreamEventContentBlockStartThinkingType",
    "MessagesStreamEventContentBlockStartToolUse",
    "MessagesStreamEventContentBlockStartToolUseInput",
    "MessagesStreamEventContentBlockStartToolUseType",
    "MessagesStreamEventContentBlockStartType",
    "MessagesStreamEventContentBlockStop",
    "MessagesStreamEventContentBlockStopType",
    "MessagesStreamEventMessageDelta",
    "MessagesStreamEventMessageDeltaDelta",
    "MessagesStreamEventMessageDeltaDeltaStopReasonType0",
    "MessagesStreamEventMessageDeltaType",
    "MessagesStreamEventMessageDeltaUsage",
    "MessagesStreamEventMessageDeltaUsageCacheCreation",
    "MessagesStreamEventMessageDeltaUsageOutputTokensDetails",
    "MessagesStreamEventMessageStart",
    "MessagesStreamEventMessageStartType",
    "MessagesStreamEventMessageStop",
    "MessagesStreamEventMessageStopType",
    "MessagesTextBlockParam",
    "MessagesTextBlockParamType",
    "MessagesTool",
    "MessagesToolChoice",
    "MessagesToolChoiceType",
    "MessagesToolInputSchema",
    "MessagesToolType",
    "ModelList",
    "ModelObject",
    "NamespaceTool",
    "NamespaceToolType",
    "ResponsesCustomToolCallItem",
    "ResponsesCustomToolCallItemStatus",
    "ResponsesCustomToolCallItemType",
    "ResponsesFunctionCallItem",
    "ResponsesFunctionCallItemStatus",
    "ResponsesFunctionCallItemType",
    "ResponsesInputContentPartInputImage",
    "ResponsesInputContentPartInputImageDetail",
    "ResponsesInputContentPartInputImageType",
    "ResponsesInputContentPartInputText",
    "ResponsesInputContentPartInputTextType",
    "ResponsesInputContentPartOutputText",
    "ResponsesInputContentPartOutputTextType",
    "ResponsesMessageItem",
    "ResponsesMessageItemRole",
    "ResponsesMessageItemStatus",
    "ResponsesMessageItemType",
    "ResponsesOutputCustomToolCallItem",
    "ResponsesOutputCustomToolCallItemStatus",
    "ResponsesOutputCustomToolCallItemType",
    "ResponsesOutputFunctionCallItem",
    "ResponsesOutputFunctionCallItemStatus",
    "ResponsesOutputFunctionCallItemType",
    "ResponsesOutputMessageItem",
    "ResponsesOutputMessageItemContentItem",
    "ResponsesOutputMessageItemContentItemType",
    "ResponsesOutputMessageItemRole",
    "ResponsesOutputMessageItemStatus",
    "ResponsesOutputMessageItemType",
    "ResponsesOutputReasoningItem",
    "ResponsesOutputReasoningItemStatus",
    "ResponsesOutputReasoningItemSummaryItem",
    "ResponsesOutputReasoningItemSummaryItemType",
    "ResponsesOutputReasoningItemType",
    "ResponsesOutputWebSearchCallItem",
    "ResponsesOutputWebSearchCallItemAction",
    "ResponsesOutputWebSearchCallItemActionSourcesItem",
    "ResponsesOutputWebSearchCallItemActionSourcesItemType",
    "ResponsesOutputWebSearchCallItemActionType",
    "ResponsesOutputWebSearchCallItemResultsItem",
    "ResponsesOutputWebSearchCallItemResultsItemType",
    "ResponsesOutputWebSearchCallItemStatus",
    "ResponsesOutputWebSearchCallItemType",
    "ResponsesReasoningItem",
    "ResponsesReasoningItemContentItem",
    "ResponsesReasoningItemContentItemType",
    "ResponsesReasoningItemStatus",
    "ResponsesReasoningItemSummaryItem",
    "ResponsesReasoningItemSummaryItemType",
    "ResponsesReasoningItemType",
    "ResponsesRequest",
    "ResponsesRequestIncludeItem",
    "ResponsesRequestPromptCacheOptions",
    "ResponsesRequestPromptCacheOptionsMode",
    "ResponsesRequestPromptCacheOptionsTtl",
    "ResponsesRequestReasoning",
    "ResponsesRequestReasoningEffort",
    "ResponsesRequestText",
    "ResponsesRequestTextFormat",
    "ResponsesRequestTextFormatSchema",
    "ResponsesRequestTextFormatType",
    "ResponsesResponse",
    "ResponsesResponseConversationType0",
    "ResponsesResponseErrorType0",
    "ResponsesResponseIncompleteDetailsType0",
    "ResponsesResponseIncompleteDetailsType0Reason",
    "ResponsesResponseMetadataType0",
    "ResponsesResponseObject",
    "ResponsesResponsePromptCacheOptions",
    "ResponsesResponsePromptCacheOptionsMode",
    "ResponsesResponsePromptCacheOptionsTtl",
    "ResponsesResponseReasoningType0",
    "ResponsesResponseStatus",
    "ResponsesResponseTextType0",
    "ResponsesStreamEvent",
    "ResponsesStreamEventType",
    "ResponsesToolChoice",
    "ResponsesUsage",
    "ResponsesUsageInputTokensDetails",
    "ResponsesUsageOutputTokensDetails",
    "ResponsesWebSearchCallItem",
    "ResponsesWebSearchCallItemAction",
    "ResponsesWebSearchCallItemActionType",
    "ResponsesWebSearchCallItemStatus",
    "ResponsesWebSearchCallItemType",
    "SignatureVerifyRequest",
    "SignatureVerifyResponse",
    "TextContentPart",
    "TextContentPartType",
    "ToolDefinition",
    "ToolDefinitionFunction",
    "ToolDefinitionFunctionParameters",
    "ToolDefinitionType",
    "ToolsFetchRequest",
    "ToolsFetchResponse",
    "ToolsSearchProChunk",
    "ToolsSearchProRequest",
    "ToolsSearchProResponse",
    "ToolsSearchProResult",
    "ToolsSearchRequest",
    "ToolsSearchResponse",
    "ToolsSearchResult",
    "ToolsSearchTimeWindow",
    "UploadFileBody",
    "UploadFileBodyPurpose",
    "VideoUrl",
    "VideoUrlContentPart",
    "VideoUrlContentPartType",
    "WebSearchTool",
    "WebSearchToolFilters",
    "WebSearchToolImageSettings",
    "WebSearchToolSearchContentTypesItem",
    "WebSearchToolType",
)
