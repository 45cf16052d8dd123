"""Tolerant one-pass builders of the response models, and what the parse needs.

Written by scripts/generate_readers.py from openapi.json and the generated models; do not edit."""

from __future__ import annotations

from typing import Any

from .models import (
    BalanceResponse,
    BalanceResponseData,
    BatchListResponse,
    BatchObject,
    BatchObjectMetadata,
    BatchObjectStatus,
    BatchRequestCounts,
    ChatCompletionChoice,
    ChatCompletionChoiceFinishReason,
    ChatCompletionChunk,
    ChatCompletionChunkUsageType0,
    ChatCompletionChunkUsageType0PromptTokensDetails,
    ChatCompletionMessage,
    ChatCompletionMessageRole,
    ChatCompletionResponse,
    ChatCompletionToolCall,
    ChatCompletionToolCallFunction,
    ChatCompletionToolCallType,
    ChatCompletionUsage,
    ChatCompletionUsagePromptTokensDetails,
    ChoiceDelta,
    ChoiceDeltaDelta,
    ChoiceDeltaDeltaToolCallsItem,
    ChoiceDeltaDeltaToolCallsItemFunction,
    ChoiceDeltaDeltaToolCallsItemType,
    ChoiceDeltaFinishReasonType0,
    ChoiceDeltaUsage,
    CustomTool,
    CustomToolFormat,
    CustomToolFormatSyntax,
    CustomToolFormatType,
    CustomToolName,
    CustomToolType,
    ErrorResponse,
    ErrorResponseError,
    EstimateTokenResponse,
    EstimateTokenResponseData,
    FileDeleteResponse,
    FileListResponse,
    FileObject,
    FileObjectPurpose,
    FormulaFiber,
    FormulaFiberContext,
    FormulaFiberObject,
    FormulaToolList,
    FormulaToolListObject,
    FunctionTool,
    FunctionToolParameters,
    FunctionToolType,
    MessagesErrorResponse,
    MessagesErrorResponseError,
    MessagesErrorResponseType,
    MessagesResponse,
    MessagesResponseRole,
    MessagesResponseStopReasonType0,
    MessagesResponseText,
    MessagesResponseTextType,
    MessagesResponseThinking,
    MessagesResponseThinkingType,
    MessagesResponseToolUse,
    MessagesResponseToolUseInput,
    MessagesResponseToolUseType,
    MessagesResponseType,
    MessagesResponseUsage,
    MessagesResponseUsageCacheCreation,
    MessagesResponseUsageOutputTokensDetails,
    MessagesStreamEventContentBlockDelta,
    MessagesStreamEventContentBlockDeltaDelta,
    MessagesStreamEventContentBlockDeltaDeltaType,
    MessagesStreamEventContentBlockDeltaType,
    MessagesStreamEventContentBlockStart,
    MessagesStreamEventContentBlockStartText,
    MessagesStreamEventContentBlockStartTextType,
    MessagesStreamEventContentBlockStartThinking,
    MessagesStreamEventContentBlockStartThinkingType,
    MessagesStreamEventContentBlockStartToolUse,
    MessagesStreamEventContentBlockStartToolUseInput,
    MessagesStreamEventContentBlockStartToolUseType,
    MessagesStreamEventContentBlockStartType,
    MessagesStreamEventContentBlockStop,
    MessagesStreamEventContentBlockStopType,
    MessagesStreamEventMessageDelta,
    MessagesStreamEventMessageDeltaDelta,
    MessagesStreamEventMessageDeltaDeltaStopReasonType0,
    MessagesStreamEventMessageDeltaType,
    MessagesStreamEventMessageDeltaUsage,
    MessagesStreamEventMessageDeltaUsageCacheCreation,
    MessagesStreamEventMessageDeltaUsageOutputTokensDetails,
    MessagesStreamEventMessageStart,
    MessagesStreamEventMessageStartType,
    MessagesStreamEventMessageStop,
    MessagesStreamEventMessageStopType,
    ModelList,
    ModelObject,
    NamespaceTool,
    NamespaceToolType,
    ResponsesOutputCustomToolCallItem,
    ResponsesOutputCustomToolCallItemStatus,
    ResponsesOutputCustomToolCallItemType,
    ResponsesOutputFunctionCallItem,
    ResponsesOutputFunctionCallItemStatus,
    ResponsesOutputFunctionCallItemType,
    ResponsesOutputMessageItem,
    ResponsesOutputMessageItemContentItem,
    ResponsesOutputMessageItemContentItemType,
    ResponsesOutputMessageItemRole,
    ResponsesOutputMessageItemStatus,
    ResponsesOutputMessageItemType,
    ResponsesOutputReasoningItem,
    ResponsesOutputReasoningItemStatus,
    ResponsesOutputReasoningItemSummaryItem,
    ResponsesOutputReasoningItemSummaryItemType,
    ResponsesOutputReasoningItemType,
    ResponsesOutputWebSearchCallItem,
    ResponsesOutputWebSearchCallItemAction,
    ResponsesOutputWebSearchCallItemActionSourcesItem,
    ResponsesOutputWebSearchCallItemActionSourcesItemType,
    ResponsesOutputWebSearchCallItemActionType,
    ResponsesOutputWebSearchCallItemResultsItem,
    ResponsesOutputWebSearchCallItemResultsItemType,
    ResponsesOutputWebSearchCallItemStatus,
    ResponsesOutputWebSearchCallItemType,
    ResponsesResponse,
    ResponsesResponseConversationType0,
    ResponsesResponseErrorType0,
    ResponsesResponseIncompleteDetailsType0,
    ResponsesResponseIncompleteDetailsType0Reason,
    ResponsesResponseMetadataType0,
    ResponsesResponseObject,
    ResponsesResponsePromptCacheOptions,
    ResponsesResponsePromptCacheOptionsMode,
    ResponsesResponsePromptCacheOptionsTtl,
    ResponsesResponseReasoningType0,
    ResponsesResponseStatus,
    ResponsesResponseTextType0,
    ResponsesStreamEvent,
    ResponsesStreamEventType,
    ResponsesToolChoice,
    ResponsesUsage,
    ResponsesUsageInputTokensDetails,
    ResponsesUsageOutputTokensDetails,
    SignatureVerifyResponse,
    ToolDefinition,
    ToolDefinitionFunction,
    ToolDefinitionFunctionParameters,
    ToolDefinitionType,
    ToolsFetchResponse,
    ToolsSearchProChunk,
    ToolsSearchProResponse,
    ToolsSearchProResult,
    ToolsSearchResponse,
    ToolsSearchResult,
    WebSearchTool,
    WebSearchToolFilters,
    WebSearchToolImageSettings,
    WebSearchToolSearchContentTypesItem,
    WebSearchToolType,
)
from .types import UNSET

__all__ = [
    "BATCH_METADATA_LIMITS",
    "BUILDERS",
    "FIELDS",
    "MAX_COMPLETION_TOKENS_DEFAULT",
    "MAX_COMPLETION_TOKENS_DEFAULTS",
    "PARSED",
    "SIGNATURE_HEADERS",
    "STOP_MAX_BYTES",
    "STREAM_EVENTS",
    "STREAM_UNIONS",
]

_V_BatchObjectStatus: dict[Any, Any] = BatchObjectStatus._value2member_map_
_V_ChatCompletionChoiceFinishReason: dict[Any, Any] = (
    ChatCompletionChoiceFinishReason._value2member_map_
)
_V_ChatCompletionMessageRole: dict[Any, Any] = (
    ChatCompletionMessageRole._value2member_map_
)
_V_ChatCompletionToolCallType: dict[Any, Any] = (
    ChatCompletionToolCallType._value2member_map_
)
_V_ChoiceDeltaDeltaToolCallsItemType: dict[Any, Any] = (
    ChoiceDeltaDeltaToolCallsItemType._value2member_map_
)
_V_ChoiceDeltaFinishReasonType0: dict[Any, Any] = (
    ChoiceDeltaFinishReasonType0._value2member_map_
)
_V_CustomToolFormatSyntax: dict[Any, Any] = CustomToolFormatSyntax._value2member_map_
_V_CustomToolFormatType: dict[Any, Any] = CustomToolFormatType._value2member_map_
_V_CustomToolName: dict[Any, Any] = CustomToolName._value2member_map_
_V_CustomToolType: dict[Any, Any] = CustomToolType._value2member_map_
_V_FileObjectPurpose: dict[Any, Any] = FileObjectPurpose._value2member_map_
_V_FormulaFiberObject: dict[Any, Any] = FormulaFiberObject._value2member_map_
_V_FormulaToolListObject: dict[Any, Any] = FormulaToolListObject._value2member_map_
_V_FunctionToolType: dict[Any, Any] = FunctionToolType._value2member_map_
_V_MessagesErrorResponseType: dict[Any, Any] = (
    MessagesErrorResponseType._value2member_map_
)
_V_MessagesResponseRole: dict[Any, Any] = MessagesResponseRole._value2member_map_
_V_MessagesResponseStopReasonType0: dict[Any, Any] = (
    MessagesResponseStopReasonType0._value2member_map_
)
_V_MessagesResponseTextType: dict[Any, Any] = (
    MessagesResponseTextType._value2member_map_
)
_V_MessagesResponseThinkingType: dict[Any, Any] = (
    MessagesResponseThinkingType._value2member_map_
)
_V_MessagesResponseToolUseType: dict[Any, Any] = (
    MessagesResponseToolUseType._value2member_map_
)
_V_MessagesResponseType: dict[Any, Any] = MessagesResponseType._value2member_map_
_V_MessagesStreamEventContentBlockDeltaDeltaType: dict[Any, Any] = (
    MessagesStreamEventContentBlockDeltaDeltaType._value2member_map_
)
_V_MessagesStreamEventContentBlockDeltaType: dict[Any, Any] = (
    MessagesStreamEventContentBlockDeltaType._value2member_map_
)
_V_MessagesStreamEventContentBlockStartTextType: dict[Any, Any] = (
    MessagesStreamEventContentBlockStartTextType._value2member_map_
)
_V_MessagesStreamEventContentBlockStartThinkingType: dict[Any, Any] = (
    MessagesStreamEventContentBlockStartThinkingType._value2member_map_
)
_V_MessagesStreamEventContentBlockStartToolUseType: dict[Any, Any] = (
    MessagesStreamEventContentBlockStartToolUseType._value2member_map_
)
_V_MessagesStreamEventContentBlockStartType: dict[Any, Any] = (
    MessagesStreamEventContentBlockStartType._value2member_map_
)
_V_MessagesStreamEventContentBlockStopType: dict[Any, Any] = (
    MessagesStreamEventContentBlockStopType._value2member_map_
)
_V_MessagesStreamEventMessageDeltaDeltaStopReasonType0: dict[Any, Any] = (
    MessagesStreamEventMessageDeltaDeltaStopReasonType0._value2member_map_
)
_V_MessagesStreamEventMessageDeltaType: dict[Any, Any] = (
    MessagesStreamEventMessageDeltaType._value2member_map_
)
_V_MessagesStreamEventMessageStartType: dict[Any, Any] = (
    MessagesStreamEventMessageStartType._value2member_map_
)
_V_MessagesStreamEventMessageStopType: dict[Any, Any] = (
    MessagesStreamEventMessageStopType._value2member_map_
)
_V_NamespaceToolType: dict[Any, Any] = NamespaceToolType._value2member_map_
_V_ResponsesOutputCustomToolCallItemStatus: dict[Any, Any] = (
    ResponsesOutputCustomToolCallItemStatus._value2member_map_
)
_V_ResponsesOutputCustomToolCallItemType: dict[Any, Any] = (
    ResponsesOutputCustomToolCallItemType._value2member_map_
)
_V_ResponsesOutputFunctionCallItemStatus: dict[Any, Any] = (
    ResponsesOutputFunctionCallItemStatus._value2member_map_
)
_V_ResponsesOutputFunctionCallItemType: dict[Any, Any] = (
    ResponsesOutputFunctionCallItemType._value2member_map_
)
_V_ResponsesOutputMessageItemContentItemType: dict[Any, Any] = (
    ResponsesOutputMessageItemContentItemType._value2member_map_
)
_V_ResponsesOutputMessageItemRole: dict[Any, Any] = (
    ResponsesOutputMessageItemRole._value2member_map_
)
_V_ResponsesOutputMessageItemStatus: dict[Any, Any] = (
    ResponsesOutputMessageItemStatus._value2member_map_
)
_V_ResponsesOutputMessageItemType: dict[Any, Any] = (
    ResponsesOutputMessageItemType._value2member_map_
)
_V_ResponsesOutputReasoningItemStatus: dict[Any, Any] = (
    ResponsesOutputReasoningItemStatus._value2member_map_
)
_V_ResponsesOutputReasoningItemSummaryItemType: dict[Any, Any] = (
    ResponsesOutputReasoningItemSummaryItemType._value2member_map_
)
_V_ResponsesOutputReasoningItemType: dict[Any, Any] = (
    ResponsesOutputReasoningItemType._value2member_map_
)
_V_ResponsesOutputWebSearchCallItemActionSourcesItemType: dict[Any, Any] = (
    ResponsesOutputWebSearchCallItemActionSourcesItemType._value2member_map_
)
_V_ResponsesOutputWebSearchCallItemActionType: dict[Any, Any] = (
    ResponsesOutputWebSearchCallItemActionType._value2member_map_
)
_V_ResponsesOutputWebSearchCallItemResultsItemType: dict[Any, Any] = (
    ResponsesOutputWebSearchCallItemResultsItemType._value2member_map_
)
_V_ResponsesOutputWebSearchCallItemStatus: dict[Any, Any] = (
    ResponsesOutputWebSearchCallItemStatus._value2member_map_
)
_V_ResponsesOutputWebSearchCallItemType: dict[Any, Any] = (
    ResponsesOutputWebSearchCallItemType._value2member_map_
)
_V_ResponsesResponseIncompleteDetailsType0Reason: dict[Any, Any] = (
    ResponsesResponseIncompleteDetailsType0Reason._value2member_map_
)
_V_ResponsesResponseObject: dict[Any, Any] = ResponsesResponseObject._value2member_map_
_V_ResponsesResponsePromptCacheOptionsMode: dict[Any, Any] = (
    ResponsesResponsePromptCacheOptionsMode._value2member_map_
)
_V_ResponsesResponsePromptCacheOptionsTtl: dict[Any, Any] = (
    ResponsesResponsePromptCacheOptionsTtl._value2member_map_
)
_V_ResponsesResponseStatus: dict[Any, Any] = ResponsesResponseStatus._value2member_map_
_V_ResponsesStreamEventType: dict[Any, Any] = (
    ResponsesStreamEventType._value2member_map_
)
_V_ResponsesToolChoice: dict[Any, Any] = ResponsesToolChoice._value2member_map_
_V_ToolDefinitionType: dict[Any, Any] = ToolDefinitionType._value2member_map_
_V_WebSearchToolSearchContentTypesItem: dict[Any, Any] = (
    WebSearchToolSearchContentTypesItem._value2member_map_
)
_V_WebSearchToolType: dict[Any, Any] = WebSearchToolType._value2member_map_


def _items(values: list[Any], item: Any, p: Any, r: Any, label: str) -> list[Any]:
    """Each item of a list read by ``item``."""
    return [item(x, (p, i), r, label) for i, x in enumerate(values)]


def _enum(r: Any, cls: Any, value: str, p: Any, label: str) -> Any:
    """A value the document's enum does not list: reported, then kept (as the enum's
    pseudo-member when the overlay's patch is installed, else as the string)."""
    words = "one of " + ", ".join(repr(m.value) for m in cls)
    kept = r(value, p, label, words)
    try:
        return cls(kept)
    except ValueError:
        return kept


def _best(v: dict[str, Any], p: Any, r: Any, builders: tuple[Any, ...]) -> Any:
    """A union of objects without a discriminating field: the member whose keys the
    value covers best (its required keys first)."""
    best = max(builders, key=lambda b: (_REQ[b] <= v.keys(), len(_KEYS[b] & v.keys())))
    return best(v, p, r)


def b_BatchObject(d: dict[str, Any], p: Any, r: Any) -> BatchObject:
    """``BatchObject`` from a JSON object, deviations handed to ``r``."""
    v = d.get("id", UNSET)
    if v is UNSET:
        v = r(v, (p, "id"), "BatchObject.id", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "id"), "BatchObject.id", "string")
    v0 = v
    v = d.get("object", UNSET)
    if v is UNSET:
        v = r(v, (p, "object"), "BatchObject.object", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "object"), "BatchObject.object", "string")
    v1 = v
    v = d.get("endpoint", UNSET)
    if v is UNSET:
        v = r(v, (p, "endpoint"), "BatchObject.endpoint", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "endpoint"), "BatchObject.endpoint", "string")
    v2 = v
    v = d.get("input_file_id", UNSET)
    if v is UNSET:
        v = r(v, (p, "input_file_id"), "BatchObject.input_file_id", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "input_file_id"), "BatchObject.input_file_id", "string")
    v3 = v
    v = d.get("completion_window", UNSET)
    if v is UNSET:
        v = r(v, (p, "completion_window"), "BatchObject.completion_window", "string")
    else:
        if v.__class__ is not str:
            v = r(
                v, (p, "completion_window"), "BatchObject.completion_window", "string"
            )
    v4 = v
    v = d.get("status", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "status"),
            "BatchObject.status",
            "one of 'cancelled', 'cancelling', 'completed', 'expired', 'failed', 'finalizing', 'in_progress', 'validating'",
        )
    else:
        if v.__class__ is str:
            m = _V_BatchObjectStatus.get(v)
            v = (
                m
                if m is not None
                else _enum(r, BatchObjectStatus, v, (p, "status"), "BatchObject.status")
            )
        else:
            v = r(
                v,
                (p, "status"),
                "BatchObject.status",
                "one of 'cancelled', 'cancelling', 'completed', 'expired', 'failed', 'finalizing', 'in_progress', 'validating'",
            )
    v5 = v
    v = d.get("created_at", UNSET)
    if v is UNSET:
        v = r(v, (p, "created_at"), "BatchObject.created_at", "integer")
    else:
        if v.__class__ is not int:
            v = r(v, (p, "created_at"), "BatchObject.created_at", "integer")
    v6 = v
    v = d.get("request_counts", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "request_counts"),
            "BatchObject.request_counts",
            "object BatchRequestCounts",
        )
    else:
        if v.__class__ is dict:
            v = b_BatchRequestCounts(v, (p, "request_counts"), r)
        else:
            v = r(
                v,
                (p, "request_counts"),
                "BatchObject.request_counts",
                "object BatchRequestCounts",
            )
    v7 = v
    v = d.get("output_file_id", UNSET)
    if v.__class__ is not str and v is not None and v is not UNSET:
        v = r(v, (p, "output_file_id"), "BatchObject.output_file_id", "string or null")
    v8 = v
    v = d.get("error_file_id", UNSET)
    if v.__class__ is not str and v is not None and v is not UNSET:
        v = r(v, (p, "error_file_id"), "BatchObject.error_file_id", "string or null")
    v9 = v
    v = d.get("in_progress_at", UNSET)
    if v.__class__ is not int and v is not None and v is not UNSET:
        v = r(v, (p, "in_progress_at"), "BatchObject.in_progress_at", "integer or null")
    v10 = v
    v = d.get("expires_at", UNSET)
    if v.__class__ is not int and v is not None and v is not UNSET:
        v = r(v, (p, "expires_at"), "BatchObject.expires_at", "integer or null")
    v11 = v
    v = d.get("finalizing_at", UNSET)
    if v.__class__ is not int and v is not None and v is not UNSET:
        v = r(v, (p, "finalizing_at"), "BatchObject.finalizing_at", "integer or null")
    v12 = v
    v = d.get("completed_at", UNSET)
    if v.__class__ is not int and v is not None and v is not UNSET:
        v = r(v, (p, "completed_at"), "BatchObject.completed_at", "integer or null")
    v13 = v
    v = d.get("failed_at", UNSET)
    if v.__class__ is not int and v is not None and v is not UNSET:
        v = r(v, (p, "failed_at"), "BatchObject.failed_at", "integer or null")
    v14 = v
    v = d.get("cancelling_at", UNSET)
    if v.__class__ is not int and v is not None and v is not UNSET:
        v = r(v, (p, "cancelling_at"), "BatchObject.cancelling_at", "integer or null")
    v15 = v
    v = d.get("cancelled_at", UNSET)
    if v.__class__ is not int and v is not None and v is not UNSET:
        v = r(v, (p, "cancelled_at"), "BatchObject.cancelled_at", "integer or null")
    v16 = v
    v = d.get("metadata", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_BatchObjectMetadata(v, (p, "metadata"), r)
        elif v is not None:
            v = r(
                v,
                (p, "metadata"),
                "BatchObject.metadata",
                "object BatchObjectMetadata or null",
            )
    v17 = v
    o = BatchObject(
        v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17
    )
    if not d.keys() <= _K_BatchObject:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_BatchObject
        }
    return o


def b_BatchRequestCounts(d: dict[str, Any], p: Any, r: Any) -> BatchRequestCounts:
    """``BatchRequestCounts`` from a JSON object, deviations handed to ``r``."""
    v = d.get("completed", UNSET)
    if v is UNSET:
        v = r(v, (p, "completed"), "BatchRequestCounts.completed", "integer")
    else:
        if v.__class__ is not int:
            v = r(v, (p, "completed"), "BatchRequestCounts.completed", "integer")
    v0 = v
    v = d.get("failed", UNSET)
    if v is UNSET:
        v = r(v, (p, "failed"), "BatchRequestCounts.failed", "integer")
    else:
        if v.__class__ is not int:
            v = r(v, (p, "failed"), "BatchRequestCounts.failed", "integer")
    v1 = v
    v = d.get("total", UNSET)
    if v is UNSET:
        v = r(v, (p, "total"), "BatchRequestCounts.total", "integer")
    else:
        if v.__class__ is not int:
            v = r(v, (p, "total"), "BatchRequestCounts.total", "integer")
    v2 = v
    o = BatchRequestCounts(v0, v1, v2)
    if not d.keys() <= _K_BatchRequestCounts:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_BatchRequestCounts
        }
    return o


def b_BatchObjectMetadata(d: dict[str, Any], p: Any, r: Any) -> BatchObjectMetadata:
    """``BatchObjectMetadata`` from a JSON object, deviations handed to ``r``."""
    o = BatchObjectMetadata()
    if not d.keys() <= _K_BatchObjectMetadata:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_BatchObjectMetadata
        }
    return o


def b_ErrorResponse(d: dict[str, Any], p: Any, r: Any) -> ErrorResponse:
    """``ErrorResponse`` from a JSON object, deviations handed to ``r``."""
    v = d.get("error", UNSET)
    if v is UNSET:
        v = r(v, (p, "error"), "ErrorResponse.error", "object ErrorResponseError")
    else:
        if v.__class__ is dict:
            v = b_ErrorResponseError(v, (p, "error"), r)
        else:
            v = r(v, (p, "error"), "ErrorResponse.error", "object ErrorResponseError")
    v0 = v
    o = ErrorResponse(v0)
    if not d.keys() <= _K_ErrorResponse:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ErrorResponse
        }
    return o


def b_ErrorResponseError(d: dict[str, Any], p: Any, r: Any) -> ErrorResponseError:
    """``ErrorResponseError`` from a JSON object, deviations handed to ``r``."""
    v = d.get("message", UNSET)
    if v is UNSET:
        v = r(v, (p, "message"), "ErrorResponseError.message", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "message"), "ErrorResponseError.message", "string")
    v0 = v
    v = d.get("type", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "type"), "ErrorResponseError.type", "string")
    v1 = v
    v = d.get("code", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "code"), "ErrorResponseError.code", "string")
    v2 = v
    o = ErrorResponseError(v0, v1, v2)
    if not d.keys() <= _K_ErrorResponseError:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ErrorResponseError
        }
    return o


def b_BatchListResponse(d: dict[str, Any], p: Any, r: Any) -> BatchListResponse:
    """``BatchListResponse`` from a JSON object, deviations handed to ``r``."""
    v = d.get("object", UNSET)
    if v is UNSET:
        v = r(v, (p, "object"), "BatchListResponse.object", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "object"), "BatchListResponse.object", "string")
    v0 = v
    v = d.get("data", UNSET)
    if v is UNSET:
        v = r(v, (p, "data"), "BatchListResponse.data", "array of object BatchObject")
    else:
        if v.__class__ is list:
            v = _items(v, _u0, (p, "data"), r, "BatchListResponse.data[]")
        else:
            v = r(
                v, (p, "data"), "BatchListResponse.data", "array of object BatchObject"
            )
    v1 = v
    v = d.get("has_more", UNSET)
    if v.__class__ is not bool and v is not UNSET:
        v = r(v, (p, "has_more"), "BatchListResponse.has_more", "boolean")
    v2 = v
    o = BatchListResponse(v0, v1, v2)
    if not d.keys() <= _K_BatchListResponse:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_BatchListResponse
        }
    return o


def b_BalanceResponse(d: dict[str, Any], p: Any, r: Any) -> BalanceResponse:
    """``BalanceResponse`` from a JSON object, deviations handed to ``r``."""
    v = d.get("code", UNSET)
    if v is UNSET:
        v = r(v, (p, "code"), "BalanceResponse.code", "integer")
    else:
        if v.__class__ is not int:
            v = r(v, (p, "code"), "BalanceResponse.code", "integer")
    v0 = v
    v = d.get("data", UNSET)
    if v is UNSET:
        v = r(v, (p, "data"), "BalanceResponse.data", "object BalanceResponseData")
    else:
        if v.__class__ is dict:
            v = b_BalanceResponseData(v, (p, "data"), r)
        else:
            v = r(v, (p, "data"), "BalanceResponse.data", "object BalanceResponseData")
    v1 = v
    v = d.get("scode", UNSET)
    if v is UNSET:
        v = r(v, (p, "scode"), "BalanceResponse.scode", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "scode"), "BalanceResponse.scode", "string")
    v2 = v
    v = d.get("status", UNSET)
    if v is UNSET:
        v = r(v, (p, "status"), "BalanceResponse.status", "boolean")
    else:
        if v.__class__ is not bool:
            v = r(v, (p, "status"), "BalanceResponse.status", "boolean")
    v3 = v
    o = BalanceResponse(v0, v1, v2, v3)
    if not d.keys() <= _K_BalanceResponse:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_BalanceResponse
        }
    return o


def b_BalanceResponseData(d: dict[str, Any], p: Any, r: Any) -> BalanceResponseData:
    """``BalanceResponseData`` from a JSON object, deviations handed to ``r``."""
    v = d.get("available_balance", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "available_balance"),
            "BalanceResponseData.available_balance",
            "number",
        )
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = r(
                v,
                (p, "available_balance"),
                "BalanceResponseData.available_balance",
                "number",
            )
    v0 = v
    v = d.get("voucher_balance", UNSET)
    if v is UNSET:
        v = r(
            v, (p, "voucher_balance"), "BalanceResponseData.voucher_balance", "number"
        )
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = r(
                v,
                (p, "voucher_balance"),
                "BalanceResponseData.voucher_balance",
                "number",
            )
    v1 = v
    v = d.get("cash_balance", UNSET)
    if v is UNSET:
        v = r(v, (p, "cash_balance"), "BalanceResponseData.cash_balance", "number")
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = r(v, (p, "cash_balance"), "BalanceResponseData.cash_balance", "number")
    v2 = v
    o = BalanceResponseData(v0, v1, v2)
    if not d.keys() <= _K_BalanceResponseData:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_BalanceResponseData
        }
    return o


def b_ChatCompletionResponse(
    d: dict[str, Any], p: Any, r: Any
) -> ChatCompletionResponse:
    """``ChatCompletionResponse`` from a JSON object, deviations handed to ``r``."""
    v = d.get("id", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "id"), "ChatCompletionResponse.id", "string")
    v0 = v
    v = d.get("object", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "object"), "ChatCompletionResponse.object", "string")
    v1 = v
    v = d.get("created", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(v, (p, "created"), "ChatCompletionResponse.created", "integer")
    v2 = v
    v = d.get("model", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "model"), "ChatCompletionResponse.model", "string")
    v3 = v
    v = d.get("choices", UNSET)
    if v is not UNSET:
        if v.__class__ is list:
            v = _items(v, _u1, (p, "choices"), r, "ChatCompletionResponse.choices[]")
        else:
            v = r(
                v,
                (p, "choices"),
                "ChatCompletionResponse.choices",
                "array of object ChatCompletionChoice",
            )
    v4 = v
    v = d.get("usage", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_ChatCompletionUsage(v, (p, "usage"), r)
        else:
            v = r(
                v,
                (p, "usage"),
                "ChatCompletionResponse.usage",
                "object ChatCompletionUsage",
            )
    v5 = v
    o = ChatCompletionResponse(v0, v1, v2, v3, v4, v5)
    if not d.keys() <= _K_ChatCompletionResponse:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ChatCompletionResponse
        }
    return o


def b_ChatCompletionChoice(d: dict[str, Any], p: Any, r: Any) -> ChatCompletionChoice:
    """``ChatCompletionChoice`` from a JSON object, deviations handed to ``r``."""
    v = d.get("index", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(v, (p, "index"), "ChatCompletionChoice.index", "integer")
    v0 = v
    v = d.get("message", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_ChatCompletionMessage(v, (p, "message"), r)
        else:
            v = r(
                v,
                (p, "message"),
                "ChatCompletionChoice.message",
                "object ChatCompletionMessage",
            )
    v1 = v
    v = d.get("finish_reason", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ChatCompletionChoiceFinishReason.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ChatCompletionChoiceFinishReason,
                    v,
                    (p, "finish_reason"),
                    "ChatCompletionChoice.finish_reason",
                )
            )
        else:
            v = r(
                v,
                (p, "finish_reason"),
                "ChatCompletionChoice.finish_reason",
                "one of 'length', 'stop', 'tool_calls'",
            )
    v2 = v
    o = ChatCompletionChoice(v0, v1, v2)
    if not d.keys() <= _K_ChatCompletionChoice:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ChatCompletionChoice
        }
    return o


def b_ChatCompletionMessage(d: dict[str, Any], p: Any, r: Any) -> ChatCompletionMessage:
    """``ChatCompletionMessage`` from a JSON object, deviations handed to ``r``."""
    v = d.get("role", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ChatCompletionMessageRole.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ChatCompletionMessageRole,
                    v,
                    (p, "role"),
                    "ChatCompletionMessage.role",
                )
            )
        else:
            v = r(v, (p, "role"), "ChatCompletionMessage.role", "one of 'assistant'")
    v0 = v
    v = d.get("content", UNSET)
    if v.__class__ is not str and v is not None and v is not UNSET:
        v = r(v, (p, "content"), "ChatCompletionMessage.content", "string or null")
    v1 = v
    v = d.get("tool_calls", UNSET)
    if v is not UNSET:
        if v.__class__ is list:
            v = _items(
                v, _u2, (p, "tool_calls"), r, "ChatCompletionMessage.tool_calls[]"
            )
        else:
            v = r(
                v,
                (p, "tool_calls"),
                "ChatCompletionMessage.tool_calls",
                "array of object ChatCompletionToolCall",
            )
    v2 = v
    v = d.get("reasoning_content", UNSET)
    if v.__class__ is not str and v is not None and v is not UNSET:
        v = r(
            v,
            (p, "reasoning_content"),
            "ChatCompletionMessage.reasoning_content",
            "string or null",
        )
    v3 = v
    o = ChatCompletionMessage(v0, v1, v2, v3)
    if not d.keys() <= _K_ChatCompletionMessage:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ChatCompletionMessage
        }
    return o


def b_ChatCompletionToolCall(
    d: dict[str, Any], p: Any, r: Any
) -> ChatCompletionToolCall:
    """``ChatCompletionToolCall`` from a JSON object, deviations handed to ``r``."""
    v = d.get("id", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "id"), "ChatCompletionToolCall.id", "string")
    v0 = v
    v = d.get("type", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ChatCompletionToolCallType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ChatCompletionToolCallType,
                    v,
                    (p, "type"),
                    "ChatCompletionToolCall.type",
                )
            )
        else:
            v = r(v, (p, "type"), "ChatCompletionToolCall.type", "one of 'function'")
    v1 = v
    v = d.get("function", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_ChatCompletionToolCallFunction(v, (p, "function"), r)
        else:
            v = r(
                v,
                (p, "function"),
                "ChatCompletionToolCall.function",
                "object ChatCompletionToolCallFunction",
            )
    v2 = v
    o = ChatCompletionToolCall(v0, v1, v2)
    if not d.keys() <= _K_ChatCompletionToolCall:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ChatCompletionToolCall
        }
    return o


def b_ChatCompletionToolCallFunction(
    d: dict[str, Any], p: Any, r: Any
) -> ChatCompletionToolCallFunction:
    """``ChatCompletionToolCallFunction`` from a JSON object, deviations handed to ``r``."""
    v = d.get("name", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "name"), "ChatCompletionToolCallFunction.name", "string")
    v0 = v
    v = d.get("arguments", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "arguments"), "ChatCompletionToolCallFunction.arguments", "string")
    v1 = v
    o = ChatCompletionToolCallFunction(v0, v1)
    if not d.keys() <= _K_ChatCompletionToolCallFunction:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ChatCompletionToolCallFunction
        }
    return o


def b_ChatCompletionUsage(d: dict[str, Any], p: Any, r: Any) -> ChatCompletionUsage:
    """``ChatCompletionUsage`` from a JSON object, deviations handed to ``r``."""
    v = d.get("prompt_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(v, (p, "prompt_tokens"), "ChatCompletionUsage.prompt_tokens", "integer")
    v0 = v
    v = d.get("completion_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(
            v,
            (p, "completion_tokens"),
            "ChatCompletionUsage.completion_tokens",
            "integer",
        )
    v1 = v
    v = d.get("total_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(v, (p, "total_tokens"), "ChatCompletionUsage.total_tokens", "integer")
    v2 = v
    v = d.get("cached_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(v, (p, "cached_tokens"), "ChatCompletionUsage.cached_tokens", "integer")
    v3 = v
    v = d.get("prompt_tokens_details", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_ChatCompletionUsagePromptTokensDetails(
                v, (p, "prompt_tokens_details"), r
            )
        else:
            v = r(
                v,
                (p, "prompt_tokens_details"),
                "ChatCompletionUsage.prompt_tokens_details",
                "object ChatCompletionUsagePromptTokensDetails",
            )
    v4 = v
    o = ChatCompletionUsage(v0, v1, v2, v3, v4)
    if not d.keys() <= _K_ChatCompletionUsage:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ChatCompletionUsage
        }
    return o


def b_ChatCompletionUsagePromptTokensDetails(
    d: dict[str, Any], p: Any, r: Any
) -> ChatCompletionUsagePromptTokensDetails:
    """``ChatCompletionUsagePromptTokensDetails`` from a JSON object, deviations handed to ``r``."""
    v = d.get("cached_tokens", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "cached_tokens"),
            "ChatCompletionUsagePromptTokensDetails.cached_tokens",
            "integer",
        )
    else:
        if v.__class__ is not int:
            v = r(
                v,
                (p, "cached_tokens"),
                "ChatCompletionUsagePromptTokensDetails.cached_tokens",
                "integer",
            )
    v0 = v
    v = d.get("cache_write_tokens", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "cache_write_tokens"),
            "ChatCompletionUsagePromptTokensDetails.cache_write_tokens",
            "integer",
        )
    else:
        if v.__class__ is not int:
            v = r(
                v,
                (p, "cache_write_tokens"),
                "ChatCompletionUsagePromptTokensDetails.cache_write_tokens",
                "integer",
            )
    v1 = v
    o = ChatCompletionUsagePromptTokensDetails(v0, v1)
    if not d.keys() <= _K_ChatCompletionUsagePromptTokensDetails:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_ChatCompletionUsagePromptTokensDetails
        }
    return o


def b_FileDeleteResponse(d: dict[str, Any], p: Any, r: Any) -> FileDeleteResponse:
    """``FileDeleteResponse`` from a JSON object, deviations handed to ``r``."""
    v = d.get("id", UNSET)
    if v is UNSET:
        v = r(v, (p, "id"), "FileDeleteResponse.id", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "id"), "FileDeleteResponse.id", "string")
    v0 = v
    v = d.get("object", UNSET)
    if v is UNSET:
        v = r(v, (p, "object"), "FileDeleteResponse.object", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "object"), "FileDeleteResponse.object", "string")
    v1 = v
    v = d.get("deleted", UNSET)
    if v is UNSET:
        v = r(v, (p, "deleted"), "FileDeleteResponse.deleted", "boolean")
    else:
        if v.__class__ is not bool:
            v = r(v, (p, "deleted"), "FileDeleteResponse.deleted", "boolean")
    v2 = v
    o = FileDeleteResponse(v0, v1, v2)
    if not d.keys() <= _K_FileDeleteResponse:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_FileDeleteResponse
        }
    return o


def b_FileObject(d: dict[str, Any], p: Any, r: Any) -> FileObject:
    """``FileObject`` from a JSON object, deviations handed to ``r``."""
    v = d.get("id", UNSET)
    if v is UNSET:
        v = r(v, (p, "id"), "FileObject.id", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "id"), "FileObject.id", "string")
    v0 = v
    v = d.get("object", UNSET)
    if v is UNSET:
        v = r(v, (p, "object"), "FileObject.object", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "object"), "FileObject.object", "string")
    v1 = v
    v = d.get("bytes", UNSET)
    if v is UNSET:
        v = r(v, (p, "bytes"), "FileObject.bytes", "integer")
    else:
        if v.__class__ is not int:
            v = r(v, (p, "bytes"), "FileObject.bytes", "integer")
    v2 = v
    v = d.get("created_at", UNSET)
    if v is UNSET:
        v = r(v, (p, "created_at"), "FileObject.created_at", "integer")
    else:
        if v.__class__ is not int:
            v = r(v, (p, "created_at"), "FileObject.created_at", "integer")
    v3 = v
    v = d.get("filename", UNSET)
    if v is UNSET:
        v = r(v, (p, "filename"), "FileObject.filename", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "filename"), "FileObject.filename", "string")
    v4 = v
    v = d.get("purpose", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "purpose"),
            "FileObject.purpose",
            "one of 'batch', 'file-extract', 'image', 'video'",
        )
    else:
        if v.__class__ is str:
            m = _V_FileObjectPurpose.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r, FileObjectPurpose, v, (p, "purpose"), "FileObject.purpose"
                )
            )
        else:
            v = r(
                v,
                (p, "purpose"),
                "FileObject.purpose",
                "one of 'batch', 'file-extract', 'image', 'video'",
            )
    v5 = v
    v = d.get("status", UNSET)
    if v is UNSET:
        v = r(v, (p, "status"), "FileObject.status", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "status"), "FileObject.status", "string")
    v6 = v
    v = d.get("status_details", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "status_details"), "FileObject.status_details", "string")
    v7 = v
    o = FileObject(v0, v1, v2, v3, v4, v5, v6, v7)
    if not d.keys() <= _K_FileObject:
        o.additional_properties = {k: x for k, x in d.items() if k not in _K_FileObject}
    return o


def b_FileListResponse(d: dict[str, Any], p: Any, r: Any) -> FileListResponse:
    """``FileListResponse`` from a JSON object, deviations handed to ``r``."""
    v = d.get("object", UNSET)
    if v is UNSET:
        v = r(v, (p, "object"), "FileListResponse.object", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "object"), "FileListResponse.object", "string")
    v0 = v
    v = d.get("data", UNSET)
    if v is UNSET:
        v = r(v, (p, "data"), "FileListResponse.data", "array of object FileObject")
    else:
        if v.__class__ is list:
            v = _items(v, _u3, (p, "data"), r, "FileListResponse.data[]")
        else:
            v = r(v, (p, "data"), "FileListResponse.data", "array of object FileObject")
    v1 = v
    o = FileListResponse(v0, v1)
    if not d.keys() <= _K_FileListResponse:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_FileListResponse
        }
    return o


def b_FormulaFiber(d: dict[str, Any], p: Any, r: Any) -> FormulaFiber:
    """``FormulaFiber`` from a JSON object, deviations handed to ``r``."""
    v = d.get("id", UNSET)
    if v is UNSET:
        v = r(v, (p, "id"), "FormulaFiber.id", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "id"), "FormulaFiber.id", "string")
    v0 = v
    v = d.get("object", UNSET)
    if v is UNSET:
        v = r(v, (p, "object"), "FormulaFiber.object", "one of 'fiber'")
    else:
        if v.__class__ is str:
            m = _V_FormulaFiberObject.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r, FormulaFiberObject, v, (p, "object"), "FormulaFiber.object"
                )
            )
        else:
            v = r(v, (p, "object"), "FormulaFiber.object", "one of 'fiber'")
    v1 = v
    v = d.get("status", UNSET)
    if v is UNSET:
        v = r(v, (p, "status"), "FormulaFiber.status", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "status"), "FormulaFiber.status", "string")
    v2 = v
    v = d.get("created_at", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(v, (p, "created_at"), "FormulaFiber.created_at", "integer")
    v3 = v
    v = d.get("lambda_id", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "lambda_id"), "FormulaFiber.lambda_id", "string")
    v4 = v
    v = d.get("context", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_FormulaFiberContext(v, (p, "context"), r)
        else:
            v = r(
                v, (p, "context"), "FormulaFiber.context", "object FormulaFiberContext"
            )
    v5 = v
    v = d.get("formula", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "formula"), "FormulaFiber.formula", "string")
    v6 = v
    v = d.get("organization_id", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "organization_id"), "FormulaFiber.organization_id", "string")
    v7 = v
    v = d.get("project_id", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "project_id"), "FormulaFiber.project_id", "string")
    v8 = v
    v = d.get("error", UNSET)
    v9 = v
    o = FormulaFiber(v0, v1, v2, v3, v4, v5, v6, v7, v8, v9)
    if not d.keys() <= _K_FormulaFiber:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_FormulaFiber
        }
    return o


def b_FormulaFiberContext(d: dict[str, Any], p: Any, r: Any) -> FormulaFiberContext:
    """``FormulaFiberContext`` from a JSON object, deviations handed to ``r``."""
    v = d.get("input", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "input"), "FormulaFiberContext.input", "string")
    v0 = v
    v = d.get("output", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "output"), "FormulaFiberContext.output", "string")
    v1 = v
    v = d.get("encrypted_output", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(
            v, (p, "encrypted_output"), "FormulaFiberContext.encrypted_output", "string"
        )
    v2 = v
    v = d.get("error", UNSET)
    v3 = v
    o = FormulaFiberContext(v0, v1, v2, v3)
    if not d.keys() <= _K_FormulaFiberContext:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_FormulaFiberContext
        }
    return o


def b_FormulaToolList(d: dict[str, Any], p: Any, r: Any) -> FormulaToolList:
    """``FormulaToolList`` from a JSON object, deviations handed to ``r``."""
    v = d.get("tools", UNSET)
    if v is UNSET:
        v = r(
            v, (p, "tools"), "FormulaToolList.tools", "array of object ToolDefinition"
        )
    else:
        if v.__class__ is list:
            v = _items(v, _u4, (p, "tools"), r, "FormulaToolList.tools[]")
        else:
            v = r(
                v,
                (p, "tools"),
                "FormulaToolList.tools",
                "array of object ToolDefinition",
            )
    v0 = v
    v = d.get("object", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_FormulaToolListObject.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r, FormulaToolListObject, v, (p, "object"), "FormulaToolList.object"
                )
            )
        else:
            v = r(v, (p, "object"), "FormulaToolList.object", "one of 'list'")
    v1 = v
    o = FormulaToolList(v0, v1)
    if not d.keys() <= _K_FormulaToolList:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_FormulaToolList
        }
    return o


def b_ToolDefinition(d: dict[str, Any], p: Any, r: Any) -> ToolDefinition:
    """``ToolDefinition`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is UNSET:
        v = r(v, (p, "type"), "ToolDefinition.type", "one of 'function'")
    else:
        if v.__class__ is str:
            m = _V_ToolDefinitionType.get(v)
            v = (
                m
                if m is not None
                else _enum(r, ToolDefinitionType, v, (p, "type"), "ToolDefinition.type")
            )
        else:
            v = r(v, (p, "type"), "ToolDefinition.type", "one of 'function'")
    v0 = v
    v = d.get("function", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "function"),
            "ToolDefinition.function",
            "object ToolDefinitionFunction",
        )
    else:
        if v.__class__ is dict:
            v = b_ToolDefinitionFunction(v, (p, "function"), r)
        else:
            v = r(
                v,
                (p, "function"),
                "ToolDefinition.function",
                "object ToolDefinitionFunction",
            )
    v1 = v
    o = ToolDefinition(v0, v1)
    if not d.keys() <= _K_ToolDefinition:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ToolDefinition
        }
    return o


def b_ToolDefinitionFunction(
    d: dict[str, Any], p: Any, r: Any
) -> ToolDefinitionFunction:
    """``ToolDefinitionFunction`` from a JSON object, deviations handed to ``r``."""
    v = d.get("name", UNSET)
    if v is UNSET:
        v = r(v, (p, "name"), "ToolDefinitionFunction.name", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "name"), "ToolDefinitionFunction.name", "string")
    v0 = v
    v = d.get("parameters", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "parameters"),
            "ToolDefinitionFunction.parameters",
            "object ToolDefinitionFunctionParameters",
        )
    else:
        if v.__class__ is dict:
            v = b_ToolDefinitionFunctionParameters(v, (p, "parameters"), r)
        else:
            v = r(
                v,
                (p, "parameters"),
                "ToolDefinitionFunction.parameters",
                "object ToolDefinitionFunctionParameters",
            )
    v1 = v
    v = d.get("description", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "description"), "ToolDefinitionFunction.description", "string")
    v2 = v
    v = d.get("strict", UNSET)
    if v.__class__ is not bool and v is not UNSET:
        v = r(v, (p, "strict"), "ToolDefinitionFunction.strict", "boolean")
    v3 = v
    o = ToolDefinitionFunction(v0, v1, v2, v3)
    if not d.keys() <= _K_ToolDefinitionFunction:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ToolDefinitionFunction
        }
    return o


def b_ToolDefinitionFunctionParameters(
    d: dict[str, Any], p: Any, r: Any
) -> ToolDefinitionFunctionParameters:
    """``ToolDefinitionFunctionParameters`` from a JSON object, deviations handed to ``r``."""
    o = ToolDefinitionFunctionParameters()
    if not d.keys() <= _K_ToolDefinitionFunctionParameters:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ToolDefinitionFunctionParameters
        }
    return o


def b_MessagesResponse(d: dict[str, Any], p: Any, r: Any) -> MessagesResponse:
    """``MessagesResponse`` from a JSON object, deviations handed to ``r``."""
    v = d.get("id", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "id"), "MessagesResponse.id", "string")
    v0 = v
    v = d.get("type", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_MessagesResponseType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r, MessagesResponseType, v, (p, "type"), "MessagesResponse.type"
                )
            )
        else:
            v = r(v, (p, "type"), "MessagesResponse.type", "one of 'message'")
    v1 = v
    v = d.get("role", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_MessagesResponseRole.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r, MessagesResponseRole, v, (p, "role"), "MessagesResponse.role"
                )
            )
        else:
            v = r(v, (p, "role"), "MessagesResponse.role", "one of 'assistant'")
    v2 = v
    v = d.get("model", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "model"), "MessagesResponse.model", "string")
    v3 = v
    v = d.get("content", UNSET)
    if v is not UNSET:
        if v.__class__ is list:
            v = _items(v, _u5, (p, "content"), r, "MessagesResponse.content[]")
        else:
            v = r(
                v,
                (p, "content"),
                "MessagesResponse.content",
                "array of object MessagesResponseText or object MessagesResponseThinking or object MessagesResponseToolUse",
            )
    v4 = v
    v = d.get("stop_reason", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_MessagesResponseStopReasonType0.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    MessagesResponseStopReasonType0,
                    v,
                    (p, "stop_reason"),
                    "MessagesResponse.stop_reason",
                )
            )
        elif v is not None:
            v = r(
                v,
                (p, "stop_reason"),
                "MessagesResponse.stop_reason",
                "one of 'end_turn', 'max_tokens', 'refusal', 'tool_use' or null",
            )
    v5 = v
    v = d.get("stop_sequence", UNSET)
    if v.__class__ is not str and v is not None and v is not UNSET:
        v = r(
            v, (p, "stop_sequence"), "MessagesResponse.stop_sequence", "string or null"
        )
    v6 = v
    v = d.get("usage", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_MessagesResponseUsage(v, (p, "usage"), r)
        else:
            v = r(
                v,
                (p, "usage"),
                "MessagesResponse.usage",
                "object MessagesResponseUsage",
            )
    v7 = v
    o = MessagesResponse(v0, v1, v2, v3, v4, v5, v6, v7)
    if not d.keys() <= _K_MessagesResponse:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_MessagesResponse
        }
    return o


def b_MessagesResponseText(d: dict[str, Any], p: Any, r: Any) -> MessagesResponseText:
    """``MessagesResponseText`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is UNSET:
        v = r(v, (p, "type"), "MessagesResponseText.type", "one of 'text'")
    else:
        if v.__class__ is str:
            m = _V_MessagesResponseTextType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    MessagesResponseTextType,
                    v,
                    (p, "type"),
                    "MessagesResponseText.type",
                )
            )
        else:
            v = r(v, (p, "type"), "MessagesResponseText.type", "one of 'text'")
    v0 = v
    v = d.get("text", UNSET)
    if v is UNSET:
        v = r(v, (p, "text"), "MessagesResponseText.text", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "text"), "MessagesResponseText.text", "string")
    v1 = v
    o = MessagesResponseText(v0, v1)
    if not d.keys() <= _K_MessagesResponseText:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_MessagesResponseText
        }
    return o


def b_MessagesResponseThinking(
    d: dict[str, Any], p: Any, r: Any
) -> MessagesResponseThinking:
    """``MessagesResponseThinking`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is UNSET:
        v = r(v, (p, "type"), "MessagesResponseThinking.type", "one of 'thinking'")
    else:
        if v.__class__ is str:
            m = _V_MessagesResponseThinkingType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    MessagesResponseThinkingType,
                    v,
                    (p, "type"),
                    "MessagesResponseThinking.type",
                )
            )
        else:
            v = r(v, (p, "type"), "MessagesResponseThinking.type", "one of 'thinking'")
    v0 = v
    v = d.get("thinking", UNSET)
    if v is UNSET:
        v = r(v, (p, "thinking"), "MessagesResponseThinking.thinking", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "thinking"), "MessagesResponseThinking.thinking", "string")
    v1 = v
    v = d.get("signature", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "signature"), "MessagesResponseThinking.signature", "string")
    v2 = v
    o = MessagesResponseThinking(v0, v1, v2)
    if not d.keys() <= _K_MessagesResponseThinking:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_MessagesResponseThinking
        }
    return o


def b_MessagesResponseToolUse(
    d: dict[str, Any], p: Any, r: Any
) -> MessagesResponseToolUse:
    """``MessagesResponseToolUse`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is UNSET:
        v = r(v, (p, "type"), "MessagesResponseToolUse.type", "one of 'tool_use'")
    else:
        if v.__class__ is str:
            m = _V_MessagesResponseToolUseType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    MessagesResponseToolUseType,
                    v,
                    (p, "type"),
                    "MessagesResponseToolUse.type",
                )
            )
        else:
            v = r(v, (p, "type"), "MessagesResponseToolUse.type", "one of 'tool_use'")
    v0 = v
    v = d.get("id", UNSET)
    if v is UNSET:
        v = r(v, (p, "id"), "MessagesResponseToolUse.id", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "id"), "MessagesResponseToolUse.id", "string")
    v1 = v
    v = d.get("name", UNSET)
    if v is UNSET:
        v = r(v, (p, "name"), "MessagesResponseToolUse.name", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "name"), "MessagesResponseToolUse.name", "string")
    v2 = v
    v = d.get("input", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "input"),
            "MessagesResponseToolUse.input",
            "object MessagesResponseToolUseInput",
        )
    else:
        if v.__class__ is dict:
            v = b_MessagesResponseToolUseInput(v, (p, "input"), r)
        else:
            v = r(
                v,
                (p, "input"),
                "MessagesResponseToolUse.input",
                "object MessagesResponseToolUseInput",
            )
    v3 = v
    o = MessagesResponseToolUse(v0, v1, v2, v3)
    if not d.keys() <= _K_MessagesResponseToolUse:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_MessagesResponseToolUse
        }
    return o


def b_MessagesResponseToolUseInput(
    d: dict[str, Any], p: Any, r: Any
) -> MessagesResponseToolUseInput:
    """``MessagesResponseToolUseInput`` from a JSON object, deviations handed to ``r``."""
    o = MessagesResponseToolUseInput()
    if not d.keys() <= _K_MessagesResponseToolUseInput:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_MessagesResponseToolUseInput
        }
    return o


def b_MessagesResponseUsage(d: dict[str, Any], p: Any, r: Any) -> MessagesResponseUsage:
    """``MessagesResponseUsage`` from a JSON object, deviations handed to ``r``."""
    v = d.get("input_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(v, (p, "input_tokens"), "MessagesResponseUsage.input_tokens", "integer")
    v0 = v
    v = d.get("output_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(v, (p, "output_tokens"), "MessagesResponseUsage.output_tokens", "integer")
    v1 = v
    v = d.get("cache_read_input_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(
            v,
            (p, "cache_read_input_tokens"),
            "MessagesResponseUsage.cache_read_input_tokens",
            "integer",
        )
    v2 = v
    v = d.get("cache_creation_input_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(
            v,
            (p, "cache_creation_input_tokens"),
            "MessagesResponseUsage.cache_creation_input_tokens",
            "integer",
        )
    v3 = v
    v = d.get("cache_creation", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_MessagesResponseUsageCacheCreation(v, (p, "cache_creation"), r)
        else:
            v = r(
                v,
                (p, "cache_creation"),
                "MessagesResponseUsage.cache_creation",
                "object MessagesResponseUsageCacheCreation",
            )
    v4 = v
    v = d.get("output_tokens_details", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_MessagesResponseUsageOutputTokensDetails(
                v, (p, "output_tokens_details"), r
            )
        else:
            v = r(
                v,
                (p, "output_tokens_details"),
                "MessagesResponseUsage.output_tokens_details",
                "object MessagesResponseUsageOutputTokensDetails",
            )
    v5 = v
    o = MessagesResponseUsage(v0, v1, v2, v3, v4, v5)
    if not d.keys() <= _K_MessagesResponseUsage:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_MessagesResponseUsage
        }
    return o


def b_MessagesResponseUsageCacheCreation(
    d: dict[str, Any], p: Any, r: Any
) -> MessagesResponseUsageCacheCreation:
    """``MessagesResponseUsageCacheCreation`` from a JSON object, deviations handed to ``r``."""
    v = d.get("ephemeral_5m_input_tokens", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "ephemeral_5m_input_tokens"),
            "MessagesResponseUsageCacheCreation.ephemeral_5m_input_tokens",
            "integer",
        )
    else:
        if v.__class__ is not int:
            v = r(
                v,
                (p, "ephemeral_5m_input_tokens"),
                "MessagesResponseUsageCacheCreation.ephemeral_5m_input_tokens",
                "integer",
            )
    v0 = v
    v = d.get("ephemeral_1h_input_tokens", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "ephemeral_1h_input_tokens"),
            "MessagesResponseUsageCacheCreation.ephemeral_1h_input_tokens",
            "integer",
        )
    else:
        if v.__class__ is not int:
            v = r(
                v,
                (p, "ephemeral_1h_input_tokens"),
                "MessagesResponseUsageCacheCreation.ephemeral_1h_input_tokens",
                "integer",
            )
    v1 = v
    o = MessagesResponseUsageCacheCreation(v0, v1)
    if not d.keys() <= _K_MessagesResponseUsageCacheCreation:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_MessagesResponseUsageCacheCreation
        }
    return o


def b_MessagesResponseUsageOutputTokensDetails(
    d: dict[str, Any], p: Any, r: Any
) -> MessagesResponseUsageOutputTokensDetails:
    """``MessagesResponseUsageOutputTokensDetails`` from a JSON object, deviations handed to ``r``."""
    v = d.get("thinking_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(
            v,
            (p, "thinking_tokens"),
            "MessagesResponseUsageOutputTokensDetails.thinking_tokens",
            "integer",
        )
    v0 = v
    o = MessagesResponseUsageOutputTokensDetails(v0)
    if not d.keys() <= _K_MessagesResponseUsageOutputTokensDetails:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_MessagesResponseUsageOutputTokensDetails
        }
    return o


def b_MessagesErrorResponse(d: dict[str, Any], p: Any, r: Any) -> MessagesErrorResponse:
    """``MessagesErrorResponse`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is UNSET:
        v = r(v, (p, "type"), "MessagesErrorResponse.type", "one of 'error'")
    else:
        if v.__class__ is str:
            m = _V_MessagesErrorResponseType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    MessagesErrorResponseType,
                    v,
                    (p, "type"),
                    "MessagesErrorResponse.type",
                )
            )
        else:
            v = r(v, (p, "type"), "MessagesErrorResponse.type", "one of 'error'")
    v0 = v
    v = d.get("error", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "error"),
            "MessagesErrorResponse.error",
            "object MessagesErrorResponseError",
        )
    else:
        if v.__class__ is dict:
            v = b_MessagesErrorResponseError(v, (p, "error"), r)
        else:
            v = r(
                v,
                (p, "error"),
                "MessagesErrorResponse.error",
                "object MessagesErrorResponseError",
            )
    v1 = v
    v = d.get("request_id", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "request_id"), "MessagesErrorResponse.request_id", "string")
    v2 = v
    o = MessagesErrorResponse(v0, v1, v2)
    if not d.keys() <= _K_MessagesErrorResponse:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_MessagesErrorResponse
        }
    return o


def b_MessagesErrorResponseError(
    d: dict[str, Any], p: Any, r: Any
) -> MessagesErrorResponseError:
    """``MessagesErrorResponseError`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is UNSET:
        v = r(v, (p, "type"), "MessagesErrorResponseError.type", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "type"), "MessagesErrorResponseError.type", "string")
    v0 = v
    v = d.get("message", UNSET)
    if v is UNSET:
        v = r(v, (p, "message"), "MessagesErrorResponseError.message", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "message"), "MessagesErrorResponseError.message", "string")
    v1 = v
    o = MessagesErrorResponseError(v0, v1)
    if not d.keys() <= _K_MessagesErrorResponseError:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_MessagesErrorResponseError
        }
    return o


def b_ModelList(d: dict[str, Any], p: Any, r: Any) -> ModelList:
    """``ModelList`` from a JSON object, deviations handed to ``r``."""
    v = d.get("object", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "object"), "ModelList.object", "string")
    v0 = v
    v = d.get("data", UNSET)
    if v is not UNSET:
        if v.__class__ is list:
            v = _items(v, _u6, (p, "data"), r, "ModelList.data[]")
        else:
            v = r(v, (p, "data"), "ModelList.data", "array of object ModelObject")
    v1 = v
    o = ModelList(v0, v1)
    if not d.keys() <= _K_ModelList:
        o.additional_properties = {k: x for k, x in d.items() if k not in _K_ModelList}
    return o


def b_ModelObject(d: dict[str, Any], p: Any, r: Any) -> ModelObject:
    """``ModelObject`` from a JSON object, deviations handed to ``r``."""
    v = d.get("id", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "id"), "ModelObject.id", "string")
    v0 = v
    v = d.get("object", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "object"), "ModelObject.object", "string")
    v1 = v
    v = d.get("created", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(v, (p, "created"), "ModelObject.created", "integer")
    v2 = v
    v = d.get("owned_by", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "owned_by"), "ModelObject.owned_by", "string")
    v3 = v
    v = d.get("context_length", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(v, (p, "context_length"), "ModelObject.context_length", "integer")
    v4 = v
    v = d.get("supports_image_in", UNSET)
    if v.__class__ is not bool and v is not UNSET:
        v = r(v, (p, "supports_image_in"), "ModelObject.supports_image_in", "boolean")
    v5 = v
    v = d.get("supports_video_in", UNSET)
    if v.__class__ is not bool and v is not UNSET:
        v = r(v, (p, "supports_video_in"), "ModelObject.supports_video_in", "boolean")
    v6 = v
    v = d.get("supports_reasoning", UNSET)
    if v.__class__ is not bool and v is not UNSET:
        v = r(v, (p, "supports_reasoning"), "ModelObject.supports_reasoning", "boolean")
    v7 = v
    o = ModelObject(v0, v1, v2, v3, v4, v5, v6, v7)
    if not d.keys() <= _K_ModelObject:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ModelObject
        }
    return o


def b_ResponsesResponse(d: dict[str, Any], p: Any, r: Any) -> ResponsesResponse:
    """``ResponsesResponse`` from a JSON object, deviations handed to ``r``."""
    v = d.get("id", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "id"), "ResponsesResponse.id", "string")
    v0 = v
    v = d.get("object", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ResponsesResponseObject.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesResponseObject,
                    v,
                    (p, "object"),
                    "ResponsesResponse.object",
                )
            )
        else:
            v = r(v, (p, "object"), "ResponsesResponse.object", "one of 'response'")
    v1 = v
    v = d.get("created_at", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(v, (p, "created_at"), "ResponsesResponse.created_at", "integer")
    v2 = v
    v = d.get("completed_at", UNSET)
    if v.__class__ is not int and v is not None and v is not UNSET:
        v = r(
            v, (p, "completed_at"), "ResponsesResponse.completed_at", "integer or null"
        )
    v3 = v
    v = d.get("status", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ResponsesResponseStatus.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesResponseStatus,
                    v,
                    (p, "status"),
                    "ResponsesResponse.status",
                )
            )
        else:
            v = r(
                v,
                (p, "status"),
                "ResponsesResponse.status",
                "one of 'completed', 'failed', 'incomplete', 'in_progress'",
            )
    v4 = v
    v = d.get("model", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "model"), "ResponsesResponse.model", "string")
    v5 = v
    v = d.get("output", UNSET)
    if v is not UNSET:
        if v.__class__ is list:
            v = _items(v, _u7, (p, "output"), r, "ResponsesResponse.output[]")
        else:
            v = r(
                v,
                (p, "output"),
                "ResponsesResponse.output",
                "array of object ResponsesOutputCustomToolCallItem or object ResponsesOutputFunctionCallItem or object ResponsesOutputMessageItem or object ResponsesOutputReasoningItem or object ResponsesOutputWebSearchCallItem",
            )
    v6 = v
    v = d.get("usage", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_ResponsesUsage(v, (p, "usage"), r)
        elif v is not None:
            v = r(
                v,
                (p, "usage"),
                "ResponsesResponse.usage",
                "object ResponsesUsage or null",
            )
    v7 = v
    v = d.get("incomplete_details", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_ResponsesResponseIncompleteDetailsType0(
                v, (p, "incomplete_details"), r
            )
        elif v is not None:
            v = r(
                v,
                (p, "incomplete_details"),
                "ResponsesResponse.incomplete_details",
                "object ResponsesResponseIncompleteDetailsType0 or null",
            )
    v8 = v
    v = d.get("error", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_ResponsesResponseErrorType0(v, (p, "error"), r)
        elif v is not None:
            v = r(
                v,
                (p, "error"),
                "ResponsesResponse.error",
                "object ResponsesResponseErrorType0 or null",
            )
    v9 = v
    v = d.get("instructions", UNSET)
    if v.__class__ is not str and v is not None and v is not UNSET:
        v = r(
            v, (p, "instructions"), "ResponsesResponse.instructions", "string or null"
        )
    v10 = v
    v = d.get("reasoning", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_ResponsesResponseReasoningType0(v, (p, "reasoning"), r)
        elif v is not None:
            v = r(
                v,
                (p, "reasoning"),
                "ResponsesResponse.reasoning",
                "object ResponsesResponseReasoningType0 or null",
            )
    v11 = v
    v = d.get("text", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_ResponsesResponseTextType0(v, (p, "text"), r)
        elif v is not None:
            v = r(
                v,
                (p, "text"),
                "ResponsesResponse.text",
                "object ResponsesResponseTextType0 or null",
            )
    v12 = v
    v = d.get("tools", UNSET)
    if v is not UNSET:
        if v.__class__ is list:
            v = _items(v, _u8, (p, "tools"), r, "ResponsesResponse.tools[]")
        elif v is not None:
            v = r(
                v,
                (p, "tools"),
                "ResponsesResponse.tools",
                "array of object CustomTool or object FunctionTool or object NamespaceTool or object WebSearchTool or null",
            )
    v13 = v
    v = d.get("tool_choice", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ResponsesToolChoice.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesToolChoice,
                    v,
                    (p, "tool_choice"),
                    "ResponsesResponse.tool_choice",
                )
            )
        elif v is not None:
            v = r(
                v,
                (p, "tool_choice"),
                "ResponsesResponse.tool_choice",
                "one of 'auto' or null",
            )
    v14 = v
    v = d.get("max_output_tokens", UNSET)
    if v.__class__ is not int and v is not None and v is not UNSET:
        v = r(
            v,
            (p, "max_output_tokens"),
            "ResponsesResponse.max_output_tokens",
            "integer or null",
        )
    v15 = v
    v = d.get("temperature", UNSET)
    if (
        v.__class__ is not float
        and v.__class__ is not int
        and v is not None
        and v is not UNSET
    ):
        v = r(v, (p, "temperature"), "ResponsesResponse.temperature", "number or null")
    v16 = v
    v = d.get("top_p", UNSET)
    if (
        v.__class__ is not float
        and v.__class__ is not int
        and v is not None
        and v is not UNSET
    ):
        v = r(v, (p, "top_p"), "ResponsesResponse.top_p", "number or null")
    v17 = v
    v = d.get("metadata", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_ResponsesResponseMetadataType0(v, (p, "metadata"), r)
        elif v is not None:
            v = r(
                v,
                (p, "metadata"),
                "ResponsesResponse.metadata",
                "object ResponsesResponseMetadataType0 or null",
            )
    v18 = v
    v = d.get("parallel_tool_calls", UNSET)
    if v.__class__ is not bool and v is not UNSET:
        v = r(
            v,
            (p, "parallel_tool_calls"),
            "ResponsesResponse.parallel_tool_calls",
            "boolean",
        )
    v19 = v
    v = d.get("service_tier", UNSET)
    if v.__class__ is not str and v is not None and v is not UNSET:
        v = r(
            v, (p, "service_tier"), "ResponsesResponse.service_tier", "string or null"
        )
    v20 = v
    v = d.get("store", UNSET)
    if v.__class__ is not bool and v is not UNSET:
        v = r(v, (p, "store"), "ResponsesResponse.store", "boolean")
    v21 = v
    v = d.get("background", UNSET)
    if v.__class__ is not bool and v is not None and v is not UNSET:
        v = r(v, (p, "background"), "ResponsesResponse.background", "boolean or null")
    v22 = v
    v = d.get("previous_response_id", UNSET)
    if v.__class__ is not str and v is not None and v is not UNSET:
        v = r(
            v,
            (p, "previous_response_id"),
            "ResponsesResponse.previous_response_id",
            "string or null",
        )
    v23 = v
    v = d.get("conversation", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_ResponsesResponseConversationType0(v, (p, "conversation"), r)
        elif v is not None:
            v = r(
                v,
                (p, "conversation"),
                "ResponsesResponse.conversation",
                "object ResponsesResponseConversationType0 or null",
            )
    v24 = v
    v = d.get("prompt_cache_options", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_ResponsesResponsePromptCacheOptions(v, (p, "prompt_cache_options"), r)
        else:
            v = r(
                v,
                (p, "prompt_cache_options"),
                "ResponsesResponse.prompt_cache_options",
                "object ResponsesResponsePromptCacheOptions",
            )
    v25 = v
    o = ResponsesResponse(
        v0,
        v1,
        v2,
        v3,
        v4,
        v5,
        v6,
        v7,
        v8,
        v9,
        v10,
        v11,
        v12,
        v13,
        v14,
        v15,
        v16,
        v17,
        v18,
        v19,
        v20,
        v21,
        v22,
        v23,
        v24,
        v25,
    )
    if not d.keys() <= _K_ResponsesResponse:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ResponsesResponse
        }
    return o


def b_ResponsesOutputCustomToolCallItem(
    d: dict[str, Any], p: Any, r: Any
) -> ResponsesOutputCustomToolCallItem:
    """``ResponsesOutputCustomToolCallItem`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ResponsesOutputCustomToolCallItemType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesOutputCustomToolCallItemType,
                    v,
                    (p, "type"),
                    "ResponsesOutputCustomToolCallItem.type",
                )
            )
        else:
            v = r(
                v,
                (p, "type"),
                "ResponsesOutputCustomToolCallItem.type",
                "one of 'custom_tool_call'",
            )
    v0 = v
    v = d.get("id", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "id"), "ResponsesOutputCustomToolCallItem.id", "string")
    v1 = v
    v = d.get("call_id", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "call_id"), "ResponsesOutputCustomToolCallItem.call_id", "string")
    v2 = v
    v = d.get("name", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "name"), "ResponsesOutputCustomToolCallItem.name", "string")
    v3 = v
    v = d.get("namespace", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(
            v, (p, "namespace"), "ResponsesOutputCustomToolCallItem.namespace", "string"
        )
    v4 = v
    v = d.get("input", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "input"), "ResponsesOutputCustomToolCallItem.input", "string")
    v5 = v
    v = d.get("status", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ResponsesOutputCustomToolCallItemStatus.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesOutputCustomToolCallItemStatus,
                    v,
                    (p, "status"),
                    "ResponsesOutputCustomToolCallItem.status",
                )
            )
        else:
            v = r(
                v,
                (p, "status"),
                "ResponsesOutputCustomToolCallItem.status",
                "one of 'completed', 'in_progress'",
            )
    v6 = v
    o = ResponsesOutputCustomToolCallItem(v0, v1, v2, v3, v4, v5, v6)
    if not d.keys() <= _K_ResponsesOutputCustomToolCallItem:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ResponsesOutputCustomToolCallItem
        }
    return o


def b_ResponsesOutputFunctionCallItem(
    d: dict[str, Any], p: Any, r: Any
) -> ResponsesOutputFunctionCallItem:
    """``ResponsesOutputFunctionCallItem`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ResponsesOutputFunctionCallItemType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesOutputFunctionCallItemType,
                    v,
                    (p, "type"),
                    "ResponsesOutputFunctionCallItem.type",
                )
            )
        else:
            v = r(
                v,
                (p, "type"),
                "ResponsesOutputFunctionCallItem.type",
                "one of 'function_call'",
            )
    v0 = v
    v = d.get("id", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "id"), "ResponsesOutputFunctionCallItem.id", "string")
    v1 = v
    v = d.get("call_id", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "call_id"), "ResponsesOutputFunctionCallItem.call_id", "string")
    v2 = v
    v = d.get("name", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "name"), "ResponsesOutputFunctionCallItem.name", "string")
    v3 = v
    v = d.get("namespace", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(
            v, (p, "namespace"), "ResponsesOutputFunctionCallItem.namespace", "string"
        )
    v4 = v
    v = d.get("arguments", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(
            v, (p, "arguments"), "ResponsesOutputFunctionCallItem.arguments", "string"
        )
    v5 = v
    v = d.get("status", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ResponsesOutputFunctionCallItemStatus.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesOutputFunctionCallItemStatus,
                    v,
                    (p, "status"),
                    "ResponsesOutputFunctionCallItem.status",
                )
            )
        else:
            v = r(
                v,
                (p, "status"),
                "ResponsesOutputFunctionCallItem.status",
                "one of 'completed', 'in_progress'",
            )
    v6 = v
    o = ResponsesOutputFunctionCallItem(v0, v1, v2, v3, v4, v5, v6)
    if not d.keys() <= _K_ResponsesOutputFunctionCallItem:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ResponsesOutputFunctionCallItem
        }
    return o


def b_ResponsesOutputMessageItem(
    d: dict[str, Any], p: Any, r: Any
) -> ResponsesOutputMessageItem:
    """``ResponsesOutputMessageItem`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ResponsesOutputMessageItemType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesOutputMessageItemType,
                    v,
                    (p, "type"),
                    "ResponsesOutputMessageItem.type",
                )
            )
        else:
            v = r(v, (p, "type"), "ResponsesOutputMessageItem.type", "one of 'message'")
    v0 = v
    v = d.get("id", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "id"), "ResponsesOutputMessageItem.id", "string")
    v1 = v
    v = d.get("role", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ResponsesOutputMessageItemRole.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesOutputMessageItemRole,
                    v,
                    (p, "role"),
                    "ResponsesOutputMessageItem.role",
                )
            )
        else:
            v = r(
                v, (p, "role"), "ResponsesOutputMessageItem.role", "one of 'assistant'"
            )
    v2 = v
    v = d.get("content", UNSET)
    if v is not UNSET:
        if v.__class__ is list:
            v = _items(
                v, _u9, (p, "content"), r, "ResponsesOutputMessageItem.content[]"
            )
        else:
            v = r(
                v,
                (p, "content"),
                "ResponsesOutputMessageItem.content",
                "array of object ResponsesOutputMessageItemContentItem",
            )
    v3 = v
    v = d.get("status", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ResponsesOutputMessageItemStatus.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesOutputMessageItemStatus,
                    v,
                    (p, "status"),
                    "ResponsesOutputMessageItem.status",
                )
            )
        else:
            v = r(
                v,
                (p, "status"),
                "ResponsesOutputMessageItem.status",
                "one of 'completed', 'in_progress'",
            )
    v4 = v
    o = ResponsesOutputMessageItem(v0, v1, v2, v3, v4)
    if not d.keys() <= _K_ResponsesOutputMessageItem:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ResponsesOutputMessageItem
        }
    return o


def b_ResponsesOutputMessageItemContentItem(
    d: dict[str, Any], p: Any, r: Any
) -> ResponsesOutputMessageItemContentItem:
    """``ResponsesOutputMessageItemContentItem`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ResponsesOutputMessageItemContentItemType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesOutputMessageItemContentItemType,
                    v,
                    (p, "type"),
                    "ResponsesOutputMessageItemContentItem.type",
                )
            )
        else:
            v = r(
                v,
                (p, "type"),
                "ResponsesOutputMessageItemContentItem.type",
                "one of 'output_text'",
            )
    v0 = v
    v = d.get("text", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "text"), "ResponsesOutputMessageItemContentItem.text", "string")
    v1 = v
    v = d.get("annotations", UNSET)
    if v is not UNSET:
        if v.__class__ is list:
            v = _items(
                v,
                _u10,
                (p, "annotations"),
                r,
                "ResponsesOutputMessageItemContentItem.annotations[]",
            )
        else:
            v = r(
                v,
                (p, "annotations"),
                "ResponsesOutputMessageItemContentItem.annotations",
                "array of any value or null",
            )
    v2 = v
    o = ResponsesOutputMessageItemContentItem(v0, v1, v2)
    if not d.keys() <= _K_ResponsesOutputMessageItemContentItem:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_ResponsesOutputMessageItemContentItem
        }
    return o


def b_ResponsesOutputReasoningItem(
    d: dict[str, Any], p: Any, r: Any
) -> ResponsesOutputReasoningItem:
    """``ResponsesOutputReasoningItem`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ResponsesOutputReasoningItemType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesOutputReasoningItemType,
                    v,
                    (p, "type"),
                    "ResponsesOutputReasoningItem.type",
                )
            )
        else:
            v = r(
                v,
                (p, "type"),
                "ResponsesOutputReasoningItem.type",
                "one of 'reasoning'",
            )
    v0 = v
    v = d.get("id", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "id"), "ResponsesOutputReasoningItem.id", "string")
    v1 = v
    v = d.get("summary", UNSET)
    if v is not UNSET:
        if v.__class__ is list:
            v = _items(
                v, _u11, (p, "summary"), r, "ResponsesOutputReasoningItem.summary[]"
            )
        else:
            v = r(
                v,
                (p, "summary"),
                "ResponsesOutputReasoningItem.summary",
                "array of object ResponsesOutputReasoningItemSummaryItem",
            )
    v2 = v
    v = d.get("encrypted_content", UNSET)
    if v.__class__ is not str and v is not None and v is not UNSET:
        v = r(
            v,
            (p, "encrypted_content"),
            "ResponsesOutputReasoningItem.encrypted_content",
            "string or null",
        )
    v3 = v
    v = d.get("status", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ResponsesOutputReasoningItemStatus.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesOutputReasoningItemStatus,
                    v,
                    (p, "status"),
                    "ResponsesOutputReasoningItem.status",
                )
            )
        else:
            v = r(
                v,
                (p, "status"),
                "ResponsesOutputReasoningItem.status",
                "one of 'completed', 'in_progress'",
            )
    v4 = v
    o = ResponsesOutputReasoningItem(v0, v1, v2, v3, v4)
    if not d.keys() <= _K_ResponsesOutputReasoningItem:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ResponsesOutputReasoningItem
        }
    return o


def b_ResponsesOutputReasoningItemSummaryItem(
    d: dict[str, Any], p: Any, r: Any
) -> ResponsesOutputReasoningItemSummaryItem:
    """``ResponsesOutputReasoningItemSummaryItem`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ResponsesOutputReasoningItemSummaryItemType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesOutputReasoningItemSummaryItemType,
                    v,
                    (p, "type"),
                    "ResponsesOutputReasoningItemSummaryItem.type",
                )
            )
        else:
            v = r(
                v,
                (p, "type"),
                "ResponsesOutputReasoningItemSummaryItem.type",
                "one of 'summary_text'",
            )
    v0 = v
    v = d.get("text", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "text"), "ResponsesOutputReasoningItemSummaryItem.text", "string")
    v1 = v
    o = ResponsesOutputReasoningItemSummaryItem(v0, v1)
    if not d.keys() <= _K_ResponsesOutputReasoningItemSummaryItem:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_ResponsesOutputReasoningItemSummaryItem
        }
    return o


def b_ResponsesOutputWebSearchCallItem(
    d: dict[str, Any], p: Any, r: Any
) -> ResponsesOutputWebSearchCallItem:
    """``ResponsesOutputWebSearchCallItem`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ResponsesOutputWebSearchCallItemType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesOutputWebSearchCallItemType,
                    v,
                    (p, "type"),
                    "ResponsesOutputWebSearchCallItem.type",
                )
            )
        else:
            v = r(
                v,
                (p, "type"),
                "ResponsesOutputWebSearchCallItem.type",
                "one of 'web_search_call'",
            )
    v0 = v
    v = d.get("id", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "id"), "ResponsesOutputWebSearchCallItem.id", "string")
    v1 = v
    v = d.get("status", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ResponsesOutputWebSearchCallItemStatus.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesOutputWebSearchCallItemStatus,
                    v,
                    (p, "status"),
                    "ResponsesOutputWebSearchCallItem.status",
                )
            )
        else:
            v = r(
                v,
                (p, "status"),
                "ResponsesOutputWebSearchCallItem.status",
                "one of 'completed', 'in_progress'",
            )
    v2 = v
    v = d.get("action", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_ResponsesOutputWebSearchCallItemAction(v, (p, "action"), r)
        else:
            v = r(
                v,
                (p, "action"),
                "ResponsesOutputWebSearchCallItem.action",
                "object ResponsesOutputWebSearchCallItemAction",
            )
    v3 = v
    v = d.get("results", UNSET)
    if v is not UNSET:
        if v.__class__ is list:
            v = _items(
                v, _u12, (p, "results"), r, "ResponsesOutputWebSearchCallItem.results[]"
            )
        else:
            v = r(
                v,
                (p, "results"),
                "ResponsesOutputWebSearchCallItem.results",
                "array of object ResponsesOutputWebSearchCallItemResultsItem",
            )
    v4 = v
    o = ResponsesOutputWebSearchCallItem(v0, v1, v2, v3, v4)
    if not d.keys() <= _K_ResponsesOutputWebSearchCallItem:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ResponsesOutputWebSearchCallItem
        }
    return o


def b_ResponsesOutputWebSearchCallItemAction(
    d: dict[str, Any], p: Any, r: Any
) -> ResponsesOutputWebSearchCallItemAction:
    """``ResponsesOutputWebSearchCallItemAction`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ResponsesOutputWebSearchCallItemActionType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesOutputWebSearchCallItemActionType,
                    v,
                    (p, "type"),
                    "ResponsesOutputWebSearchCallItemAction.type",
                )
            )
        else:
            v = r(
                v,
                (p, "type"),
                "ResponsesOutputWebSearchCallItemAction.type",
                "one of 'search'",
            )
    v0 = v
    v = d.get("query", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "query"), "ResponsesOutputWebSearchCallItemAction.query", "string")
    v1 = v
    v = d.get("sources", UNSET)
    if v is not UNSET:
        if v.__class__ is list:
            v = _items(
                v,
                _u13,
                (p, "sources"),
                r,
                "ResponsesOutputWebSearchCallItemAction.sources[]",
            )
        else:
            v = r(
                v,
                (p, "sources"),
                "ResponsesOutputWebSearchCallItemAction.sources",
                "array of object ResponsesOutputWebSearchCallItemActionSourcesItem",
            )
    v2 = v
    o = ResponsesOutputWebSearchCallItemAction(v0, v1, v2)
    if not d.keys() <= _K_ResponsesOutputWebSearchCallItemAction:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_ResponsesOutputWebSearchCallItemAction
        }
    return o


def b_ResponsesOutputWebSearchCallItemActionSourcesItem(
    d: dict[str, Any], p: Any, r: Any
) -> ResponsesOutputWebSearchCallItemActionSourcesItem:
    """``ResponsesOutputWebSearchCallItemActionSourcesItem`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ResponsesOutputWebSearchCallItemActionSourcesItemType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesOutputWebSearchCallItemActionSourcesItemType,
                    v,
                    (p, "type"),
                    "ResponsesOutputWebSearchCallItemActionSourcesItem.type",
                )
            )
        else:
            v = r(
                v,
                (p, "type"),
                "ResponsesOutputWebSearchCallItemActionSourcesItem.type",
                "one of 'url'",
            )
    v0 = v
    v = d.get("url", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(
            v,
            (p, "url"),
            "ResponsesOutputWebSearchCallItemActionSourcesItem.url",
            "string",
        )
    v1 = v
    v = d.get("title", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(
            v,
            (p, "title"),
            "ResponsesOutputWebSearchCallItemActionSourcesItem.title",
            "string",
        )
    v2 = v
    o = ResponsesOutputWebSearchCallItemActionSourcesItem(v0, v1, v2)
    if not d.keys() <= _K_ResponsesOutputWebSearchCallItemActionSourcesItem:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_ResponsesOutputWebSearchCallItemActionSourcesItem
        }
    return o


def b_ResponsesOutputWebSearchCallItemResultsItem(
    d: dict[str, Any], p: Any, r: Any
) -> ResponsesOutputWebSearchCallItemResultsItem:
    """``ResponsesOutputWebSearchCallItemResultsItem`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ResponsesOutputWebSearchCallItemResultsItemType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesOutputWebSearchCallItemResultsItemType,
                    v,
                    (p, "type"),
                    "ResponsesOutputWebSearchCallItemResultsItem.type",
                )
            )
        else:
            v = r(
                v,
                (p, "type"),
                "ResponsesOutputWebSearchCallItemResultsItem.type",
                "one of 'image_result'",
            )
    v0 = v
    v = d.get("image_url", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(
            v,
            (p, "image_url"),
            "ResponsesOutputWebSearchCallItemResultsItem.image_url",
            "string",
        )
    v1 = v
    v = d.get("thumbnail_url", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(
            v,
            (p, "thumbnail_url"),
            "ResponsesOutputWebSearchCallItemResultsItem.thumbnail_url",
            "string",
        )
    v2 = v
    v = d.get("source_website_url", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(
            v,
            (p, "source_website_url"),
            "ResponsesOutputWebSearchCallItemResultsItem.source_website_url",
            "string",
        )
    v3 = v
    v = d.get("caption", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(
            v,
            (p, "caption"),
            "ResponsesOutputWebSearchCallItemResultsItem.caption",
            "string",
        )
    v4 = v
    o = ResponsesOutputWebSearchCallItemResultsItem(v0, v1, v2, v3, v4)
    if not d.keys() <= _K_ResponsesOutputWebSearchCallItemResultsItem:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_ResponsesOutputWebSearchCallItemResultsItem
        }
    return o


def b_ResponsesUsage(d: dict[str, Any], p: Any, r: Any) -> ResponsesUsage:
    """``ResponsesUsage`` from a JSON object, deviations handed to ``r``."""
    v = d.get("input_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(v, (p, "input_tokens"), "ResponsesUsage.input_tokens", "integer")
    v0 = v
    v = d.get("input_tokens_details", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_ResponsesUsageInputTokensDetails(v, (p, "input_tokens_details"), r)
        else:
            v = r(
                v,
                (p, "input_tokens_details"),
                "ResponsesUsage.input_tokens_details",
                "object ResponsesUsageInputTokensDetails",
            )
    v1 = v
    v = d.get("output_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(v, (p, "output_tokens"), "ResponsesUsage.output_tokens", "integer")
    v2 = v
    v = d.get("output_tokens_details", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_ResponsesUsageOutputTokensDetails(v, (p, "output_tokens_details"), r)
        else:
            v = r(
                v,
                (p, "output_tokens_details"),
                "ResponsesUsage.output_tokens_details",
                "object ResponsesUsageOutputTokensDetails",
            )
    v3 = v
    v = d.get("total_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(v, (p, "total_tokens"), "ResponsesUsage.total_tokens", "integer")
    v4 = v
    o = ResponsesUsage(v0, v1, v2, v3, v4)
    if not d.keys() <= _K_ResponsesUsage:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ResponsesUsage
        }
    return o


def b_ResponsesUsageInputTokensDetails(
    d: dict[str, Any], p: Any, r: Any
) -> ResponsesUsageInputTokensDetails:
    """``ResponsesUsageInputTokensDetails`` from a JSON object, deviations handed to ``r``."""
    v = d.get("cached_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(
            v,
            (p, "cached_tokens"),
            "ResponsesUsageInputTokensDetails.cached_tokens",
            "integer",
        )
    v0 = v
    v = d.get("cache_write_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(
            v,
            (p, "cache_write_tokens"),
            "ResponsesUsageInputTokensDetails.cache_write_tokens",
            "integer",
        )
    v1 = v
    o = ResponsesUsageInputTokensDetails(v0, v1)
    if not d.keys() <= _K_ResponsesUsageInputTokensDetails:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ResponsesUsageInputTokensDetails
        }
    return o


def b_ResponsesUsageOutputTokensDetails(
    d: dict[str, Any], p: Any, r: Any
) -> ResponsesUsageOutputTokensDetails:
    """``ResponsesUsageOutputTokensDetails`` from a JSON object, deviations handed to ``r``."""
    v = d.get("reasoning_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(
            v,
            (p, "reasoning_tokens"),
            "ResponsesUsageOutputTokensDetails.reasoning_tokens",
            "integer",
        )
    v0 = v
    o = ResponsesUsageOutputTokensDetails(v0)
    if not d.keys() <= _K_ResponsesUsageOutputTokensDetails:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ResponsesUsageOutputTokensDetails
        }
    return o


def b_ResponsesResponseIncompleteDetailsType0(
    d: dict[str, Any], p: Any, r: Any
) -> ResponsesResponseIncompleteDetailsType0:
    """``ResponsesResponseIncompleteDetailsType0`` from a JSON object, deviations handed to ``r``."""
    v = d.get("reason", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ResponsesResponseIncompleteDetailsType0Reason.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesResponseIncompleteDetailsType0Reason,
                    v,
                    (p, "reason"),
                    "ResponsesResponseIncompleteDetailsType0.reason",
                )
            )
        else:
            v = r(
                v,
                (p, "reason"),
                "ResponsesResponseIncompleteDetailsType0.reason",
                "one of 'content_filter', 'max_output_tokens'",
            )
    v0 = v
    o = ResponsesResponseIncompleteDetailsType0(v0)
    if not d.keys() <= _K_ResponsesResponseIncompleteDetailsType0:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_ResponsesResponseIncompleteDetailsType0
        }
    return o


def b_ResponsesResponseErrorType0(
    d: dict[str, Any], p: Any, r: Any
) -> ResponsesResponseErrorType0:
    """``ResponsesResponseErrorType0`` from a JSON object, deviations handed to ``r``."""
    v = d.get("code", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "code"), "ResponsesResponseErrorType0.code", "string")
    v0 = v
    v = d.get("message", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "message"), "ResponsesResponseErrorType0.message", "string")
    v1 = v
    o = ResponsesResponseErrorType0(v0, v1)
    if not d.keys() <= _K_ResponsesResponseErrorType0:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ResponsesResponseErrorType0
        }
    return o


def b_ResponsesResponseReasoningType0(
    d: dict[str, Any], p: Any, r: Any
) -> ResponsesResponseReasoningType0:
    """``ResponsesResponseReasoningType0`` from a JSON object, deviations handed to ``r``."""
    o = ResponsesResponseReasoningType0()
    if not d.keys() <= _K_ResponsesResponseReasoningType0:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ResponsesResponseReasoningType0
        }
    return o


def b_ResponsesResponseTextType0(
    d: dict[str, Any], p: Any, r: Any
) -> ResponsesResponseTextType0:
    """``ResponsesResponseTextType0`` from a JSON object, deviations handed to ``r``."""
    o = ResponsesResponseTextType0()
    if not d.keys() <= _K_ResponsesResponseTextType0:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ResponsesResponseTextType0
        }
    return o


def b_CustomTool(d: dict[str, Any], p: Any, r: Any) -> CustomTool:
    """``CustomTool`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is UNSET:
        v = r(v, (p, "type"), "CustomTool.type", "one of 'custom'")
    else:
        if v.__class__ is str:
            m = _V_CustomToolType.get(v)
            v = (
                m
                if m is not None
                else _enum(r, CustomToolType, v, (p, "type"), "CustomTool.type")
            )
        else:
            v = r(v, (p, "type"), "CustomTool.type", "one of 'custom'")
    v0 = v
    v = d.get("name", UNSET)
    if v is UNSET:
        v = r(v, (p, "name"), "CustomTool.name", "one of 'apply_patch'")
    else:
        if v.__class__ is str:
            m = _V_CustomToolName.get(v)
            v = (
                m
                if m is not None
                else _enum(r, CustomToolName, v, (p, "name"), "CustomTool.name")
            )
        else:
            v = r(v, (p, "name"), "CustomTool.name", "one of 'apply_patch'")
    v1 = v
    v = d.get("format", UNSET)
    if v is UNSET:
        v = r(v, (p, "format"), "CustomTool.format", "object CustomToolFormat")
    else:
        if v.__class__ is dict:
            v = b_CustomToolFormat(v, (p, "format"), r)
        else:
            v = r(v, (p, "format"), "CustomTool.format", "object CustomToolFormat")
    v2 = v
    v = d.get("description", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "description"), "CustomTool.description", "string")
    v3 = v
    o = CustomTool(v0, v1, v2, v3)
    if not d.keys() <= _K_CustomTool:
        o.additional_properties = {k: x for k, x in d.items() if k not in _K_CustomTool}
    return o


def b_CustomToolFormat(d: dict[str, Any], p: Any, r: Any) -> CustomToolFormat:
    """``CustomToolFormat`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is UNSET:
        v = r(v, (p, "type"), "CustomToolFormat.type", "one of 'grammar'")
    else:
        if v.__class__ is str:
            m = _V_CustomToolFormatType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r, CustomToolFormatType, v, (p, "type"), "CustomToolFormat.type"
                )
            )
        else:
            v = r(v, (p, "type"), "CustomToolFormat.type", "one of 'grammar'")
    v0 = v
    v = d.get("syntax", UNSET)
    if v is UNSET:
        v = r(v, (p, "syntax"), "CustomToolFormat.syntax", "one of 'lark'")
    else:
        if v.__class__ is str:
            m = _V_CustomToolFormatSyntax.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    CustomToolFormatSyntax,
                    v,
                    (p, "syntax"),
                    "CustomToolFormat.syntax",
                )
            )
        else:
            v = r(v, (p, "syntax"), "CustomToolFormat.syntax", "one of 'lark'")
    v1 = v
    v = d.get("definition", UNSET)
    if v is UNSET:
        v = r(v, (p, "definition"), "CustomToolFormat.definition", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "definition"), "CustomToolFormat.definition", "string")
    v2 = v
    o = CustomToolFormat(v0, v1, v2)
    if not d.keys() <= _K_CustomToolFormat:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_CustomToolFormat
        }
    return o


def b_FunctionTool(d: dict[str, Any], p: Any, r: Any) -> FunctionTool:
    """``FunctionTool`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is UNSET:
        v = r(v, (p, "type"), "FunctionTool.type", "one of 'function'")
    else:
        if v.__class__ is str:
            m = _V_FunctionToolType.get(v)
            v = (
                m
                if m is not None
                else _enum(r, FunctionToolType, v, (p, "type"), "FunctionTool.type")
            )
        else:
            v = r(v, (p, "type"), "FunctionTool.type", "one of 'function'")
    v0 = v
    v = d.get("name", UNSET)
    if v is UNSET:
        v = r(v, (p, "name"), "FunctionTool.name", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "name"), "FunctionTool.name", "string")
    v1 = v
    v = d.get("description", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "description"), "FunctionTool.description", "string")
    v2 = v
    v = d.get("parameters", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_FunctionToolParameters(v, (p, "parameters"), r)
        else:
            v = r(
                v,
                (p, "parameters"),
                "FunctionTool.parameters",
                "object FunctionToolParameters",
            )
    v3 = v
    v = d.get("strict", UNSET)
    if v.__class__ is not bool and v is not UNSET:
        v = r(v, (p, "strict"), "FunctionTool.strict", "boolean")
    v4 = v
    o = FunctionTool(v0, v1, v2, v3, v4)
    if not d.keys() <= _K_FunctionTool:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_FunctionTool
        }
    return o


def b_FunctionToolParameters(
    d: dict[str, Any], p: Any, r: Any
) -> FunctionToolParameters:
    """``FunctionToolParameters`` from a JSON object, deviations handed to ``r``."""
    o = FunctionToolParameters()
    if not d.keys() <= _K_FunctionToolParameters:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_FunctionToolParameters
        }
    return o


def b_NamespaceTool(d: dict[str, Any], p: Any, r: Any) -> NamespaceTool:
    """``NamespaceTool`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is UNSET:
        v = r(v, (p, "type"), "NamespaceTool.type", "one of 'namespace'")
    else:
        if v.__class__ is str:
            m = _V_NamespaceToolType.get(v)
            v = (
                m
                if m is not None
                else _enum(r, NamespaceToolType, v, (p, "type"), "NamespaceTool.type")
            )
        else:
            v = r(v, (p, "type"), "NamespaceTool.type", "one of 'namespace'")
    v0 = v
    v = d.get("name", UNSET)
    if v is UNSET:
        v = r(v, (p, "name"), "NamespaceTool.name", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "name"), "NamespaceTool.name", "string")
    v1 = v
    v = d.get("description", UNSET)
    if v is UNSET:
        v = r(v, (p, "description"), "NamespaceTool.description", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "description"), "NamespaceTool.description", "string")
    v2 = v
    v = d.get("tools", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "tools"),
            "NamespaceTool.tools",
            "array of object CustomTool or object FunctionTool",
        )
    else:
        if v.__class__ is list:
            v = _items(v, _u14, (p, "tools"), r, "NamespaceTool.tools[]")
        else:
            v = r(
                v,
                (p, "tools"),
                "NamespaceTool.tools",
                "array of object CustomTool or object FunctionTool",
            )
    v3 = v
    o = NamespaceTool(v0, v1, v2, v3)
    if not d.keys() <= _K_NamespaceTool:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_NamespaceTool
        }
    return o


def b_WebSearchTool(d: dict[str, Any], p: Any, r: Any) -> WebSearchTool:
    """``WebSearchTool`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is UNSET:
        v = r(v, (p, "type"), "WebSearchTool.type", "one of 'web_search'")
    else:
        if v.__class__ is str:
            m = _V_WebSearchToolType.get(v)
            v = (
                m
                if m is not None
                else _enum(r, WebSearchToolType, v, (p, "type"), "WebSearchTool.type")
            )
        else:
            v = r(v, (p, "type"), "WebSearchTool.type", "one of 'web_search'")
    v0 = v
    v = d.get("filters", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_WebSearchToolFilters(v, (p, "filters"), r)
        else:
            v = r(
                v,
                (p, "filters"),
                "WebSearchTool.filters",
                "object WebSearchToolFilters",
            )
    v1 = v
    v = d.get("search_content_types", UNSET)
    if v is not UNSET:
        if v.__class__ is list:
            v = _items(
                v,
                _u15,
                (p, "search_content_types"),
                r,
                "WebSearchTool.search_content_types[]",
            )
        else:
            v = r(
                v,
                (p, "search_content_types"),
                "WebSearchTool.search_content_types",
                "array of one of 'image', 'text'",
            )
    v2 = v
    v = d.get("image_settings", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_WebSearchToolImageSettings(v, (p, "image_settings"), r)
        else:
            v = r(
                v,
                (p, "image_settings"),
                "WebSearchTool.image_settings",
                "object WebSearchToolImageSettings",
            )
    v3 = v
    o = WebSearchTool(v0, v1, v2, v3)
    if not d.keys() <= _K_WebSearchTool:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_WebSearchTool
        }
    return o


def b_WebSearchToolFilters(d: dict[str, Any], p: Any, r: Any) -> WebSearchToolFilters:
    """``WebSearchToolFilters`` from a JSON object, deviations handed to ``r``."""
    v = d.get("allowed_domains", UNSET)
    if v is not UNSET:
        if v.__class__ is list:
            v = _items(
                v,
                _u16,
                (p, "allowed_domains"),
                r,
                "WebSearchToolFilters.allowed_domains[]",
            )
        else:
            v = r(
                v,
                (p, "allowed_domains"),
                "WebSearchToolFilters.allowed_domains",
                "array of string",
            )
    v0 = v
    o = WebSearchToolFilters(v0)
    if not d.keys() <= _K_WebSearchToolFilters:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_WebSearchToolFilters
        }
    return o


def b_WebSearchToolImageSettings(
    d: dict[str, Any], p: Any, r: Any
) -> WebSearchToolImageSettings:
    """``WebSearchToolImageSettings`` from a JSON object, deviations handed to ``r``."""
    v = d.get("max_results", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(
            v, (p, "max_results"), "WebSearchToolImageSettings.max_results", "integer"
        )
    v0 = v
    v = d.get("caption", UNSET)
    if v.__class__ is not bool and v is not UNSET:
        v = r(v, (p, "caption"), "WebSearchToolImageSettings.caption", "boolean")
    v1 = v
    o = WebSearchToolImageSettings(v0, v1)
    if not d.keys() <= _K_WebSearchToolImageSettings:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_WebSearchToolImageSettings
        }
    return o


def b_ResponsesResponseMetadataType0(
    d: dict[str, Any], p: Any, r: Any
) -> ResponsesResponseMetadataType0:
    """``ResponsesResponseMetadataType0`` from a JSON object, deviations handed to ``r``."""
    o = ResponsesResponseMetadataType0()
    if not d.keys() <= _K_ResponsesResponseMetadataType0:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ResponsesResponseMetadataType0
        }
    return o


def b_ResponsesResponseConversationType0(
    d: dict[str, Any], p: Any, r: Any
) -> ResponsesResponseConversationType0:
    """``ResponsesResponseConversationType0`` from a JSON object, deviations handed to ``r``."""
    o = ResponsesResponseConversationType0()
    if not d.keys() <= _K_ResponsesResponseConversationType0:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ResponsesResponseConversationType0
        }
    return o


def b_ResponsesResponsePromptCacheOptions(
    d: dict[str, Any], p: Any, r: Any
) -> ResponsesResponsePromptCacheOptions:
    """``ResponsesResponsePromptCacheOptions`` from a JSON object, deviations handed to ``r``."""
    v = d.get("mode", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ResponsesResponsePromptCacheOptionsMode.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesResponsePromptCacheOptionsMode,
                    v,
                    (p, "mode"),
                    "ResponsesResponsePromptCacheOptions.mode",
                )
            )
        else:
            v = r(
                v,
                (p, "mode"),
                "ResponsesResponsePromptCacheOptions.mode",
                "one of 'implicit'",
            )
    v0 = v
    v = d.get("ttl", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ResponsesResponsePromptCacheOptionsTtl.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesResponsePromptCacheOptionsTtl,
                    v,
                    (p, "ttl"),
                    "ResponsesResponsePromptCacheOptions.ttl",
                )
            )
        else:
            v = r(
                v,
                (p, "ttl"),
                "ResponsesResponsePromptCacheOptions.ttl",
                "one of '5m', '1h'",
            )
    v1 = v
    o = ResponsesResponsePromptCacheOptions(v0, v1)
    if not d.keys() <= _K_ResponsesResponsePromptCacheOptions:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_ResponsesResponsePromptCacheOptions
        }
    return o


def b_ToolsFetchResponse(d: dict[str, Any], p: Any, r: Any) -> ToolsFetchResponse:
    """``ToolsFetchResponse`` from a JSON object, deviations handed to ``r``."""
    v = d.get("url", UNSET)
    if v is UNSET:
        v = r(v, (p, "url"), "ToolsFetchResponse.url", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "url"), "ToolsFetchResponse.url", "string")
    v0 = v
    v = d.get("markdown", UNSET)
    if v is UNSET:
        v = r(v, (p, "markdown"), "ToolsFetchResponse.markdown", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "markdown"), "ToolsFetchResponse.markdown", "string")
    v1 = v
    v = d.get("title", UNSET)
    if v is UNSET:
        v = r(v, (p, "title"), "ToolsFetchResponse.title", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "title"), "ToolsFetchResponse.title", "string")
    v2 = v
    o = ToolsFetchResponse(v0, v1, v2)
    if not d.keys() <= _K_ToolsFetchResponse:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ToolsFetchResponse
        }
    return o


def b_ToolsSearchResponse(d: dict[str, Any], p: Any, r: Any) -> ToolsSearchResponse:
    """``ToolsSearchResponse`` from a JSON object, deviations handed to ``r``."""
    v = d.get("search_results", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "search_results"),
            "ToolsSearchResponse.search_results",
            "array of object ToolsSearchResult",
        )
    else:
        if v.__class__ is list:
            v = _items(
                v,
                _u17,
                (p, "search_results"),
                r,
                "ToolsSearchResponse.search_results[]",
            )
        else:
            v = r(
                v,
                (p, "search_results"),
                "ToolsSearchResponse.search_results",
                "array of object ToolsSearchResult",
            )
    v0 = v
    o = ToolsSearchResponse(v0)
    if not d.keys() <= _K_ToolsSearchResponse:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ToolsSearchResponse
        }
    return o


def b_ToolsSearchResult(d: dict[str, Any], p: Any, r: Any) -> ToolsSearchResult:
    """``ToolsSearchResult`` from a JSON object, deviations handed to ``r``."""
    v = d.get("authority", UNSET)
    if v is UNSET:
        v = r(v, (p, "authority"), "ToolsSearchResult.authority", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "authority"), "ToolsSearchResult.authority", "string")
    v0 = v
    v = d.get("date", UNSET)
    if v is UNSET:
        v = r(v, (p, "date"), "ToolsSearchResult.date", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "date"), "ToolsSearchResult.date", "string")
    v1 = v
    v = d.get("icon", UNSET)
    if v is UNSET:
        v = r(v, (p, "icon"), "ToolsSearchResult.icon", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "icon"), "ToolsSearchResult.icon", "string")
    v2 = v
    v = d.get("mime", UNSET)
    if v is UNSET:
        v = r(v, (p, "mime"), "ToolsSearchResult.mime", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "mime"), "ToolsSearchResult.mime", "string")
    v3 = v
    v = d.get("site_name", UNSET)
    if v is UNSET:
        v = r(v, (p, "site_name"), "ToolsSearchResult.site_name", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "site_name"), "ToolsSearchResult.site_name", "string")
    v4 = v
    v = d.get("snippet", UNSET)
    if v is UNSET:
        v = r(v, (p, "snippet"), "ToolsSearchResult.snippet", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "snippet"), "ToolsSearchResult.snippet", "string")
    v5 = v
    v = d.get("text", UNSET)
    if v is UNSET:
        v = r(v, (p, "text"), "ToolsSearchResult.text", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "text"), "ToolsSearchResult.text", "string")
    v6 = v
    v = d.get("title", UNSET)
    if v is UNSET:
        v = r(v, (p, "title"), "ToolsSearchResult.title", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "title"), "ToolsSearchResult.title", "string")
    v7 = v
    v = d.get("url", UNSET)
    if v is UNSET:
        v = r(v, (p, "url"), "ToolsSearchResult.url", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "url"), "ToolsSearchResult.url", "string")
    v8 = v
    o = ToolsSearchResult(v0, v1, v2, v3, v4, v5, v6, v7, v8)
    if not d.keys() <= _K_ToolsSearchResult:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ToolsSearchResult
        }
    return o


def b_ToolsSearchProResponse(
    d: dict[str, Any], p: Any, r: Any
) -> ToolsSearchProResponse:
    """``ToolsSearchProResponse`` from a JSON object, deviations handed to ``r``."""
    v = d.get("search_results", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "search_results"),
            "ToolsSearchProResponse.search_results",
            "array of object ToolsSearchProResult",
        )
    else:
        if v.__class__ is list:
            v = _items(
                v,
                _u18,
                (p, "search_results"),
                r,
                "ToolsSearchProResponse.search_results[]",
            )
        else:
            v = r(
                v,
                (p, "search_results"),
                "ToolsSearchProResponse.search_results",
                "array of object ToolsSearchProResult",
            )
    v0 = v
    o = ToolsSearchProResponse(v0)
    if not d.keys() <= _K_ToolsSearchProResponse:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ToolsSearchProResponse
        }
    return o


def b_ToolsSearchProResult(d: dict[str, Any], p: Any, r: Any) -> ToolsSearchProResult:
    """``ToolsSearchProResult`` from a JSON object, deviations handed to ``r``."""
    v = d.get("authority", UNSET)
    if v is UNSET:
        v = r(v, (p, "authority"), "ToolsSearchProResult.authority", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "authority"), "ToolsSearchProResult.authority", "string")
    v0 = v
    v = d.get("date", UNSET)
    if v is UNSET:
        v = r(v, (p, "date"), "ToolsSearchProResult.date", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "date"), "ToolsSearchProResult.date", "string")
    v1 = v
    v = d.get("icon", UNSET)
    if v is UNSET:
        v = r(v, (p, "icon"), "ToolsSearchProResult.icon", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "icon"), "ToolsSearchProResult.icon", "string")
    v2 = v
    v = d.get("mime", UNSET)
    if v is UNSET:
        v = r(v, (p, "mime"), "ToolsSearchProResult.mime", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "mime"), "ToolsSearchProResult.mime", "string")
    v3 = v
    v = d.get("site_name", UNSET)
    if v is UNSET:
        v = r(v, (p, "site_name"), "ToolsSearchProResult.site_name", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "site_name"), "ToolsSearchProResult.site_name", "string")
    v4 = v
    v = d.get("snippet", UNSET)
    if v is UNSET:
        v = r(v, (p, "snippet"), "ToolsSearchProResult.snippet", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "snippet"), "ToolsSearchProResult.snippet", "string")
    v5 = v
    v = d.get("title", UNSET)
    if v is UNSET:
        v = r(v, (p, "title"), "ToolsSearchProResult.title", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "title"), "ToolsSearchProResult.title", "string")
    v6 = v
    v = d.get("url", UNSET)
    if v is UNSET:
        v = r(v, (p, "url"), "ToolsSearchProResult.url", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "url"), "ToolsSearchProResult.url", "string")
    v7 = v
    v = d.get("chunks", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "chunks"),
            "ToolsSearchProResult.chunks",
            "array of object ToolsSearchProChunk",
        )
    else:
        if v.__class__ is list:
            v = _items(v, _u19, (p, "chunks"), r, "ToolsSearchProResult.chunks[]")
        else:
            v = r(
                v,
                (p, "chunks"),
                "ToolsSearchProResult.chunks",
                "array of object ToolsSearchProChunk",
            )
    v8 = v
    o = ToolsSearchProResult(v0, v1, v2, v3, v4, v5, v6, v7, v8)
    if not d.keys() <= _K_ToolsSearchProResult:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ToolsSearchProResult
        }
    return o


def b_ToolsSearchProChunk(d: dict[str, Any], p: Any, r: Any) -> ToolsSearchProChunk:
    """``ToolsSearchProChunk`` from a JSON object, deviations handed to ``r``."""
    v = d.get("text", UNSET)
    if v is UNSET:
        v = r(v, (p, "text"), "ToolsSearchProChunk.text", "string")
    else:
        if v.__class__ is not str:
            v = r(v, (p, "text"), "ToolsSearchProChunk.text", "string")
    v0 = v
    v = d.get("score", UNSET)
    if v is UNSET:
        v = r(v, (p, "score"), "ToolsSearchProChunk.score", "number")
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = r(v, (p, "score"), "ToolsSearchProChunk.score", "number")
    v1 = v
    o = ToolsSearchProChunk(v0, v1)
    if not d.keys() <= _K_ToolsSearchProChunk:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ToolsSearchProChunk
        }
    return o


def b_EstimateTokenResponse(d: dict[str, Any], p: Any, r: Any) -> EstimateTokenResponse:
    """``EstimateTokenResponse`` from a JSON object, deviations handed to ``r``."""
    v = d.get("data", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "data"),
            "EstimateTokenResponse.data",
            "object EstimateTokenResponseData",
        )
    else:
        if v.__class__ is dict:
            v = b_EstimateTokenResponseData(v, (p, "data"), r)
        else:
            v = r(
                v,
                (p, "data"),
                "EstimateTokenResponse.data",
                "object EstimateTokenResponseData",
            )
    v0 = v
    o = EstimateTokenResponse(v0)
    if not d.keys() <= _K_EstimateTokenResponse:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_EstimateTokenResponse
        }
    return o


def b_EstimateTokenResponseData(
    d: dict[str, Any], p: Any, r: Any
) -> EstimateTokenResponseData:
    """``EstimateTokenResponseData`` from a JSON object, deviations handed to ``r``."""
    v = d.get("total_tokens", UNSET)
    if v is UNSET:
        v = r(
            v, (p, "total_tokens"), "EstimateTokenResponseData.total_tokens", "integer"
        )
    else:
        if v.__class__ is not int:
            v = r(
                v,
                (p, "total_tokens"),
                "EstimateTokenResponseData.total_tokens",
                "integer",
            )
    v0 = v
    o = EstimateTokenResponseData(v0)
    if not d.keys() <= _K_EstimateTokenResponseData:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_EstimateTokenResponseData
        }
    return o


def b_SignatureVerifyResponse(
    d: dict[str, Any], p: Any, r: Any
) -> SignatureVerifyResponse:
    """``SignatureVerifyResponse`` from a JSON object, deviations handed to ``r``."""
    v = d.get("valid", UNSET)
    if v is UNSET:
        v = r(v, (p, "valid"), "SignatureVerifyResponse.valid", "boolean")
    else:
        if v.__class__ is not bool:
            v = r(v, (p, "valid"), "SignatureVerifyResponse.valid", "boolean")
    v0 = v
    o = SignatureVerifyResponse(v0)
    if not d.keys() <= _K_SignatureVerifyResponse:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_SignatureVerifyResponse
        }
    return o


def b_MessagesStreamEventMessageStart(
    d: dict[str, Any], p: Any, r: Any
) -> MessagesStreamEventMessageStart:
    """``MessagesStreamEventMessageStart`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "type"),
            "MessagesStreamEventMessageStart.type",
            "one of 'message_start'",
        )
    else:
        if v.__class__ is str:
            m = _V_MessagesStreamEventMessageStartType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    MessagesStreamEventMessageStartType,
                    v,
                    (p, "type"),
                    "MessagesStreamEventMessageStart.type",
                )
            )
        else:
            v = r(
                v,
                (p, "type"),
                "MessagesStreamEventMessageStart.type",
                "one of 'message_start'",
            )
    v0 = v
    v = d.get("message", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "message"),
            "MessagesStreamEventMessageStart.message",
            "object MessagesResponse",
        )
    else:
        if v.__class__ is dict:
            v = b_MessagesResponse(v, (p, "message"), r)
        else:
            v = r(
                v,
                (p, "message"),
                "MessagesStreamEventMessageStart.message",
                "object MessagesResponse",
            )
    v1 = v
    o = MessagesStreamEventMessageStart(v0, v1)
    if not d.keys() <= _K_MessagesStreamEventMessageStart:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_MessagesStreamEventMessageStart
        }
    return o


def b_MessagesStreamEventContentBlockStart(
    d: dict[str, Any], p: Any, r: Any
) -> MessagesStreamEventContentBlockStart:
    """``MessagesStreamEventContentBlockStart`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "type"),
            "MessagesStreamEventContentBlockStart.type",
            "one of 'content_block_start'",
        )
    else:
        if v.__class__ is str:
            m = _V_MessagesStreamEventContentBlockStartType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    MessagesStreamEventContentBlockStartType,
                    v,
                    (p, "type"),
                    "MessagesStreamEventContentBlockStart.type",
                )
            )
        else:
            v = r(
                v,
                (p, "type"),
                "MessagesStreamEventContentBlockStart.type",
                "one of 'content_block_start'",
            )
    v0 = v
    v = d.get("index", UNSET)
    if v is UNSET:
        v = r(v, (p, "index"), "MessagesStreamEventContentBlockStart.index", "integer")
    else:
        if v.__class__ is not int:
            v = r(
                v, (p, "index"), "MessagesStreamEventContentBlockStart.index", "integer"
            )
    v1 = v
    v = d.get("content_block", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "content_block"),
            "MessagesStreamEventContentBlockStart.content_block",
            "object MessagesStreamEventContentBlockStartText or object MessagesStreamEventContentBlockStartThinking or object MessagesStreamEventContentBlockStartToolUse",
        )
    else:
        v = _u20(
            v,
            (p, "content_block"),
            r,
            "MessagesStreamEventContentBlockStart.content_block",
        )
    v2 = v
    o = MessagesStreamEventContentBlockStart(v0, v1, v2)
    if not d.keys() <= _K_MessagesStreamEventContentBlockStart:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_MessagesStreamEventContentBlockStart
        }
    return o


def b_MessagesStreamEventContentBlockStartText(
    d: dict[str, Any], p: Any, r: Any
) -> MessagesStreamEventContentBlockStartText:
    """``MessagesStreamEventContentBlockStartText`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "type"),
            "MessagesStreamEventContentBlockStartText.type",
            "one of 'text'",
        )
    else:
        if v.__class__ is str:
            m = _V_MessagesStreamEventContentBlockStartTextType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    MessagesStreamEventContentBlockStartTextType,
                    v,
                    (p, "type"),
                    "MessagesStreamEventContentBlockStartText.type",
                )
            )
        else:
            v = r(
                v,
                (p, "type"),
                "MessagesStreamEventContentBlockStartText.type",
                "one of 'text'",
            )
    v0 = v
    v = d.get("text", UNSET)
    if v is UNSET:
        v = r(v, (p, "text"), "MessagesStreamEventContentBlockStartText.text", "string")
    else:
        if v.__class__ is not str:
            v = r(
                v,
                (p, "text"),
                "MessagesStreamEventContentBlockStartText.text",
                "string",
            )
    v1 = v
    o = MessagesStreamEventContentBlockStartText(v0, v1)
    if not d.keys() <= _K_MessagesStreamEventContentBlockStartText:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_MessagesStreamEventContentBlockStartText
        }
    return o


def b_MessagesStreamEventContentBlockStartThinking(
    d: dict[str, Any], p: Any, r: Any
) -> MessagesStreamEventContentBlockStartThinking:
    """``MessagesStreamEventContentBlockStartThinking`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "type"),
            "MessagesStreamEventContentBlockStartThinking.type",
            "one of 'thinking'",
        )
    else:
        if v.__class__ is str:
            m = _V_MessagesStreamEventContentBlockStartThinkingType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    MessagesStreamEventContentBlockStartThinkingType,
                    v,
                    (p, "type"),
                    "MessagesStreamEventContentBlockStartThinking.type",
                )
            )
        else:
            v = r(
                v,
                (p, "type"),
                "MessagesStreamEventContentBlockStartThinking.type",
                "one of 'thinking'",
            )
    v0 = v
    v = d.get("thinking", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "thinking"),
            "MessagesStreamEventContentBlockStartThinking.thinking",
            "string",
        )
    else:
        if v.__class__ is not str:
            v = r(
                v,
                (p, "thinking"),
                "MessagesStreamEventContentBlockStartThinking.thinking",
                "string",
            )
    v1 = v
    v = d.get("signature", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(
            v,
            (p, "signature"),
            "MessagesStreamEventContentBlockStartThinking.signature",
            "string",
        )
    v2 = v
    o = MessagesStreamEventContentBlockStartThinking(v0, v1, v2)
    if not d.keys() <= _K_MessagesStreamEventContentBlockStartThinking:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_MessagesStreamEventContentBlockStartThinking
        }
    return o


def b_MessagesStreamEventContentBlockStartToolUse(
    d: dict[str, Any], p: Any, r: Any
) -> MessagesStreamEventContentBlockStartToolUse:
    """``MessagesStreamEventContentBlockStartToolUse`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "type"),
            "MessagesStreamEventContentBlockStartToolUse.type",
            "one of 'tool_use'",
        )
    else:
        if v.__class__ is str:
            m = _V_MessagesStreamEventContentBlockStartToolUseType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    MessagesStreamEventContentBlockStartToolUseType,
                    v,
                    (p, "type"),
                    "MessagesStreamEventContentBlockStartToolUse.type",
                )
            )
        else:
            v = r(
                v,
                (p, "type"),
                "MessagesStreamEventContentBlockStartToolUse.type",
                "one of 'tool_use'",
            )
    v0 = v
    v = d.get("id", UNSET)
    if v is UNSET:
        v = r(v, (p, "id"), "MessagesStreamEventContentBlockStartToolUse.id", "string")
    else:
        if v.__class__ is not str:
            v = r(
                v, (p, "id"), "MessagesStreamEventContentBlockStartToolUse.id", "string"
            )
    v1 = v
    v = d.get("name", UNSET)
    if v is UNSET:
        v = r(
            v, (p, "name"), "MessagesStreamEventContentBlockStartToolUse.name", "string"
        )
    else:
        if v.__class__ is not str:
            v = r(
                v,
                (p, "name"),
                "MessagesStreamEventContentBlockStartToolUse.name",
                "string",
            )
    v2 = v
    v = d.get("input", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "input"),
            "MessagesStreamEventContentBlockStartToolUse.input",
            "object MessagesStreamEventContentBlockStartToolUseInput",
        )
    else:
        if v.__class__ is dict:
            v = b_MessagesStreamEventContentBlockStartToolUseInput(v, (p, "input"), r)
        else:
            v = r(
                v,
                (p, "input"),
                "MessagesStreamEventContentBlockStartToolUse.input",
                "object MessagesStreamEventContentBlockStartToolUseInput",
            )
    v3 = v
    o = MessagesStreamEventContentBlockStartToolUse(v0, v1, v2, v3)
    if not d.keys() <= _K_MessagesStreamEventContentBlockStartToolUse:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_MessagesStreamEventContentBlockStartToolUse
        }
    return o


def b_MessagesStreamEventContentBlockStartToolUseInput(
    d: dict[str, Any], p: Any, r: Any
) -> MessagesStreamEventContentBlockStartToolUseInput:
    """``MessagesStreamEventContentBlockStartToolUseInput`` from a JSON object, deviations handed to ``r``."""
    o = MessagesStreamEventContentBlockStartToolUseInput()
    if not d.keys() <= _K_MessagesStreamEventContentBlockStartToolUseInput:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_MessagesStreamEventContentBlockStartToolUseInput
        }
    return o


def b_MessagesStreamEventContentBlockDelta(
    d: dict[str, Any], p: Any, r: Any
) -> MessagesStreamEventContentBlockDelta:
    """``MessagesStreamEventContentBlockDelta`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "type"),
            "MessagesStreamEventContentBlockDelta.type",
            "one of 'content_block_delta'",
        )
    else:
        if v.__class__ is str:
            m = _V_MessagesStreamEventContentBlockDeltaType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    MessagesStreamEventContentBlockDeltaType,
                    v,
                    (p, "type"),
                    "MessagesStreamEventContentBlockDelta.type",
                )
            )
        else:
            v = r(
                v,
                (p, "type"),
                "MessagesStreamEventContentBlockDelta.type",
                "one of 'content_block_delta'",
            )
    v0 = v
    v = d.get("index", UNSET)
    if v is UNSET:
        v = r(v, (p, "index"), "MessagesStreamEventContentBlockDelta.index", "integer")
    else:
        if v.__class__ is not int:
            v = r(
                v, (p, "index"), "MessagesStreamEventContentBlockDelta.index", "integer"
            )
    v1 = v
    v = d.get("delta", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "delta"),
            "MessagesStreamEventContentBlockDelta.delta",
            "object MessagesStreamEventContentBlockDeltaDelta",
        )
    else:
        if v.__class__ is dict:
            v = b_MessagesStreamEventContentBlockDeltaDelta(v, (p, "delta"), r)
        else:
            v = r(
                v,
                (p, "delta"),
                "MessagesStreamEventContentBlockDelta.delta",
                "object MessagesStreamEventContentBlockDeltaDelta",
            )
    v2 = v
    o = MessagesStreamEventContentBlockDelta(v0, v1, v2)
    if not d.keys() <= _K_MessagesStreamEventContentBlockDelta:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_MessagesStreamEventContentBlockDelta
        }
    return o


def b_MessagesStreamEventContentBlockDeltaDelta(
    d: dict[str, Any], p: Any, r: Any
) -> MessagesStreamEventContentBlockDeltaDelta:
    """``MessagesStreamEventContentBlockDeltaDelta`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "type"),
            "MessagesStreamEventContentBlockDeltaDelta.type",
            "one of 'input_json_delta', 'signature_delta', 'text_delta', 'thinking_delta'",
        )
    else:
        if v.__class__ is str:
            m = _V_MessagesStreamEventContentBlockDeltaDeltaType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    MessagesStreamEventContentBlockDeltaDeltaType,
                    v,
                    (p, "type"),
                    "MessagesStreamEventContentBlockDeltaDelta.type",
                )
            )
        else:
            v = r(
                v,
                (p, "type"),
                "MessagesStreamEventContentBlockDeltaDelta.type",
                "one of 'input_json_delta', 'signature_delta', 'text_delta', 'thinking_delta'",
            )
    v0 = v
    v = d.get("text", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(
            v, (p, "text"), "MessagesStreamEventContentBlockDeltaDelta.text", "string"
        )
    v1 = v
    v = d.get("thinking", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(
            v,
            (p, "thinking"),
            "MessagesStreamEventContentBlockDeltaDelta.thinking",
            "string",
        )
    v2 = v
    v = d.get("signature", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(
            v,
            (p, "signature"),
            "MessagesStreamEventContentBlockDeltaDelta.signature",
            "string",
        )
    v3 = v
    v = d.get("partial_json", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(
            v,
            (p, "partial_json"),
            "MessagesStreamEventContentBlockDeltaDelta.partial_json",
            "string",
        )
    v4 = v
    o = MessagesStreamEventContentBlockDeltaDelta(v0, v1, v2, v3, v4)
    if not d.keys() <= _K_MessagesStreamEventContentBlockDeltaDelta:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_MessagesStreamEventContentBlockDeltaDelta
        }
    return o


def b_MessagesStreamEventContentBlockStop(
    d: dict[str, Any], p: Any, r: Any
) -> MessagesStreamEventContentBlockStop:
    """``MessagesStreamEventContentBlockStop`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "type"),
            "MessagesStreamEventContentBlockStop.type",
            "one of 'content_block_stop'",
        )
    else:
        if v.__class__ is str:
            m = _V_MessagesStreamEventContentBlockStopType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    MessagesStreamEventContentBlockStopType,
                    v,
                    (p, "type"),
                    "MessagesStreamEventContentBlockStop.type",
                )
            )
        else:
            v = r(
                v,
                (p, "type"),
                "MessagesStreamEventContentBlockStop.type",
                "one of 'content_block_stop'",
            )
    v0 = v
    v = d.get("index", UNSET)
    if v is UNSET:
        v = r(v, (p, "index"), "MessagesStreamEventContentBlockStop.index", "integer")
    else:
        if v.__class__ is not int:
            v = r(
                v, (p, "index"), "MessagesStreamEventContentBlockStop.index", "integer"
            )
    v1 = v
    o = MessagesStreamEventContentBlockStop(v0, v1)
    if not d.keys() <= _K_MessagesStreamEventContentBlockStop:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_MessagesStreamEventContentBlockStop
        }
    return o


def b_MessagesStreamEventMessageDelta(
    d: dict[str, Any], p: Any, r: Any
) -> MessagesStreamEventMessageDelta:
    """``MessagesStreamEventMessageDelta`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "type"),
            "MessagesStreamEventMessageDelta.type",
            "one of 'message_delta'",
        )
    else:
        if v.__class__ is str:
            m = _V_MessagesStreamEventMessageDeltaType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    MessagesStreamEventMessageDeltaType,
                    v,
                    (p, "type"),
                    "MessagesStreamEventMessageDelta.type",
                )
            )
        else:
            v = r(
                v,
                (p, "type"),
                "MessagesStreamEventMessageDelta.type",
                "one of 'message_delta'",
            )
    v0 = v
    v = d.get("delta", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "delta"),
            "MessagesStreamEventMessageDelta.delta",
            "object MessagesStreamEventMessageDeltaDelta",
        )
    else:
        if v.__class__ is dict:
            v = b_MessagesStreamEventMessageDeltaDelta(v, (p, "delta"), r)
        else:
            v = r(
                v,
                (p, "delta"),
                "MessagesStreamEventMessageDelta.delta",
                "object MessagesStreamEventMessageDeltaDelta",
            )
    v1 = v
    v = d.get("usage", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_MessagesStreamEventMessageDeltaUsage(v, (p, "usage"), r)
        else:
            v = r(
                v,
                (p, "usage"),
                "MessagesStreamEventMessageDelta.usage",
                "object MessagesStreamEventMessageDeltaUsage",
            )
    v2 = v
    o = MessagesStreamEventMessageDelta(v0, v1, v2)
    if not d.keys() <= _K_MessagesStreamEventMessageDelta:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_MessagesStreamEventMessageDelta
        }
    return o


def b_MessagesStreamEventMessageDeltaDelta(
    d: dict[str, Any], p: Any, r: Any
) -> MessagesStreamEventMessageDeltaDelta:
    """``MessagesStreamEventMessageDeltaDelta`` from a JSON object, deviations handed to ``r``."""
    v = d.get("stop_reason", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_MessagesStreamEventMessageDeltaDeltaStopReasonType0.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    MessagesStreamEventMessageDeltaDeltaStopReasonType0,
                    v,
                    (p, "stop_reason"),
                    "MessagesStreamEventMessageDeltaDelta.stop_reason",
                )
            )
        elif v is not None:
            v = r(
                v,
                (p, "stop_reason"),
                "MessagesStreamEventMessageDeltaDelta.stop_reason",
                "one of 'end_turn', 'max_tokens', 'refusal', 'tool_use' or null",
            )
    v0 = v
    v = d.get("stop_sequence", UNSET)
    if v.__class__ is not str and v is not None and v is not UNSET:
        v = r(
            v,
            (p, "stop_sequence"),
            "MessagesStreamEventMessageDeltaDelta.stop_sequence",
            "string or null",
        )
    v1 = v
    o = MessagesStreamEventMessageDeltaDelta(v0, v1)
    if not d.keys() <= _K_MessagesStreamEventMessageDeltaDelta:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_MessagesStreamEventMessageDeltaDelta
        }
    return o


def b_MessagesStreamEventMessageDeltaUsage(
    d: dict[str, Any], p: Any, r: Any
) -> MessagesStreamEventMessageDeltaUsage:
    """``MessagesStreamEventMessageDeltaUsage`` from a JSON object, deviations handed to ``r``."""
    v = d.get("input_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(
            v,
            (p, "input_tokens"),
            "MessagesStreamEventMessageDeltaUsage.input_tokens",
            "integer",
        )
    v0 = v
    v = d.get("output_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(
            v,
            (p, "output_tokens"),
            "MessagesStreamEventMessageDeltaUsage.output_tokens",
            "integer",
        )
    v1 = v
    v = d.get("cache_read_input_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(
            v,
            (p, "cache_read_input_tokens"),
            "MessagesStreamEventMessageDeltaUsage.cache_read_input_tokens",
            "integer",
        )
    v2 = v
    v = d.get("cache_creation_input_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(
            v,
            (p, "cache_creation_input_tokens"),
            "MessagesStreamEventMessageDeltaUsage.cache_creation_input_tokens",
            "integer",
        )
    v3 = v
    v = d.get("cache_creation", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_MessagesStreamEventMessageDeltaUsageCacheCreation(
                v, (p, "cache_creation"), r
            )
        else:
            v = r(
                v,
                (p, "cache_creation"),
                "MessagesStreamEventMessageDeltaUsage.cache_creation",
                "object MessagesStreamEventMessageDeltaUsageCacheCreation",
            )
    v4 = v
    v = d.get("output_tokens_details", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_MessagesStreamEventMessageDeltaUsageOutputTokensDetails(
                v, (p, "output_tokens_details"), r
            )
        else:
            v = r(
                v,
                (p, "output_tokens_details"),
                "MessagesStreamEventMessageDeltaUsage.output_tokens_details",
                "object MessagesStreamEventMessageDeltaUsageOutputTokensDetails",
            )
    v5 = v
    o = MessagesStreamEventMessageDeltaUsage(v0, v1, v2, v3, v4, v5)
    if not d.keys() <= _K_MessagesStreamEventMessageDeltaUsage:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_MessagesStreamEventMessageDeltaUsage
        }
    return o


def b_MessagesStreamEventMessageDeltaUsageCacheCreation(
    d: dict[str, Any], p: Any, r: Any
) -> MessagesStreamEventMessageDeltaUsageCacheCreation:
    """``MessagesStreamEventMessageDeltaUsageCacheCreation`` from a JSON object, deviations handed to ``r``."""
    v = d.get("ephemeral_5m_input_tokens", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "ephemeral_5m_input_tokens"),
            "MessagesStreamEventMessageDeltaUsageCacheCreation.ephemeral_5m_input_tokens",
            "integer",
        )
    else:
        if v.__class__ is not int:
            v = r(
                v,
                (p, "ephemeral_5m_input_tokens"),
                "MessagesStreamEventMessageDeltaUsageCacheCreation.ephemeral_5m_input_tokens",
                "integer",
            )
    v0 = v
    v = d.get("ephemeral_1h_input_tokens", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "ephemeral_1h_input_tokens"),
            "MessagesStreamEventMessageDeltaUsageCacheCreation.ephemeral_1h_input_tokens",
            "integer",
        )
    else:
        if v.__class__ is not int:
            v = r(
                v,
                (p, "ephemeral_1h_input_tokens"),
                "MessagesStreamEventMessageDeltaUsageCacheCreation.ephemeral_1h_input_tokens",
                "integer",
            )
    v1 = v
    o = MessagesStreamEventMessageDeltaUsageCacheCreation(v0, v1)
    if not d.keys() <= _K_MessagesStreamEventMessageDeltaUsageCacheCreation:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_MessagesStreamEventMessageDeltaUsageCacheCreation
        }
    return o


def b_MessagesStreamEventMessageDeltaUsageOutputTokensDetails(
    d: dict[str, Any], p: Any, r: Any
) -> MessagesStreamEventMessageDeltaUsageOutputTokensDetails:
    """``MessagesStreamEventMessageDeltaUsageOutputTokensDetails`` from a JSON object, deviations handed to ``r``."""
    v = d.get("thinking_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(
            v,
            (p, "thinking_tokens"),
            "MessagesStreamEventMessageDeltaUsageOutputTokensDetails.thinking_tokens",
            "integer",
        )
    v0 = v
    o = MessagesStreamEventMessageDeltaUsageOutputTokensDetails(v0)
    if not d.keys() <= _K_MessagesStreamEventMessageDeltaUsageOutputTokensDetails:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_MessagesStreamEventMessageDeltaUsageOutputTokensDetails
        }
    return o


def b_MessagesStreamEventMessageStop(
    d: dict[str, Any], p: Any, r: Any
) -> MessagesStreamEventMessageStop:
    """``MessagesStreamEventMessageStop`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "type"),
            "MessagesStreamEventMessageStop.type",
            "one of 'message_stop'",
        )
    else:
        if v.__class__ is str:
            m = _V_MessagesStreamEventMessageStopType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    MessagesStreamEventMessageStopType,
                    v,
                    (p, "type"),
                    "MessagesStreamEventMessageStop.type",
                )
            )
        else:
            v = r(
                v,
                (p, "type"),
                "MessagesStreamEventMessageStop.type",
                "one of 'message_stop'",
            )
    v0 = v
    o = MessagesStreamEventMessageStop(v0)
    if not d.keys() <= _K_MessagesStreamEventMessageStop:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_MessagesStreamEventMessageStop
        }
    return o


def b_ChatCompletionChunk(d: dict[str, Any], p: Any, r: Any) -> ChatCompletionChunk:
    """``ChatCompletionChunk`` from a JSON object, deviations handed to ``r``."""
    v = d.get("id", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "id"), "ChatCompletionChunk.id", "string")
    v0 = v
    v = d.get("object", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "object"), "ChatCompletionChunk.object", "string")
    v1 = v
    v = d.get("created", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(v, (p, "created"), "ChatCompletionChunk.created", "integer")
    v2 = v
    v = d.get("model", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "model"), "ChatCompletionChunk.model", "string")
    v3 = v
    v = d.get("choices", UNSET)
    if v is not UNSET:
        if v.__class__ is list:
            v = _items(v, _u21, (p, "choices"), r, "ChatCompletionChunk.choices[]")
        else:
            v = r(
                v,
                (p, "choices"),
                "ChatCompletionChunk.choices",
                "array of object ChoiceDelta",
            )
    v4 = v
    v = d.get("usage", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_ChatCompletionChunkUsageType0(v, (p, "usage"), r)
        elif v is not None:
            v = r(
                v,
                (p, "usage"),
                "ChatCompletionChunk.usage",
                "object ChatCompletionChunkUsageType0 or null",
            )
    v5 = v
    o = ChatCompletionChunk(v0, v1, v2, v3, v4, v5)
    if not d.keys() <= _K_ChatCompletionChunk:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ChatCompletionChunk
        }
    return o


def b_ChoiceDelta(d: dict[str, Any], p: Any, r: Any) -> ChoiceDelta:
    """``ChoiceDelta`` from a JSON object, deviations handed to ``r``."""
    v = d.get("index", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(v, (p, "index"), "ChoiceDelta.index", "integer")
    v0 = v
    v = d.get("delta", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_ChoiceDeltaDelta(v, (p, "delta"), r)
        else:
            v = r(v, (p, "delta"), "ChoiceDelta.delta", "object ChoiceDeltaDelta")
    v1 = v
    v = d.get("finish_reason", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ChoiceDeltaFinishReasonType0.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ChoiceDeltaFinishReasonType0,
                    v,
                    (p, "finish_reason"),
                    "ChoiceDelta.finish_reason",
                )
            )
        elif v is not None:
            v = r(
                v,
                (p, "finish_reason"),
                "ChoiceDelta.finish_reason",
                "one of 'length', 'stop', 'tool_calls' or null",
            )
    v2 = v
    v = d.get("usage", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_ChoiceDeltaUsage(v, (p, "usage"), r)
        else:
            v = r(v, (p, "usage"), "ChoiceDelta.usage", "object ChoiceDeltaUsage")
    v3 = v
    o = ChoiceDelta(v0, v1, v2, v3)
    if not d.keys() <= _K_ChoiceDelta:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ChoiceDelta
        }
    return o


def b_ChoiceDeltaDelta(d: dict[str, Any], p: Any, r: Any) -> ChoiceDeltaDelta:
    """``ChoiceDeltaDelta`` from a JSON object, deviations handed to ``r``."""
    v = d.get("role", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "role"), "ChoiceDeltaDelta.role", "string")
    v0 = v
    v = d.get("content", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "content"), "ChoiceDeltaDelta.content", "string")
    v1 = v
    v = d.get("tool_calls", UNSET)
    if v is not UNSET:
        if v.__class__ is list:
            v = _items(v, _u22, (p, "tool_calls"), r, "ChoiceDeltaDelta.tool_calls[]")
        else:
            v = r(
                v,
                (p, "tool_calls"),
                "ChoiceDeltaDelta.tool_calls",
                "array of object ChoiceDeltaDeltaToolCallsItem",
            )
    v2 = v
    o = ChoiceDeltaDelta(v0, v1, v2)
    if not d.keys() <= _K_ChoiceDeltaDelta:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ChoiceDeltaDelta
        }
    return o


def b_ChoiceDeltaDeltaToolCallsItem(
    d: dict[str, Any], p: Any, r: Any
) -> ChoiceDeltaDeltaToolCallsItem:
    """``ChoiceDeltaDeltaToolCallsItem`` from a JSON object, deviations handed to ``r``."""
    v = d.get("id", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "id"), "ChoiceDeltaDeltaToolCallsItem.id", "string")
    v0 = v
    v = d.get("type", UNSET)
    if v is not UNSET:
        if v.__class__ is str:
            m = _V_ChoiceDeltaDeltaToolCallsItemType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ChoiceDeltaDeltaToolCallsItemType,
                    v,
                    (p, "type"),
                    "ChoiceDeltaDeltaToolCallsItem.type",
                )
            )
        else:
            v = r(
                v,
                (p, "type"),
                "ChoiceDeltaDeltaToolCallsItem.type",
                "one of 'function'",
            )
    v1 = v
    v = d.get("function", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_ChoiceDeltaDeltaToolCallsItemFunction(v, (p, "function"), r)
        else:
            v = r(
                v,
                (p, "function"),
                "ChoiceDeltaDeltaToolCallsItem.function",
                "object ChoiceDeltaDeltaToolCallsItemFunction",
            )
    v2 = v
    o = ChoiceDeltaDeltaToolCallsItem(v0, v1, v2)
    if not d.keys() <= _K_ChoiceDeltaDeltaToolCallsItem:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ChoiceDeltaDeltaToolCallsItem
        }
    return o


def b_ChoiceDeltaDeltaToolCallsItemFunction(
    d: dict[str, Any], p: Any, r: Any
) -> ChoiceDeltaDeltaToolCallsItemFunction:
    """``ChoiceDeltaDeltaToolCallsItemFunction`` from a JSON object, deviations handed to ``r``."""
    v = d.get("name", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(v, (p, "name"), "ChoiceDeltaDeltaToolCallsItemFunction.name", "string")
    v0 = v
    v = d.get("arguments", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = r(
            v,
            (p, "arguments"),
            "ChoiceDeltaDeltaToolCallsItemFunction.arguments",
            "string",
        )
    v1 = v
    o = ChoiceDeltaDeltaToolCallsItemFunction(v0, v1)
    if not d.keys() <= _K_ChoiceDeltaDeltaToolCallsItemFunction:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_ChoiceDeltaDeltaToolCallsItemFunction
        }
    return o


def b_ChoiceDeltaUsage(d: dict[str, Any], p: Any, r: Any) -> ChoiceDeltaUsage:
    """``ChoiceDeltaUsage`` from a JSON object, deviations handed to ``r``."""
    v = d.get("prompt_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(v, (p, "prompt_tokens"), "ChoiceDeltaUsage.prompt_tokens", "integer")
    v0 = v
    v = d.get("completion_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(
            v, (p, "completion_tokens"), "ChoiceDeltaUsage.completion_tokens", "integer"
        )
    v1 = v
    v = d.get("total_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(v, (p, "total_tokens"), "ChoiceDeltaUsage.total_tokens", "integer")
    v2 = v
    o = ChoiceDeltaUsage(v0, v1, v2)
    if not d.keys() <= _K_ChoiceDeltaUsage:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ChoiceDeltaUsage
        }
    return o


def b_ChatCompletionChunkUsageType0(
    d: dict[str, Any], p: Any, r: Any
) -> ChatCompletionChunkUsageType0:
    """``ChatCompletionChunkUsageType0`` from a JSON object, deviations handed to ``r``."""
    v = d.get("prompt_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(
            v,
            (p, "prompt_tokens"),
            "ChatCompletionChunkUsageType0.prompt_tokens",
            "integer",
        )
    v0 = v
    v = d.get("completion_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(
            v,
            (p, "completion_tokens"),
            "ChatCompletionChunkUsageType0.completion_tokens",
            "integer",
        )
    v1 = v
    v = d.get("total_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(
            v,
            (p, "total_tokens"),
            "ChatCompletionChunkUsageType0.total_tokens",
            "integer",
        )
    v2 = v
    v = d.get("cached_tokens", UNSET)
    if v.__class__ is not int and v is not UNSET:
        v = r(
            v,
            (p, "cached_tokens"),
            "ChatCompletionChunkUsageType0.cached_tokens",
            "integer",
        )
    v3 = v
    v = d.get("prompt_tokens_details", UNSET)
    if v is not UNSET:
        if v.__class__ is dict:
            v = b_ChatCompletionChunkUsageType0PromptTokensDetails(
                v, (p, "prompt_tokens_details"), r
            )
        else:
            v = r(
                v,
                (p, "prompt_tokens_details"),
                "ChatCompletionChunkUsageType0.prompt_tokens_details",
                "object ChatCompletionChunkUsageType0PromptTokensDetails",
            )
    v4 = v
    o = ChatCompletionChunkUsageType0(v0, v1, v2, v3, v4)
    if not d.keys() <= _K_ChatCompletionChunkUsageType0:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ChatCompletionChunkUsageType0
        }
    return o


def b_ChatCompletionChunkUsageType0PromptTokensDetails(
    d: dict[str, Any], p: Any, r: Any
) -> ChatCompletionChunkUsageType0PromptTokensDetails:
    """``ChatCompletionChunkUsageType0PromptTokensDetails`` from a JSON object, deviations handed to ``r``."""
    v = d.get("cached_tokens", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "cached_tokens"),
            "ChatCompletionChunkUsageType0PromptTokensDetails.cached_tokens",
            "integer",
        )
    else:
        if v.__class__ is not int:
            v = r(
                v,
                (p, "cached_tokens"),
                "ChatCompletionChunkUsageType0PromptTokensDetails.cached_tokens",
                "integer",
            )
    v0 = v
    v = d.get("cache_write_tokens", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "cache_write_tokens"),
            "ChatCompletionChunkUsageType0PromptTokensDetails.cache_write_tokens",
            "integer",
        )
    else:
        if v.__class__ is not int:
            v = r(
                v,
                (p, "cache_write_tokens"),
                "ChatCompletionChunkUsageType0PromptTokensDetails.cache_write_tokens",
                "integer",
            )
    v1 = v
    o = ChatCompletionChunkUsageType0PromptTokensDetails(v0, v1)
    if not d.keys() <= _K_ChatCompletionChunkUsageType0PromptTokensDetails:
        o.additional_properties = {
            k: x
            for k, x in d.items()
            if k not in _K_ChatCompletionChunkUsageType0PromptTokensDetails
        }
    return o


def b_ResponsesStreamEvent(d: dict[str, Any], p: Any, r: Any) -> ResponsesStreamEvent:
    """``ResponsesStreamEvent`` from a JSON object, deviations handed to ``r``."""
    v = d.get("type", UNSET)
    if v is UNSET:
        v = r(
            v,
            (p, "type"),
            "ResponsesStreamEvent.type",
            "one of 'error', 'response.completed', 'response.content_part.added', 'response.content_part.done', 'response.created', 'response.custom_tool_call_input.delta', 'response.custom_tool_call_input.done', 'response.failed', 'response.function_call_arguments.delta', 'response.function_call_arguments.done', 'response.incomplete', 'response.in_progress', 'response.output_item.added', 'response.output_item.done', 'response.output_text.delta', 'response.output_text.done', 'response.reasoning_summary_part.added', 'response.reasoning_summary_part.done', 'response.reasoning_summary_text.delta', 'response.reasoning_summary_text.done', 'response.web_search_call.completed', 'response.web_search_call.in_progress', 'response.web_search_call.searching'",
        )
    else:
        if v.__class__ is str:
            m = _V_ResponsesStreamEventType.get(v)
            v = (
                m
                if m is not None
                else _enum(
                    r,
                    ResponsesStreamEventType,
                    v,
                    (p, "type"),
                    "ResponsesStreamEvent.type",
                )
            )
        else:
            v = r(
                v,
                (p, "type"),
                "ResponsesStreamEvent.type",
                "one of 'error', 'response.completed', 'response.content_part.added', 'response.content_part.done', 'response.created', 'response.custom_tool_call_input.delta', 'response.custom_tool_call_input.done', 'response.failed', 'response.function_call_arguments.delta', 'response.function_call_arguments.done', 'response.incomplete', 'response.in_progress', 'response.output_item.added', 'response.output_item.done', 'response.output_text.delta', 'response.output_text.done', 'response.reasoning_summary_part.added', 'response.reasoning_summary_part.done', 'response.reasoning_summary_text.delta', 'response.reasoning_summary_text.done', 'response.web_search_call.completed', 'response.web_search_call.in_progress', 'response.web_search_call.searching'",
            )
    v0 = v
    v = d.get("sequence_number", UNSET)
    if v is UNSET:
        v = r(
            v, (p, "sequence_number"), "ResponsesStreamEvent.sequence_number", "integer"
        )
    else:
        if v.__class__ is not int:
            v = r(
                v,
                (p, "sequence_number"),
                "ResponsesStreamEvent.sequence_number",
                "integer",
            )
    v1 = v
    o = ResponsesStreamEvent(v0, v1)
    if not d.keys() <= _K_ResponsesStreamEvent:
        o.additional_properties = {
            k: x for k, x in d.items() if k not in _K_ResponsesStreamEvent
        }
    return o


def _u0(v: Any, p: Any, r: Any, label: str) -> Any:
    if v.__class__ is dict:
        return b_BatchObject(v, p, r)
    return r(v, p, label, "object BatchObject")


def _u1(v: Any, p: Any, r: Any, label: str) -> Any:
    if v.__class__ is dict:
        return b_ChatCompletionChoice(v, p, r)
    return r(v, p, label, "object ChatCompletionChoice")


def _u2(v: Any, p: Any, r: Any, label: str) -> Any:
    if v.__class__ is dict:
        return b_ChatCompletionToolCall(v, p, r)
    return r(v, p, label, "object ChatCompletionToolCall")


def _u3(v: Any, p: Any, r: Any, label: str) -> Any:
    if v.__class__ is dict:
        return b_FileObject(v, p, r)
    return r(v, p, label, "object FileObject")


def _u4(v: Any, p: Any, r: Any, label: str) -> Any:
    if v.__class__ is dict:
        return b_ToolDefinition(v, p, r)
    return r(v, p, label, "object ToolDefinition")


def _u5(v: Any, p: Any, r: Any, label: str) -> Any:
    if v.__class__ is dict:
        t = v.get("type")
        b = _D_u5.get(t) if t.__class__ is str else None
        if b is not None:
            return b(v, p, r)
    return r(
        v,
        p,
        label,
        "object MessagesResponseText or object MessagesResponseThinking or object MessagesResponseToolUse",
    )


def _u6(v: Any, p: Any, r: Any, label: str) -> Any:
    if v.__class__ is dict:
        return b_ModelObject(v, p, r)
    return r(v, p, label, "object ModelObject")


def _u7(v: Any, p: Any, r: Any, label: str) -> Any:
    if v.__class__ is dict:
        t = v.get("type")
        b = _D_u7.get(t) if t.__class__ is str else None
        if b is not None:
            return b(v, p, r)
    return r(
        v,
        p,
        label,
        "object ResponsesOutputCustomToolCallItem or object ResponsesOutputFunctionCallItem or object ResponsesOutputMessageItem or object ResponsesOutputReasoningItem or object ResponsesOutputWebSearchCallItem",
    )


def _u8(v: Any, p: Any, r: Any, label: str) -> Any:
    if v.__class__ is dict:
        t = v.get("type")
        b = _D_u8.get(t) if t.__class__ is str else None
        if b is not None:
            return b(v, p, r)
    return r(
        v,
        p,
        label,
        "object CustomTool or object FunctionTool or object NamespaceTool or object WebSearchTool",
    )


def _u9(v: Any, p: Any, r: Any, label: str) -> Any:
    if v.__class__ is dict:
        return b_ResponsesOutputMessageItemContentItem(v, p, r)
    return r(v, p, label, "object ResponsesOutputMessageItemContentItem")


def _u10(v: Any, p: Any, r: Any, label: str) -> Any:
    return v


def _u11(v: Any, p: Any, r: Any, label: str) -> Any:
    if v.__class__ is dict:
        return b_ResponsesOutputReasoningItemSummaryItem(v, p, r)
    return r(v, p, label, "object ResponsesOutputReasoningItemSummaryItem")


def _u12(v: Any, p: Any, r: Any, label: str) -> Any:
    if v.__class__ is dict:
        return b_ResponsesOutputWebSearchCallItemResultsItem(v, p, r)
    return r(v, p, label, "object ResponsesOutputWebSearchCallItemResultsItem")


def _u13(v: Any, p: Any, r: Any, label: str) -> Any:
    if v.__class__ is dict:
        return b_ResponsesOutputWebSearchCallItemActionSourcesItem(v, p, r)
    return r(v, p, label, "object ResponsesOutputWebSearchCallItemActionSourcesItem")


def _u14(v: Any, p: Any, r: Any, label: str) -> Any:
    if v.__class__ is dict:
        t = v.get("type")
        b = _D_u14.get(t) if t.__class__ is str else None
        if b is not None:
            return b(v, p, r)
    return r(v, p, label, "object CustomTool or object FunctionTool")


def _u15(v: Any, p: Any, r: Any, label: str) -> Any:
    if v.__class__ is str:
        m = _V_WebSearchToolSearchContentTypesItem.get(v)
        return (
            m
            if m is not None
            else _enum(r, WebSearchToolSearchContentTypesItem, v, p, label)
        )
    return r(v, p, label, "one of 'image', 'text'")


def _u16(v: Any, p: Any, r: Any, label: str) -> Any:
    if v.__class__ is str:
        return v
    return r(v, p, label, "string")


def _u17(v: Any, p: Any, r: Any, label: str) -> Any:
    if v.__class__ is dict:
        return b_ToolsSearchResult(v, p, r)
    return r(v, p, label, "object ToolsSearchResult")


def _u18(v: Any, p: Any, r: Any, label: str) -> Any:
    if v.__class__ is dict:
        return b_ToolsSearchProResult(v, p, r)
    return r(v, p, label, "object ToolsSearchProResult")


def _u19(v: Any, p: Any, r: Any, label: str) -> Any:
    if v.__class__ is dict:
        return b_ToolsSearchProChunk(v, p, r)
    return r(v, p, label, "object ToolsSearchProChunk")


def _u20(v: Any, p: Any, r: Any, label: str) -> Any:
    if v.__class__ is dict:
        t = v.get("type")
        b = _D_u20.get(t) if t.__class__ is str else None
        if b is not None:
            return b(v, p, r)
    return r(
        v,
        p,
        label,
        "object MessagesStreamEventContentBlockStartText or object MessagesStreamEventContentBlockStartThinking or object MessagesStreamEventContentBlockStartToolUse",
    )


def _u21(v: Any, p: Any, r: Any, label: str) -> Any:
    if v.__class__ is dict:
        return b_ChoiceDelta(v, p, r)
    return r(v, p, label, "object ChoiceDelta")


def _u22(v: Any, p: Any, r: Any, label: str) -> Any:
    if v.__class__ is dict:
        return b_ChoiceDeltaDeltaToolCallsItem(v, p, r)
    return r(v, p, label, "object ChoiceDeltaDeltaToolCallsItem")


_K_BatchObject = frozenset(
    (
        "id",
        "object",
        "endpoint",
        "input_file_id",
        "completion_window",
        "status",
        "created_at",
        "request_counts",
        "output_file_id",
        "error_file_id",
        "in_progress_at",
        "expires_at",
        "finalizing_at",
        "completed_at",
        "failed_at",
        "cancelling_at",
        "cancelled_at",
        "metadata",
    )
)
_K_BatchRequestCounts = frozenset(
    (
        "completed",
        "failed",
        "total",
    )
)
_K_BatchObjectMetadata = frozenset(())
_K_ErrorResponse = frozenset(("error",))
_K_ErrorResponseError = frozenset(
    (
        "message",
        "type",
        "code",
    )
)
_K_BatchListResponse = frozenset(
    (
        "object",
        "data",
        "has_more",
    )
)
_K_BalanceResponse = frozenset(
    (
        "code",
        "data",
        "scode",
        "status",
    )
)
_K_BalanceResponseData = frozenset(
    (
        "available_balance",
        "voucher_balance",
        "cash_balance",
    )
)
_K_ChatCompletionResponse = frozenset(
    (
        "id",
        "object",
        "created",
        "model",
        "choices",
        "usage",
    )
)
_K_ChatCompletionChoice = frozenset(
    (
        "index",
        "message",
        "finish_reason",
    )
)
_K_ChatCompletionMessage = frozenset(
    (
        "role",
        "content",
        "tool_calls",
        "reasoning_content",
    )
)
_K_ChatCompletionToolCall = frozenset(
    (
        "id",
        "type",
        "function",
    )
)
_K_ChatCompletionToolCallFunction = frozenset(
    (
        "name",
        "arguments",
    )
)
_K_ChatCompletionUsage = frozenset(
    (
        "prompt_tokens",
        "completion_tokens",
        "total_tokens",
        "cached_tokens",
        "prompt_tokens_details",
    )
)
_K_ChatCompletionUsagePromptTokensDetails = frozenset(
    (
        "cached_tokens",
        "cache_write_tokens",
    )
)
_K_FileDeleteResponse = frozenset(
    (
        "id",
        "object",
        "deleted",
    )
)
_K_FileObject = frozenset(
    (
        "id",
        "object",
        "bytes",
        "created_at",
        "filename",
        "purpose",
        "status",
        "status_details",
    )
)
_K_FileListResponse = frozenset(
    (
        "object",
        "data",
    )
)
_K_FormulaFiber = frozenset(
    (
        "id",
        "object",
        "status",
        "created_at",
        "lambda_id",
        "context",
        "formula",
        "organization_id",
        "project_id",
        "error",
    )
)
_K_FormulaFiberContext = frozenset(
    (
        "input",
        "output",
        "encrypted_output",
        "error",
    )
)
_K_FormulaToolList = frozenset(
    (
        "tools",
        "object",
    )
)
_K_ToolDefinition = frozenset(
    (
        "type",
        "function",
    )
)
_K_ToolDefinitionFunction = frozenset(
    (
        "name",
        "parameters",
        "description",
        "strict",
    )
)
_K_ToolDefinitionFunctionParameters = frozenset(())
_K_MessagesResponse = frozenset(
    (
        "id",
        "type",
        "role",
        "model",
        "content",
        "stop_reason",
        "stop_sequence",
        "usage",
    )
)
_D_u5: dict[Any, Any] = {
    "text": b_MessagesResponseText,
    "thinking": b_MessagesResponseThinking,
    "tool_use": b_MessagesResponseToolUse,
}
_K_MessagesResponseText = frozenset(
    (
        "type",
        "text",
    )
)
_K_MessagesResponseThinking = frozenset(
    (
        "type",
        "thinking",
        "signature",
    )
)
_K_MessagesResponseToolUse = frozenset(
    (
        "type",
        "id",
        "name",
        "input",
    )
)
_K_MessagesResponseToolUseInput = frozenset(())
_K_MessagesResponseUsage = frozenset(
    (
        "input_tokens",
        "output_tokens",
        "cache_read_input_tokens",
        "cache_creation_input_tokens",
        "cache_creation",
        "output_tokens_details",
    )
)
_K_MessagesResponseUsageCacheCreation = frozenset(
    (
        "ephemeral_5m_input_tokens",
        "ephemeral_1h_input_tokens",
    )
)
_K_MessagesResponseUsageOutputTokensDetails = frozenset(("thinking_tokens",))
_K_MessagesErrorResponse = frozenset(
    (
        "type",
        "error",
        "request_id",
    )
)
_K_MessagesErrorResponseError = frozenset(
    (
        "type",
        "message",
    )
)
_K_ModelList = frozenset(
    (
        "object",
        "data",
    )
)
_K_ModelObject = frozenset(
    (
        "id",
        "object",
        "created",
        "owned_by",
        "context_length",
        "supports_image_in",
        "supports_video_in",
        "supports_reasoning",
    )
)
_K_ResponsesResponse = frozenset(
    (
        "id",
        "object",
        "created_at",
        "completed_at",
        "status",
        "model",
        "output",
        "usage",
        "incomplete_details",
        "error",
        "instructions",
        "reasoning",
        "text",
        "tools",
        "tool_choice",
        "max_output_tokens",
        "temperature",
        "top_p",
        "metadata",
        "parallel_tool_calls",
        "service_tier",
        "store",
        "background",
        "previous_response_id",
        "conversation",
        "prompt_cache_options",
    )
)
_D_u7: dict[Any, Any] = {
    "custom_tool_call": b_ResponsesOutputCustomToolCallItem,
    "function_call": b_ResponsesOutputFunctionCallItem,
    "message": b_ResponsesOutputMessageItem,
    "reasoning": b_ResponsesOutputReasoningItem,
    "web_search_call": b_ResponsesOutputWebSearchCallItem,
}
_D_u8: dict[Any, Any] = {
    "custom": b_CustomTool,
    "function": b_FunctionTool,
    "namespace": b_NamespaceTool,
    "web_search": b_WebSearchTool,
}
_K_ResponsesOutputCustomToolCallItem = frozenset(
    (
        "type",
        "id",
        "call_id",
        "name",
        "namespace",
        "input",
        "status",
    )
)
_K_ResponsesOutputFunctionCallItem = frozenset(
    (
        "type",
        "id",
        "call_id",
        "name",
        "namespace",
        "arguments",
        "status",
    )
)
_K_ResponsesOutputMessageItem = frozenset(
    (
        "type",
        "id",
        "role",
        "content",
        "status",
    )
)
_K_ResponsesOutputMessageItemContentItem = frozenset(
    (
        "type",
        "text",
        "annotations",
    )
)
_K_ResponsesOutputReasoningItem = frozenset(
    (
        "type",
        "id",
        "summary",
        "encrypted_content",
        "status",
    )
)
_K_ResponsesOutputReasoningItemSummaryItem = frozenset(
    (
        "type",
        "text",
    )
)
_K_ResponsesOutputWebSearchCallItem = frozenset(
    (
        "type",
        "id",
        "status",
        "action",
        "results",
    )
)
_K_ResponsesOutputWebSearchCallItemAction = frozenset(
    (
        "type",
        "query",
        "sources",
    )
)
_K_ResponsesOutputWebSearchCallItemActionSourcesItem = frozenset(
    (
        "type",
        "url",
        "title",
    )
)
_K_ResponsesOutputWebSearchCallItemResultsItem = frozenset(
    (
        "type",
        "image_url",
        "thumbnail_url",
        "source_website_url",
        "caption",
    )
)
_K_ResponsesUsage = frozenset(
    (
        "input_tokens",
        "input_tokens_details",
        "output_tokens",
        "output_tokens_details",
        "total_tokens",
    )
)
_K_ResponsesUsageInputTokensDetails = frozenset(
    (
        "cached_tokens",
        "cache_write_tokens",
    )
)
_K_ResponsesUsageOutputTokensDetails = frozenset(("reasoning_tokens",))
_K_ResponsesResponseIncompleteDetailsType0 = frozenset(("reason",))
_K_ResponsesResponseErrorType0 = frozenset(
    (
        "code",
        "message",
    )
)
_K_ResponsesResponseReasoningType0 = frozenset(())
_K_ResponsesResponseTextType0 = frozenset(())
_K_CustomTool = frozenset(
    (
        "type",
        "name",
        "format",
        "description",
    )
)
_K_CustomToolFormat = frozenset(
    (
        "type",
        "syntax",
        "definition",
    )
)
_K_FunctionTool = frozenset(
    (
        "type",
        "name",
        "description",
        "parameters",
        "strict",
    )
)
_K_FunctionToolParameters = frozenset(())
_K_NamespaceTool = frozenset(
    (
        "type",
        "name",
        "description",
        "tools",
    )
)
_D_u14: dict[Any, Any] = {"custom": b_CustomTool, "function": b_FunctionTool}
_K_WebSearchTool = frozenset(
    (
        "type",
        "filters",
        "search_content_types",
        "image_settings",
    )
)
_K_WebSearchToolFilters = frozenset(("allowed_domains",))
_K_WebSearchToolImageSettings = frozenset(
    (
        "max_results",
        "caption",
    )
)
_K_ResponsesResponseMetadataType0 = frozenset(())
_K_ResponsesResponseConversationType0 = frozenset(())
_K_ResponsesResponsePromptCacheOptions = frozenset(
    (
        "mode",
        "ttl",
    )
)
_K_ToolsFetchResponse = frozenset(
    (
        "url",
        "markdown",
        "title",
    )
)
_K_ToolsSearchResponse = frozenset(("search_results",))
_K_ToolsSearchResult = frozenset(
    (
        "authority",
        "date",
        "icon",
        "mime",
        "site_name",
        "snippet",
        "text",
        "title",
        "url",
    )
)
_K_ToolsSearchProResponse = frozenset(("search_results",))
_K_ToolsSearchProResult = frozenset(
    (
        "authority",
        "date",
        "icon",
        "mime",
        "site_name",
        "snippet",
        "title",
        "url",
        "chunks",
    )
)
_K_ToolsSearchProChunk = frozenset(
    (
        "text",
        "score",
    )
)
_K_EstimateTokenResponse = frozenset(("data",))
_K_EstimateTokenResponseData = frozenset(("total_tokens",))
_K_SignatureVerifyResponse = frozenset(("valid",))
_K_MessagesStreamEventMessageStart = frozenset(
    (
        "type",
        "message",
    )
)
_K_MessagesStreamEventContentBlockStart = frozenset(
    (
        "type",
        "index",
        "content_block",
    )
)
_D_u20: dict[Any, Any] = {
    "text": b_MessagesStreamEventContentBlockStartText,
    "thinking": b_MessagesStreamEventContentBlockStartThinking,
    "tool_use": b_MessagesStreamEventContentBlockStartToolUse,
}
_K_MessagesStreamEventContentBlockStartText = frozenset(
    (
        "type",
        "text",
    )
)
_K_MessagesStreamEventContentBlockStartThinking = frozenset(
    (
        "type",
        "thinking",
        "signature",
    )
)
_K_MessagesStreamEventContentBlockStartToolUse = frozenset(
    (
        "type",
        "id",
        "name",
        "input",
    )
)
_K_MessagesStreamEventContentBlockStartToolUseInput = frozenset(())
_K_MessagesStreamEventContentBlockDelta = frozenset(
    (
        "type",
        "index",
        "delta",
    )
)
_K_MessagesStreamEventContentBlockDeltaDelta = frozenset(
    (
        "type",
        "text",
        "thinking",
        "signature",
        "partial_json",
    )
)
_K_MessagesStreamEventContentBlockStop = frozenset(
    (
        "type",
        "index",
    )
)
_K_MessagesStreamEventMessageDelta = frozenset(
    (
        "type",
        "delta",
        "usage",
    )
)
_K_MessagesStreamEventMessageDeltaDelta = frozenset(
    (
        "stop_reason",
        "stop_sequence",
    )
)
_K_MessagesStreamEventMessageDeltaUsage = frozenset(
    (
        "input_tokens",
        "output_tokens",
        "cache_read_input_tokens",
        "cache_creation_input_tokens",
        "cache_creation",
        "output_tokens_details",
    )
)
_K_MessagesStreamEventMessageDeltaUsageCacheCreation = frozenset(
    (
        "ephemeral_5m_input_tokens",
        "ephemeral_1h_input_tokens",
    )
)
_K_MessagesStreamEventMessageDeltaUsageOutputTokensDetails = frozenset(
    ("thinking_tokens",)
)
_K_MessagesStreamEventMessageStop = frozenset(("type",))
_K_ChatCompletionChunk = frozenset(
    (
        "id",
        "object",
        "created",
        "model",
        "choices",
        "usage",
    )
)
_K_ChoiceDelta = frozenset(
    (
        "index",
        "delta",
        "finish_reason",
        "usage",
    )
)
_K_ChoiceDeltaDelta = frozenset(
    (
        "role",
        "content",
        "tool_calls",
    )
)
_K_ChoiceDeltaDeltaToolCallsItem = frozenset(
    (
        "id",
        "type",
        "function",
    )
)
_K_ChoiceDeltaDeltaToolCallsItemFunction = frozenset(
    (
        "name",
        "arguments",
    )
)
_K_ChoiceDeltaUsage = frozenset(
    (
        "prompt_tokens",
        "completion_tokens",
        "total_tokens",
    )
)
_K_ChatCompletionChunkUsageType0 = frozenset(
    (
        "prompt_tokens",
        "completion_tokens",
        "total_tokens",
        "cached_tokens",
        "prompt_tokens_details",
    )
)
_K_ChatCompletionChunkUsageType0PromptTokensDetails = frozenset(
    (
        "cached_tokens",
        "cache_write_tokens",
    )
)
_K_ResponsesStreamEvent = frozenset(
    (
        "type",
        "sequence_number",
    )
)

# Class -> its builder ``(data, path, reporter) -> instance``.
BUILDERS: dict[type, Any] = {
    BatchObject: b_BatchObject,
    BatchRequestCounts: b_BatchRequestCounts,
    BatchObjectMetadata: b_BatchObjectMetadata,
    ErrorResponse: b_ErrorResponse,
    ErrorResponseError: b_ErrorResponseError,
    BatchListResponse: b_BatchListResponse,
    BalanceResponse: b_BalanceResponse,
    BalanceResponseData: b_BalanceResponseData,
    ChatCompletionResponse: b_ChatCompletionResponse,
    ChatCompletionChoice: b_ChatCompletionChoice,
    ChatCompletionMessage: b_ChatCompletionMessage,
    ChatCompletionToolCall: b_ChatCompletionToolCall,
    ChatCompletionToolCallFunction: b_ChatCompletionToolCallFunction,
    ChatCompletionUsage: b_ChatCompletionUsage,
    ChatCompletionUsagePromptTokensDetails: b_ChatCompletionUsagePromptTokensDetails,
    FileDeleteResponse: b_FileDeleteResponse,
    FileObject: b_FileObject,
    FileListResponse: b_FileListResponse,
    FormulaFiber: b_FormulaFiber,
    FormulaFiberContext: b_FormulaFiberContext,
    FormulaToolList: b_FormulaToolList,
    ToolDefinition: b_ToolDefinition,
    ToolDefinitionFunction: b_ToolDefinitionFunction,
    ToolDefinitionFunctionParameters: b_ToolDefinitionFunctionParameters,
    MessagesResponse: b_MessagesResponse,
    MessagesResponseText: b_MessagesResponseText,
    MessagesResponseThinking: b_MessagesResponseThinking,
    MessagesResponseToolUse: b_MessagesResponseToolUse,
    MessagesResponseToolUseInput: b_MessagesResponseToolUseInput,
    MessagesResponseUsage: b_MessagesResponseUsage,
    MessagesResponseUsageCacheCreation: b_MessagesResponseUsageCacheCreation,
    MessagesResponseUsageOutputTokensDetails: b_MessagesResponseUsageOutputTokensDetails,
    MessagesErrorResponse: b_MessagesErrorResponse,
    MessagesErrorResponseError: b_MessagesErrorResponseError,
    ModelList: b_ModelList,
    ModelObject: b_ModelObject,
    ResponsesResponse: b_ResponsesResponse,
    ResponsesOutputCustomToolCallItem: b_ResponsesOutputCustomToolCallItem,
    ResponsesOutputFunctionCallItem: b_ResponsesOutputFunctionCallItem,
    ResponsesOutputMessageItem: b_ResponsesOutputMessageItem,
    ResponsesOutputMessageItemContentItem: b_ResponsesOutputMessageItemContentItem,
    ResponsesOutputReasoningItem: b_ResponsesOutputReasoningItem,
    ResponsesOutputReasoningItemSummaryItem: b_ResponsesOutputReasoningItemSummaryItem,
    ResponsesOutputWebSearchCallItem: b_ResponsesOutputWebSearchCallItem,
    ResponsesOutputWebSearchCallItemAction: b_ResponsesOutputWebSearchCallItemAction,
    ResponsesOutputWebSearchCallItemActionSourcesItem: b_ResponsesOutputWebSearchCallItemActionSourcesItem,
    ResponsesOutputWebSearchCallItemResultsItem: b_ResponsesOutputWebSearchCallItemResultsItem,
    ResponsesUsage: b_ResponsesUsage,
    ResponsesUsageInputTokensDetails: b_ResponsesUsageInputTokensDetails,
    ResponsesUsageOutputTokensDetails: b_ResponsesUsageOutputTokensDetails,
    ResponsesResponseIncompleteDetailsType0: b_ResponsesResponseIncompleteDetailsType0,
    ResponsesResponseErrorType0: b_ResponsesResponseErrorType0,
    ResponsesResponseReasoningType0: b_ResponsesResponseReasoningType0,
    ResponsesResponseTextType0: b_ResponsesResponseTextType0,
    CustomTool: b_CustomTool,
    CustomToolFormat: b_CustomToolFormat,
    FunctionTool: b_FunctionTool,
    FunctionToolParameters: b_FunctionToolParameters,
    NamespaceTool: b_NamespaceTool,
    WebSearchTool: b_WebSearchTool,
    WebSearchToolFilters: b_WebSearchToolFilters,
    WebSearchToolImageSettings: b_WebSearchToolImageSettings,
    ResponsesResponseMetadataType0: b_ResponsesResponseMetadataType0,
    ResponsesResponseConversationType0: b_ResponsesResponseConversationType0,
    ResponsesResponsePromptCacheOptions: b_ResponsesResponsePromptCacheOptions,
    ToolsFetchResponse: b_ToolsFetchResponse,
    ToolsSearchResponse: b_ToolsSearchResponse,
    ToolsSearchResult: b_ToolsSearchResult,
    ToolsSearchProResponse: b_ToolsSearchProResponse,
    ToolsSearchProResult: b_ToolsSearchProResult,
    ToolsSearchProChunk: b_ToolsSearchProChunk,
    EstimateTokenResponse: b_EstimateTokenResponse,
    EstimateTokenResponseData: b_EstimateTokenResponseData,
    SignatureVerifyResponse: b_SignatureVerifyResponse,
    MessagesStreamEventMessageStart: b_MessagesStreamEventMessageStart,
    MessagesStreamEventContentBlockStart: b_MessagesStreamEventContentBlockStart,
    MessagesStreamEventContentBlockStartText: b_MessagesStreamEventContentBlockStartText,
    MessagesStreamEventContentBlockStartThinking: b_MessagesStreamEventContentBlockStartThinking,
    MessagesStreamEventContentBlockStartToolUse: b_MessagesStreamEventContentBlockStartToolUse,
    MessagesStreamEventContentBlockStartToolUseInput: b_MessagesStreamEventContentBlockStartToolUseInput,
    MessagesStreamEventContentBlockDelta: b_MessagesStreamEventContentBlockDelta,
    MessagesStreamEventContentBlockDeltaDelta: b_MessagesStreamEventContentBlockDeltaDelta,
    MessagesStreamEventContentBlockStop: b_MessagesStreamEventContentBlockStop,
    MessagesStreamEventMessageDelta: b_MessagesStreamEventMessageDelta,
    MessagesStreamEventMessageDeltaDelta: b_MessagesStreamEventMessageDeltaDelta,
    MessagesStreamEventMessageDeltaUsage: b_MessagesStreamEventMessageDeltaUsage,
    MessagesStreamEventMessageDeltaUsageCacheCreation: b_MessagesStreamEventMessageDeltaUsageCacheCreation,
    MessagesStreamEventMessageDeltaUsageOutputTokensDetails: b_MessagesStreamEventMessageDeltaUsageOutputTokensDetails,
    MessagesStreamEventMessageStop: b_MessagesStreamEventMessageStop,
    ChatCompletionChunk: b_ChatCompletionChunk,
    ChoiceDelta: b_ChoiceDelta,
    ChoiceDeltaDelta: b_ChoiceDeltaDelta,
    ChoiceDeltaDeltaToolCallsItem: b_ChoiceDeltaDeltaToolCallsItem,
    ChoiceDeltaDeltaToolCallsItemFunction: b_ChoiceDeltaDeltaToolCallsItemFunction,
    ChoiceDeltaUsage: b_ChoiceDeltaUsage,
    ChatCompletionChunkUsageType0: b_ChatCompletionChunkUsageType0,
    ChatCompletionChunkUsageType0PromptTokensDetails: b_ChatCompletionChunkUsageType0PromptTokensDetails,
    ResponsesStreamEvent: b_ResponsesStreamEvent,
}
# Class -> (attribute, JSON key) of its fields, in order (what ``to_dict`` writes).
FIELDS: dict[type, tuple[tuple[str, str], ...]] = {
    BatchObject: (
        ("id", "id"),
        ("object_", "object"),
        ("endpoint", "endpoint"),
        ("input_file_id", "input_file_id"),
        ("completion_window", "completion_window"),
        ("status", "status"),
        ("created_at", "created_at"),
        ("request_counts", "request_counts"),
        ("output_file_id", "output_file_id"),
        ("error_file_id", "error_file_id"),
        ("in_progress_at", "in_progress_at"),
        ("expires_at", "expires_at"),
        ("finalizing_at", "finalizing_at"),
        ("completed_at", "completed_at"),
        ("failed_at", "failed_at"),
        ("cancelling_at", "cancelling_at"),
        ("cancelled_at", "cancelled_at"),
        ("metadata", "metadata"),
    ),
    BatchRequestCounts: (
        ("completed", "completed"),
        ("failed", "failed"),
        ("total", "total"),
    ),
    BatchObjectMetadata: (),
    ErrorResponse: (("error", "error"),),
    ErrorResponseError: (
        ("message", "message"),
        ("type_", "type"),
        ("code", "code"),
    ),
    BatchListResponse: (
        ("object_", "object"),
        ("data", "data"),
        ("has_more", "has_more"),
    ),
    BalanceResponse: (
        ("code", "code"),
        ("data", "data"),
        ("scode", "scode"),
        ("status", "status"),
    ),
    BalanceResponseData: (
        ("available_balance", "available_balance"),
        ("voucher_balance", "voucher_balance"),
        ("cash_balance", "cash_balance"),
    ),
    ChatCompletionResponse: (
        ("id", "id"),
        ("object_", "object"),
        ("created", "created"),
        ("model", "model"),
        ("choices", "choices"),
        ("usage", "usage"),
    ),
    ChatCompletionChoice: (
        ("index", "index"),
        ("message", "message"),
        ("finish_reason", "finish_reason"),
    ),
    ChatCompletionMessage: (
        ("role", "role"),
        ("content", "content"),
        ("tool_calls", "tool_calls"),
        ("reasoning_content", "reasoning_content"),
    ),
    ChatCompletionToolCall: (
        ("id", "id"),
        ("type_", "type"),
        ("function", "function"),
    ),
    ChatCompletionToolCallFunction: (
        ("name", "name"),
        ("arguments", "arguments"),
    ),
    ChatCompletionUsage: (
        ("prompt_tokens", "prompt_tokens"),
        ("completion_tokens", "completion_tokens"),
        ("total_tokens", "total_tokens"),
        ("cached_tokens", "cached_tokens"),
        ("prompt_tokens_details", "prompt_tokens_details"),
    ),
    ChatCompletionUsagePromptTokensDetails: (
        ("cached_tokens", "cached_tokens"),
        ("cache_write_tokens", "cache_write_tokens"),
    ),
    FileDeleteResponse: (
        ("id", "id"),
        ("object_", "object"),
        ("deleted", "deleted"),
    ),
    FileObject: (
        ("id", "id"),
        ("object_", "object"),
        ("bytes_", "bytes"),
        ("created_at", "created_at"),
        ("filename", "filename"),
        ("purpose", "purpose"),
        ("status", "status"),
        ("status_details", "status_details"),
    ),
    FileListResponse: (
        ("object_", "object"),
        ("data", "data"),
    ),
    FormulaFiber: (
        ("id", "id"),
        ("object_", "object"),
        ("status", "status"),
        ("created_at", "created_at"),
        ("lambda_id", "lambda_id"),
        ("context", "context"),
        ("formula", "formula"),
        ("organization_id", "organization_id"),
        ("project_id", "project_id"),
        ("error", "error"),
    ),
    FormulaFiberContext: (
        ("input_", "input"),
        ("output", "output"),
        ("encrypted_output", "encrypted_output"),
        ("error", "error"),
    ),
    FormulaToolList: (
        ("tools", "tools"),
        ("object_", "object"),
    ),
    ToolDefinition: (
        ("type_", "type"),
        ("function", "function"),
    ),
    ToolDefinitionFunction: (
        ("name", "name"),
        ("parameters", "parameters"),
        ("description", "description"),
        ("strict", "strict"),
    ),
    ToolDefinitionFunctionParameters: (),
    MessagesResponse: (
        ("id", "id"),
        ("type_", "type"),
        ("role", "role"),
        ("model", "model"),
        ("content", "content"),
        ("stop_reason", "stop_reason"),
        ("stop_sequence", "stop_sequence"),
        ("usage", "usage"),
    ),
    MessagesResponseText: (
        ("type_", "type"),
        ("text", "text"),
    ),
    MessagesResponseThinking: (
        ("type_", "type"),
        ("thinking", "thinking"),
        ("signature", "signature"),
    ),
    MessagesResponseToolUse: (
        ("type_", "type"),
        ("id", "id"),
        ("name", "name"),
        ("input_", "input"),
    ),
    MessagesResponseToolUseInput: (),
    MessagesResponseUsage: (
        ("input_tokens", "input_tokens"),
        ("output_tokens", "output_tokens"),
        ("cache_read_input_tokens", "cache_read_input_tokens"),
        ("cache_creation_input_tokens", "cache_creation_input_tokens"),
        ("cache_creation", "cache_creation"),
        ("output_tokens_details", "output_tokens_details"),
    ),
    MessagesResponseUsageCacheCreation: (
        ("ephemeral_5m_input_tokens", "ephemeral_5m_input_tokens"),
        ("ephemeral_1h_input_tokens", "ephemeral_1h_input_tokens"),
    ),
    MessagesResponseUsageOutputTokensDetails: (("thinking_tokens", "thinking_tokens"),),
    MessagesErrorResponse: (
        ("type_", "type"),
        ("error", "error"),
        ("request_id", "request_id"),
    ),
    MessagesErrorResponseError: (
        ("type_", "type"),
        ("message", "message"),
    ),
    ModelList: (
        ("object_", "object"),
        ("data", "data"),
    ),
    ModelObject: (
        ("id", "id"),
        ("object_", "object"),
        ("created", "created"),
        ("owned_by", "owned_by"),
        ("context_length", "context_length"),
        ("supports_image_in", "supports_image_in"),
        ("supports_video_in", "supports_video_in"),
        ("supports_reasoning", "supports_reasoning"),
    ),
    ResponsesResponse: (
        ("id", "id"),
        ("object_", "object"),
        ("created_at", "created_at"),
        ("completed_at", "completed_at"),
        ("status", "status"),
        ("model", "model"),
        ("output", "output"),
        ("usage", "usage"),
        ("incomplete_details", "incomplete_details"),
        ("error", "error"),
        ("instructions", "instructions"),
        ("reasoning", "reasoning"),
        ("text", "text"),
        ("tools", "tools"),
        ("tool_choice", "tool_choice"),
        ("max_output_tokens", "max_output_tokens"),
        ("temperature", "temperature"),
        ("top_p", "top_p"),
        ("metadata", "metadata"),
        ("parallel_tool_calls", "parallel_tool_calls"),
        ("service_tier", "service_tier"),
        ("store", "store"),
        ("background", "background"),
        ("previous_response_id", "previous_response_id"),
        ("conversation", "conversation"),
        ("prompt_cache_options", "prompt_cache_options"),
    ),
    ResponsesOutputCustomToolCallItem: (
        ("type_", "type"),
        ("id", "id"),
        ("call_id", "call_id"),
        ("name", "name"),
        ("namespace", "namespace"),
        ("input_", "input"),
        ("status", "status"),
    ),
    ResponsesOutputFunctionCallItem: (
        ("type_", "type"),
        ("id", "id"),
        ("call_id", "call_id"),
        ("name", "name"),
        ("namespace", "namespace"),
        ("arguments", "arguments"),
        ("status", "status"),
    ),
    ResponsesOutputMessageItem: (
        ("type_", "type"),
        ("id", "id"),
        ("role", "role"),
        ("content", "content"),
        ("status", "status"),
    ),
    ResponsesOutputMessageItemContentItem: (
        ("type_", "type"),
        ("text", "text"),
        ("annotations", "annotations"),
    ),
    ResponsesOutputReasoningItem: (
        ("type_", "type"),
        ("id", "id"),
        ("summary", "summary"),
        ("encrypted_content", "encrypted_content"),
        ("status", "status"),
    ),
    ResponsesOutputReasoningItemSummaryItem: (
        ("type_", "type"),
        ("text", "text"),
    ),
    ResponsesOutputWebSearchCallItem: (
        ("type_", "type"),
        ("id", "id"),
        ("status", "status"),
        ("action", "action"),
        ("results", "results"),
    ),
    ResponsesOutputWebSearchCallItemAction: (
        ("type_", "type"),
        ("query", "query"),
        ("sources", "sources"),
    ),
    ResponsesOutputWebSearchCallItemActionSourcesItem: (
        ("type_", "type"),
        ("url", "url"),
        ("title", "title"),
    ),
    ResponsesOutputWebSearchCallItemResultsItem: (
        ("type_", "type"),
        ("image_url", "image_url"),
        ("thumbnail_url", "thumbnail_url"),
        ("source_website_url", "source_website_url"),
        ("caption", "caption"),
    ),
    ResponsesUsage: (
        ("input_tokens", "input_tokens"),
        ("input_tokens_details", "input_tokens_details"),
        ("output_tokens", "output_tokens"),
        ("output_tokens_details", "output_tokens_details"),
        ("total_tokens", "total_tokens"),
    ),
    ResponsesUsageInputTokensDetails: (
        ("cached_tokens", "cached_tokens"),
        ("cache_write_tokens", "cache_write_tokens"),
    ),
    ResponsesUsageOutputTokensDetails: (("reasoning_tokens", "reasoning_tokens"),),
    ResponsesResponseIncompleteDetailsType0: (("reason", "reason"),),
    ResponsesResponseErrorType0: (
        ("code", "code"),
        ("message", "message"),
    ),
    ResponsesResponseReasoningType0: (),
    ResponsesResponseTextType0: (),
    CustomTool: (
        ("type_", "type"),
        ("name", "name"),
        ("format_", "format"),
        ("description", "description"),
    ),
    CustomToolFormat: (
        ("type_", "type"),
        ("syntax", "syntax"),
        ("definition", "definition"),
    ),
    FunctionTool: (
        ("type_", "type"),
        ("name", "name"),
        ("description", "description"),
        ("parameters", "parameters"),
        ("strict", "strict"),
    ),
    FunctionToolParameters: (),
    NamespaceTool: (
        ("type_", "type"),
        ("name", "name"),
        ("description", "description"),
        ("tools", "tools"),
    ),
    WebSearchTool: (
        ("type_", "type"),
        ("filters", "filters"),
        ("search_content_types", "search_content_types"),
        ("image_settings", "image_settings"),
    ),
    WebSearchToolFilters: (("allowed_domains", "allowed_domains"),),
    WebSearchToolImageSettings: (
        ("max_results", "max_results"),
        ("caption", "caption"),
    ),
    ResponsesResponseMetadataType0: (),
    ResponsesResponseConversationType0: (),
    ResponsesResponsePromptCacheOptions: (
        ("mode", "mode"),
        ("ttl", "ttl"),
    ),
    ToolsFetchResponse: (
        ("url", "url"),
        ("markdown", "markdown"),
        ("title", "title"),
    ),
    ToolsSearchResponse: (("search_results", "search_results"),),
    ToolsSearchResult: (
        ("authority", "authority"),
        ("date", "date"),
        ("icon", "icon"),
        ("mime", "mime"),
        ("site_name", "site_name"),
        ("snippet", "snippet"),
        ("text", "text"),
        ("title", "title"),
        ("url", "url"),
    ),
    ToolsSearchProResponse: (("search_results", "search_results"),),
    ToolsSearchProResult: (
        ("authority", "authority"),
        ("date", "date"),
        ("icon", "icon"),
        ("mime", "mime"),
        ("site_name", "site_name"),
        ("snippet", "snippet"),
        ("title", "title"),
        ("url", "url"),
        ("chunks", "chunks"),
    ),
    ToolsSearchProChunk: (
        ("text", "text"),
        ("score", "score"),
    ),
    EstimateTokenResponse: (("data", "data"),),
    EstimateTokenResponseData: (("total_tokens", "total_tokens"),),
    SignatureVerifyResponse: (("valid", "valid"),),
    MessagesStreamEventMessageStart: (
        ("type_", "type"),
        ("message", "message"),
    ),
    MessagesStreamEventContentBlockStart: (
        ("type_", "type"),
        ("index", "index"),
        ("content_block", "content_block"),
    ),
    MessagesStreamEventContentBlockStartText: (
        ("type_", "type"),
        ("text", "text"),
    ),
    MessagesStreamEventContentBlockStartThinking: (
        ("type_", "type"),
        ("thinking", "thinking"),
        ("signature", "signature"),
    ),
    MessagesStreamEventContentBlockStartToolUse: (
        ("type_", "type"),
        ("id", "id"),
        ("name", "name"),
        ("input_", "input"),
    ),
    MessagesStreamEventContentBlockStartToolUseInput: (),
    MessagesStreamEventContentBlockDelta: (
        ("type_", "type"),
        ("index", "index"),
        ("delta", "delta"),
    ),
    MessagesStreamEventContentBlockDeltaDelta: (
        ("type_", "type"),
        ("text", "text"),
        ("thinking", "thinking"),
        ("signature", "signature"),
        ("partial_json", "partial_json"),
    ),
    MessagesStreamEventContentBlockStop: (
        ("type_", "type"),
        ("index", "index"),
    ),
    MessagesStreamEventMessageDelta: (
        ("type_", "type"),
        ("delta", "delta"),
        ("usage", "usage"),
    ),
    MessagesStreamEventMessageDeltaDelta: (
        ("stop_reason", "stop_reason"),
        ("stop_sequence", "stop_sequence"),
    ),
    MessagesStreamEventMessageDeltaUsage: (
        ("input_tokens", "input_tokens"),
        ("output_tokens", "output_tokens"),
        ("cache_read_input_tokens", "cache_read_input_tokens"),
        ("cache_creation_input_tokens", "cache_creation_input_tokens"),
        ("cache_creation", "cache_creation"),
        ("output_tokens_details", "output_tokens_details"),
    ),
    MessagesStreamEventMessageDeltaUsageCacheCreation: (
        ("ephemeral_5m_input_tokens", "ephemeral_5m_input_tokens"),
        ("ephemeral_1h_input_tokens", "ephemeral_1h_input_tokens"),
    ),
    MessagesStreamEventMessageDeltaUsageOutputTokensDetails: (
        ("thinking_tokens", "thinking_tokens"),
    ),
    MessagesStreamEventMessageStop: (("type_", "type"),),
    ChatCompletionChunk: (
        ("id", "id"),
        ("object_", "object"),
        ("created", "created"),
        ("model", "model"),
        ("choices", "choices"),
        ("usage", "usage"),
    ),
    ChoiceDelta: (
        ("index", "index"),
        ("delta", "delta"),
        ("finish_reason", "finish_reason"),
        ("usage", "usage"),
    ),
    ChoiceDeltaDelta: (
        ("role", "role"),
        ("content", "content"),
        ("tool_calls", "tool_calls"),
    ),
    ChoiceDeltaDeltaToolCallsItem: (
        ("id", "id"),
        ("type_", "type"),
        ("function", "function"),
    ),
    ChoiceDeltaDeltaToolCallsItemFunction: (
        ("name", "name"),
        ("arguments", "arguments"),
    ),
    ChoiceDeltaUsage: (
        ("prompt_tokens", "prompt_tokens"),
        ("completion_tokens", "completion_tokens"),
        ("total_tokens", "total_tokens"),
    ),
    ChatCompletionChunkUsageType0: (
        ("prompt_tokens", "prompt_tokens"),
        ("completion_tokens", "completion_tokens"),
        ("total_tokens", "total_tokens"),
        ("cached_tokens", "cached_tokens"),
        ("prompt_tokens_details", "prompt_tokens_details"),
    ),
    ChatCompletionChunkUsageType0PromptTokensDetails: (
        ("cached_tokens", "cached_tokens"),
        ("cache_write_tokens", "cache_write_tokens"),
    ),
    ResponsesStreamEvent: (
        ("type_", "type"),
        ("sequence_number", "sequence_number"),
    ),
}
_REQ: dict[Any, frozenset[str]] = {
    b_BatchObject: frozenset(
        (
            "id",
            "object",
            "endpoint",
            "input_file_id",
            "completion_window",
            "status",
            "created_at",
            "request_counts",
        )
    ),
    b_BatchRequestCounts: frozenset(
        (
            "completed",
            "failed",
            "total",
        )
    ),
    b_BatchObjectMetadata: frozenset(()),
    b_ErrorResponse: frozenset(("error",)),
    b_ErrorResponseError: frozenset(("message",)),
    b_BatchListResponse: frozenset(
        (
            "object",
            "data",
        )
    ),
    b_BalanceResponse: frozenset(
        (
            "code",
            "data",
            "scode",
            "status",
        )
    ),
    b_BalanceResponseData: frozenset(
        (
            "available_balance",
            "voucher_balance",
            "cash_balance",
        )
    ),
    b_ChatCompletionResponse: frozenset(()),
    b_ChatCompletionChoice: frozenset(()),
    b_ChatCompletionMessage: frozenset(()),
    b_ChatCompletionToolCall: frozenset(()),
    b_ChatCompletionToolCallFunction: frozenset(()),
    b_ChatCompletionUsage: frozenset(()),
    b_ChatCompletionUsagePromptTokensDetails: frozenset(
        (
            "cached_tokens",
            "cache_write_tokens",
        )
    ),
    b_FileDeleteResponse: frozenset(
        (
            "id",
            "object",
            "deleted",
        )
    ),
    b_FileObject: frozenset(
        (
            "id",
            "object",
            "bytes",
            "created_at",
            "filename",
            "purpose",
            "status",
        )
    ),
    b_FileListResponse: frozenset(
        (
            "object",
            "data",
        )
    ),
    b_FormulaFiber: frozenset(
        (
            "id",
            "object",
            "status",
        )
    ),
    b_FormulaFiberContext: frozenset(()),
    b_FormulaToolList: frozenset(("tools",)),
    b_ToolDefinition: frozenset(
        (
            "type",
            "function",
        )
    ),
    b_ToolDefinitionFunction: frozenset(
        (
            "name",
            "parameters",
        )
    ),
    b_ToolDefinitionFunctionParameters: frozenset(()),
    b_MessagesResponse: frozenset(()),
    b_MessagesResponseText: frozenset(
        (
            "type",
            "text",
        )
    ),
    b_MessagesResponseThinking: frozenset(
        (
            "type",
            "thinking",
        )
    ),
    b_MessagesResponseToolUse: frozenset(
        (
            "type",
            "id",
            "name",
            "input",
        )
    ),
    b_MessagesResponseToolUseInput: frozenset(()),
    b_MessagesResponseUsage: frozenset(()),
    b_MessagesResponseUsageCacheCreation: frozenset(
        (
            "ephemeral_5m_input_tokens",
            "ephemeral_1h_input_tokens",
        )
    ),
    b_MessagesResponseUsageOutputTokensDetails: frozenset(()),
    b_MessagesErrorResponse: frozenset(
        (
            "type",
            "error",
        )
    ),
    b_MessagesErrorResponseError: frozenset(
        (
            "type",
            "message",
        )
    ),
    b_ModelList: frozenset(()),
    b_ModelObject: frozenset(()),
    b_ResponsesResponse: frozenset(()),
    b_ResponsesOutputCustomToolCallItem: frozenset(()),
    b_ResponsesOutputFunctionCallItem: frozenset(()),
    b_ResponsesOutputMessageItem: frozenset(()),
    b_ResponsesOutputMessageItemContentItem: frozenset(()),
    b_ResponsesOutputReasoningItem: frozenset(()),
    b_ResponsesOutputReasoningItemSummaryItem: frozenset(()),
    b_ResponsesOutputWebSearchCallItem: frozenset(()),
    b_ResponsesOutputWebSearchCallItemAction: frozenset(()),
    b_ResponsesOutputWebSearchCallItemActionSourcesItem: frozenset(()),
    b_ResponsesOutputWebSearchCallItemResultsItem: frozenset(()),
    b_ResponsesUsage: frozenset(()),
    b_ResponsesUsageInputTokensDetails: frozenset(()),
    b_ResponsesUsageOutputTokensDetails: frozenset(()),
    b_ResponsesResponseIncompleteDetailsType0: frozenset(()),
    b_ResponsesResponseErrorType0: frozenset(()),
    b_ResponsesResponseReasoningType0: frozenset(()),
    b_ResponsesResponseTextType0: frozenset(()),
    b_CustomTool: frozenset(
        (
            "type",
            "name",
            "format",
        )
    ),
    b_CustomToolFormat: frozenset(
        (
            "type",
            "syntax",
            "definition",
        )
    ),
    b_FunctionTool: frozenset(
        (
            "type",
            "name",
        )
    ),
    b_FunctionToolParameters: frozenset(()),
    b_NamespaceTool: frozenset(
        (
            "type",
            "name",
            "description",
            "tools",
        )
    ),
    b_WebSearchTool: frozenset(("type",)),
    b_WebSearchToolFilters: frozenset(()),
    b_WebSearchToolImageSettings: frozenset(()),
    b_ResponsesResponseMetadataType0: frozenset(()),
    b_ResponsesResponseConversationType0: frozenset(()),
    b_ResponsesResponsePromptCacheOptions: frozenset(()),
    b_ToolsFetchResponse: frozenset(
        (
            "url",
            "markdown",
            "title",
        )
    ),
    b_ToolsSearchResponse: frozenset(("search_results",)),
    b_ToolsSearchResult: frozenset(
        (
            "authority",
            "date",
            "icon",
            "mime",
            "site_name",
            "snippet",
            "text",
            "title",
            "url",
        )
    ),
    b_ToolsSearchProResponse: frozenset(("search_results",)),
    b_ToolsSearchProResult: frozenset(
        (
            "authority",
            "date",
            "icon",
            "mime",
            "site_name",
            "snippet",
            "title",
            "url",
            "chunks",
        )
    ),
    b_ToolsSearchProChunk: frozenset(
        (
            "text",
            "score",
        )
    ),
    b_EstimateTokenResponse: frozenset(("data",)),
    b_EstimateTokenResponseData: frozenset(("total_tokens",)),
    b_SignatureVerifyResponse: frozenset(("valid",)),
    b_MessagesStreamEventMessageStart: frozenset(
        (
            "type",
            "message",
        )
    ),
    b_MessagesStreamEventContentBlockStart: frozenset(
        (
            "type",
            "index",
            "content_block",
        )
    ),
    b_MessagesStreamEventContentBlockStartText: frozenset(
        (
            "type",
            "text",
        )
    ),
    b_MessagesStreamEventContentBlockStartThinking: frozenset(
        (
            "type",
            "thinking",
        )
    ),
    b_MessagesStreamEventContentBlockStartToolUse: frozenset(
        (
            "type",
            "id",
            "name",
            "input",
        )
    ),
    b_MessagesStreamEventContentBlockStartToolUseInput: frozenset(()),
    b_MessagesStreamEventContentBlockDelta: frozenset(
        (
            "type",
            "index",
            "delta",
        )
    ),
    b_MessagesStreamEventContentBlockDeltaDelta: frozenset(("type",)),
    b_MessagesStreamEventContentBlockStop: frozenset(
        (
            "type",
            "index",
        )
    ),
    b_MessagesStreamEventMessageDelta: frozenset(
        (
            "type",
            "delta",
        )
    ),
    b_MessagesStreamEventMessageDeltaDelta: frozenset(()),
    b_MessagesStreamEventMessageDeltaUsage: frozenset(()),
    b_MessagesStreamEventMessageDeltaUsageCacheCreation: frozenset(
        (
            "ephemeral_5m_input_tokens",
            "ephemeral_1h_input_tokens",
        )
    ),
    b_MessagesStreamEventMessageDeltaUsageOutputTokensDetails: frozenset(()),
    b_MessagesStreamEventMessageStop: frozenset(("type",)),
    b_ChatCompletionChunk: frozenset(()),
    b_ChoiceDelta: frozenset(()),
    b_ChoiceDeltaDelta: frozenset(()),
    b_ChoiceDeltaDeltaToolCallsItem: frozenset(()),
    b_ChoiceDeltaDeltaToolCallsItemFunction: frozenset(()),
    b_ChoiceDeltaUsage: frozenset(()),
    b_ChatCompletionChunkUsageType0: frozenset(()),
    b_ChatCompletionChunkUsageType0PromptTokensDetails: frozenset(
        (
            "cached_tokens",
            "cache_write_tokens",
        )
    ),
    b_ResponsesStreamEvent: frozenset(
        (
            "type",
            "sequence_number",
        )
    ),
}
_KEYS: dict[Any, frozenset[str]] = {
    b_BatchObject: _K_BatchObject,
    b_BatchRequestCounts: _K_BatchRequestCounts,
    b_BatchObjectMetadata: _K_BatchObjectMetadata,
    b_ErrorResponse: _K_ErrorResponse,
    b_ErrorResponseError: _K_ErrorResponseError,
    b_BatchListResponse: _K_BatchListResponse,
    b_BalanceResponse: _K_BalanceResponse,
    b_BalanceResponseData: _K_BalanceResponseData,
    b_ChatCompletionResponse: _K_ChatCompletionResponse,
    b_ChatCompletionChoice: _K_ChatCompletionChoice,
    b_ChatCompletionMessage: _K_ChatCompletionMessage,
    b_ChatCompletionToolCall: _K_ChatCompletionToolCall,
    b_ChatCompletionToolCallFunction: _K_ChatCompletionToolCallFunction,
    b_ChatCompletionUsage: _K_ChatCompletionUsage,
    b_ChatCompletionUsagePromptTokensDetails: _K_ChatCompletionUsagePromptTokensDetails,
    b_FileDeleteResponse: _K_FileDeleteResponse,
    b_FileObject: _K_FileObject,
    b_FileListResponse: _K_FileListResponse,
    b_FormulaFiber: _K_FormulaFiber,
    b_FormulaFiberContext: _K_FormulaFiberContext,
    b_FormulaToolList: _K_FormulaToolList,
    b_ToolDefinition: _K_ToolDefinition,
    b_ToolDefinitionFunction: _K_ToolDefinitionFunction,
    b_ToolDefinitionFunctionParameters: _K_ToolDefinitionFunctionParameters,
    b_MessagesResponse: _K_MessagesResponse,
    b_MessagesResponseText: _K_MessagesResponseText,
    b_MessagesResponseThinking: _K_MessagesResponseThinking,
    b_MessagesResponseToolUse: _K_MessagesResponseToolUse,
    b_MessagesResponseToolUseInput: _K_MessagesResponseToolUseInput,
    b_MessagesResponseUsage: _K_MessagesResponseUsage,
    b_MessagesResponseUsageCacheCreation: _K_MessagesResponseUsageCacheCreation,
    b_MessagesResponseUsageOutputTokensDetails: _K_MessagesResponseUsageOutputTokensDetails,
    b_MessagesErrorResponse: _K_MessagesErrorResponse,
    b_MessagesErrorResponseError: _K_MessagesErrorResponseError,
    b_ModelList: _K_ModelList,
    b_ModelObject: _K_ModelObject,
    b_ResponsesResponse: _K_ResponsesResponse,
    b_ResponsesOutputCustomToolCallItem: _K_ResponsesOutputCustomToolCallItem,
    b_ResponsesOutputFunctionCallItem: _K_ResponsesOutputFunctionCallItem,
    b_ResponsesOutputMessageItem: _K_ResponsesOutputMessageItem,
    b_ResponsesOutputMessageItemContentItem: _K_ResponsesOutputMessageItemContentItem,
    b_ResponsesOutputReasoningItem: _K_ResponsesOutputReasoningItem,
    b_ResponsesOutputReasoningItemSummaryItem: _K_ResponsesOutputReasoningItemSummaryItem,
    b_ResponsesOutputWebSearchCallItem: _K_ResponsesOutputWebSearchCallItem,
    b_ResponsesOutputWebSearchCallItemAction: _K_ResponsesOutputWebSearchCallItemAction,
    b_ResponsesOutputWebSearchCallItemActionSourcesItem: _K_ResponsesOutputWebSearchCallItemActionSourcesItem,
    b_ResponsesOutputWebSearchCallItemResultsItem: _K_ResponsesOutputWebSearchCallItemResultsItem,
    b_ResponsesUsage: _K_ResponsesUsage,
    b_ResponsesUsageInputTokensDetails: _K_ResponsesUsageInputTokensDetails,
    b_ResponsesUsageOutputTokensDetails: _K_ResponsesUsageOutputTokensDetails,
    b_ResponsesResponseIncompleteDetailsType0: _K_ResponsesResponseIncompleteDetailsType0,
    b_ResponsesResponseErrorType0: _K_ResponsesResponseErrorType0,
    b_ResponsesResponseReasoningType0: _K_ResponsesResponseReasoningType0,
    b_ResponsesResponseTextType0: _K_ResponsesResponseTextType0,
    b_CustomTool: _K_CustomTool,
    b_CustomToolFormat: _K_CustomToolFormat,
    b_FunctionTool: _K_FunctionTool,
    b_FunctionToolParameters: _K_FunctionToolParameters,
    b_NamespaceTool: _K_NamespaceTool,
    b_WebSearchTool: _K_WebSearchTool,
    b_WebSearchToolFilters: _K_WebSearchToolFilters,
    b_WebSearchToolImageSettings: _K_WebSearchToolImageSettings,
    b_ResponsesResponseMetadataType0: _K_ResponsesResponseMetadataType0,
    b_ResponsesResponseConversationType0: _K_ResponsesResponseConversationType0,
    b_ResponsesResponsePromptCacheOptions: _K_ResponsesResponsePromptCacheOptions,
    b_ToolsFetchResponse: _K_ToolsFetchResponse,
    b_ToolsSearchResponse: _K_ToolsSearchResponse,
    b_ToolsSearchResult: _K_ToolsSearchResult,
    b_ToolsSearchProResponse: _K_ToolsSearchProResponse,
    b_ToolsSearchProResult: _K_ToolsSearchProResult,
    b_ToolsSearchProChunk: _K_ToolsSearchProChunk,
    b_EstimateTokenResponse: _K_EstimateTokenResponse,
    b_EstimateTokenResponseData: _K_EstimateTokenResponseData,
    b_SignatureVerifyResponse: _K_SignatureVerifyResponse,
    b_MessagesStreamEventMessageStart: _K_MessagesStreamEventMessageStart,
    b_MessagesStreamEventContentBlockStart: _K_MessagesStreamEventContentBlockStart,
    b_MessagesStreamEventContentBlockStartText: _K_MessagesStreamEventContentBlockStartText,
    b_MessagesStreamEventContentBlockStartThinking: _K_MessagesStreamEventContentBlockStartThinking,
    b_MessagesStreamEventContentBlockStartToolUse: _K_MessagesStreamEventContentBlockStartToolUse,
    b_MessagesStreamEventContentBlockStartToolUseInput: _K_MessagesStreamEventContentBlockStartToolUseInput,
    b_MessagesStreamEventContentBlockDelta: _K_MessagesStreamEventContentBlockDelta,
    b_MessagesStreamEventContentBlockDeltaDelta: _K_MessagesStreamEventContentBlockDeltaDelta,
    b_MessagesStreamEventContentBlockStop: _K_MessagesStreamEventContentBlockStop,
    b_MessagesStreamEventMessageDelta: _K_MessagesStreamEventMessageDelta,
    b_MessagesStreamEventMessageDeltaDelta: _K_MessagesStreamEventMessageDeltaDelta,
    b_MessagesStreamEventMessageDeltaUsage: _K_MessagesStreamEventMessageDeltaUsage,
    b_MessagesStreamEventMessageDeltaUsageCacheCreation: _K_MessagesStreamEventMessageDeltaUsageCacheCreation,
    b_MessagesStreamEventMessageDeltaUsageOutputTokensDetails: _K_MessagesStreamEventMessageDeltaUsageOutputTokensDetails,
    b_MessagesStreamEventMessageStop: _K_MessagesStreamEventMessageStop,
    b_ChatCompletionChunk: _K_ChatCompletionChunk,
    b_ChoiceDelta: _K_ChoiceDelta,
    b_ChoiceDeltaDelta: _K_ChoiceDeltaDelta,
    b_ChoiceDeltaDeltaToolCallsItem: _K_ChoiceDeltaDeltaToolCallsItem,
    b_ChoiceDeltaDeltaToolCallsItemFunction: _K_ChoiceDeltaDeltaToolCallsItemFunction,
    b_ChoiceDeltaUsage: _K_ChoiceDeltaUsage,
    b_ChatCompletionChunkUsageType0: _K_ChatCompletionChunkUsageType0,
    b_ChatCompletionChunkUsageType0PromptTokensDetails: _K_ChatCompletionChunkUsageType0PromptTokensDetails,
    b_ResponsesStreamEvent: _K_ResponsesStreamEvent,
}
# Operation (``tag.module`` under ``api``) -> status -> the class its JSON answer is.
PARSED: dict[str, dict[int, type]] = {
    "batch.cancel_batch": {
        200: BatchObject,
        400: ErrorResponse,
        401: ErrorResponse,
        404: ErrorResponse,
        500: ErrorResponse,
    },
    "batch.create_batch": {
        200: BatchObject,
        400: ErrorResponse,
        401: ErrorResponse,
        500: ErrorResponse,
    },
    "batch.list_batches": {
        200: BatchListResponse,
        401: ErrorResponse,
        500: ErrorResponse,
    },
    "batch.retrieve_batch": {
        200: BatchObject,
        401: ErrorResponse,
        404: ErrorResponse,
        500: ErrorResponse,
    },
    "billing.check_balance": {
        200: BalanceResponse,
        401: ErrorResponse,
        500: ErrorResponse,
    },
    "chat.create_chat_completion": {
        200: ChatCompletionResponse,
        400: ErrorResponse,
        401: ErrorResponse,
        500: ErrorResponse,
    },
    "files.delete_file": {
        200: FileDeleteResponse,
        401: ErrorResponse,
        404: ErrorResponse,
        500: ErrorResponse,
    },
    "files.get_file_content": {
        401: ErrorResponse,
        404: ErrorResponse,
        500: ErrorResponse,
    },
    "files.get_file_information": {
        200: FileObject,
        401: ErrorResponse,
        404: ErrorResponse,
        500: ErrorResponse,
    },
    "files.list_files": {200: FileListResponse, 401: ErrorResponse, 500: ErrorResponse},
    "files.upload_file": {
        200: FileObject,
        400: ErrorResponse,
        401: ErrorResponse,
        500: ErrorResponse,
    },
    "formulas.create_formula_fiber": {
        200: FormulaFiber,
        400: ErrorResponse,
        401: ErrorResponse,
        404: ErrorResponse,
        429: ErrorResponse,
    },
    "formulas.list_formula_tools": {
        200: FormulaToolList,
        401: ErrorResponse,
        404: ErrorResponse,
    },
    "messages.messages_api": {
        200: MessagesResponse,
        400: MessagesErrorResponse,
        401: ErrorResponse,
        500: MessagesErrorResponse,
    },
    "models.list_models": {200: ModelList, 401: ErrorResponse},
    "responses.create_a_model_response": {
        200: ResponsesResponse,
        400: ErrorResponse,
        401: ErrorResponse,
        403: ErrorResponse,
        429: ErrorResponse,
        500: ErrorResponse,
    },
    "tools.url_fetch": {
        200: ToolsFetchResponse,
        400: ErrorResponse,
        403: ErrorResponse,
        404: ErrorResponse,
        408: ErrorResponse,
        429: ErrorResponse,
        500: ErrorResponse,
        502: ErrorResponse,
        504: ErrorResponse,
    },
    "tools.web_search_basic": {
        200: ToolsSearchResponse,
        400: ErrorResponse,
        408: ErrorResponse,
        429: ErrorResponse,
        500: ErrorResponse,
        502: ErrorResponse,
        504: ErrorResponse,
    },
    "tools.web_search_pro": {
        200: ToolsSearchProResponse,
        400: ErrorResponse,
        408: ErrorResponse,
        429: ErrorResponse,
        500: ErrorResponse,
        502: ErrorResponse,
        504: ErrorResponse,
    },
    "utilities.estimate_token_count": {
        200: EstimateTokenResponse,
        400: ErrorResponse,
        401: ErrorResponse,
        500: ErrorResponse,
    },
    "utilities.verify_request_signature": {
        200: SignatureVerifyResponse,
        400: ErrorResponse,
        401: ErrorResponse,
        429: ErrorResponse,
        500: ErrorResponse,
    },
}
# Stream (``METHOD /path``) -> event discriminator value -> the event class.
STREAM_EVENTS: dict[str, dict[str, type]] = {
    "POST /anthropic/v1/messages": {
        "content_block_delta": MessagesStreamEventContentBlockDelta,
        "content_block_start": MessagesStreamEventContentBlockStart,
        "content_block_stop": MessagesStreamEventContentBlockStop,
        "message_delta": MessagesStreamEventMessageDelta,
        "message_start": MessagesStreamEventMessageStart,
        "message_stop": MessagesStreamEventMessageStop,
    },
    "POST /v1/chat/completions": {"": ChatCompletionChunk},
    "POST /v1/responses": {"": ResponsesStreamEvent},
}
# A stream's event union (its schema's name) -> its members, in the document's order.
STREAM_UNIONS: dict[str, tuple[type, ...]] = {
    "MessagesStreamEvent": (
        MessagesStreamEventMessageStart,
        MessagesStreamEventContentBlockStart,
        MessagesStreamEventContentBlockDelta,
        MessagesStreamEventContentBlockStop,
        MessagesStreamEventMessageDelta,
        MessagesStreamEventMessageStop,
    ),
}
# Facts stated in the document's prose and headers (scripts/document_facts.py).
# One stop word's byte limit (None: the document states none).
STOP_MAX_BYTES: int | None = 32
# Model -> the max_completion_tokens the API assumes when a request sends none.
MAX_COMPLETION_TOKENS_DEFAULTS: dict[str, int] = {"kimi-k3": 131072}
# The same for a model the description does not name (None: it states none).
MAX_COMPLETION_TOKENS_DEFAULT: int | None = None
# (nonce request header, timestamp and signature answer headers) of chat, or None.
SIGNATURE_HEADERS: tuple[str, str, str] | None = (
    "X-Msh-Request-Nonce",
    "Msh-Request-Timestamp",
    "Msh-Request-Signature",
)
# (key-value pairs, key characters) a batch's metadata allows (None: not stated).
BATCH_METADATA_LIMITS: tuple[int, int] | None = (16, 64)
