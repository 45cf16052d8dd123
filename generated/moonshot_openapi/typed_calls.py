"""Overloaded call signatures of the operations with a discriminated body.

Written by scripts/generate_types.py from openapi.json; do not edit."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal, Protocol, TypeVar, Unpack, overload

from .typed_requests import (
    BatchCreateRequest,
    ChatRequestBasePrediction,
    ChatRequestBasePromptCacheOptions,
    ChatRequestBaseResponseFormat,
    ChatRequestBaseResponseFormatJsonSchema,
    ChatRequestBaseStreamOptions,
    ChatRequestBaseToolChoiceOption1,
    ChatRequestBaseToolChoiceOption1Function,
    ChatRequestCommonPrediction,
    ChatRequestCommonPromptCacheOptions,
    ChatRequestCommonResponseFormat,
    ChatRequestCommonResponseFormatJsonSchema,
    ChatRequestCommonStreamOptions,
    ChatRequestCommonToolChoiceOption1,
    ChatRequestCommonToolChoiceOption1Function,
    CreateChatCompletionFallbackParams,
    EstimateTokenRequest,
    FormulaFiberRequest,
    KimiK26ChatRequestParams,
    KimiK26ChatRequestThinking,
    KimiK27CodeChatRequestParams,
    KimiK27CodeChatRequestThinking,
    KimiK3ChatRequestParams,
    KimiK3DynamicToolMessage,
    Message,
    MessageContentItemImageUrl,
    MessageContentItemImageUrlImageUrlOption0,
    MessageContentItemText,
    MessageContentItemVideoUrl,
    MessageContentItemVideoUrlVideoUrlOption0,
    MessageToolCallsItem,
    MessageToolCallsItemFunction,
    MessagesMessageParam,
    MessagesMessageParamContentItemImage,
    MessagesMessageParamContentItemImageSource,
    MessagesMessageParamContentItemText,
    MessagesMessageParamContentItemThinking,
    MessagesMessageParamContentItemToolResult,
    MessagesMessageParamContentItemToolResultContentItemImage,
    MessagesMessageParamContentItemToolResultContentItemImageSource,
    MessagesMessageParamContentItemToolResultContentItemText,
    MessagesMessageParamContentItemToolUse,
    MessagesRequest,
    MessagesRequestCacheControl,
    MessagesRequestMetadata,
    MessagesRequestOutputConfig,
    MessagesRequestOutputConfigFormat,
    MessagesTextBlockParam,
    MessagesTool,
    MessagesToolChoice,
    ResponsesAdditionalToolsItem,
    ResponsesCustomTool,
    ResponsesCustomToolCallItem,
    ResponsesCustomToolCallOutputItem,
    ResponsesCustomToolFormat,
    ResponsesFunctionCallItem,
    ResponsesFunctionCallOutputItem,
    ResponsesFunctionTool,
    ResponsesInputContentPartInputImage,
    ResponsesInputContentPartInputText,
    ResponsesInputContentPartOutputText,
    ResponsesMessageItem,
    ResponsesNamespaceTool,
    ResponsesReasoningItem,
    ResponsesReasoningItemContentItem,
    ResponsesReasoningItemSummaryItem,
    ResponsesRequest,
    ResponsesRequestPromptCacheOptions,
    ResponsesRequestReasoning,
    ResponsesRequestText,
    ResponsesRequestTextFormat,
    ResponsesWebSearchCallItem,
    ResponsesWebSearchCallItemAction,
    ResponsesWebSearchTool,
    ResponsesWebSearchToolFilters,
    ResponsesWebSearchToolImageSettings,
    SignatureVerifyRequest,
    ToolDefinitionBuiltinFunction,
    ToolDefinitionBuiltinFunctionFunction,
    ToolDefinitionOption0,
    ToolDefinitionOption0Function,
    ToolsFetchRequest,
    ToolsSearchProRequest,
    ToolsSearchRequest,
    ToolsSearchTimeWindow,
    UploadFileBody,
)

ResponseT_co = TypeVar("ResponseT_co", covariant=True)
StreamT_co = TypeVar("StreamT_co", covariant=True)
TimeoutT_contra = TypeVar("TimeoutT_contra", contravariant=True)


class CreateChatCompletion(Protocol[ResponseT_co, StreamT_co, TimeoutT_contra]):
    """``create_chat_completion``: one overload per value of ``model`` (its request variant),
    a fallback for any other ``str``; ``stream=True`` gives the stream type."""

    @overload
    def __call__(
        self,
        *,
        model: Literal["kimi-k3"],
        messages: Iterable[Message | KimiK3DynamicToolMessage],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[KimiK3ChatRequestParams],
    ) -> ResponseT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: Literal["kimi-k3"],
        messages: Iterable[Message | KimiK3DynamicToolMessage],
        stream: Literal[True],
        resume: bool = False,
        max_resumes: int = ...,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[KimiK3ChatRequestParams],
    ) -> StreamT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: Literal["kimi-k3"],
        messages: Iterable[Message | KimiK3DynamicToolMessage],
        stream: bool,
        resume: bool = False,
        max_resumes: int = ...,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[KimiK3ChatRequestParams],
    ) -> ResponseT_co | StreamT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: Literal["kimi-k2.7-code", "kimi-k2.7-code-highspeed"],
        messages: Iterable[Message],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[KimiK27CodeChatRequestParams],
    ) -> ResponseT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: Literal["kimi-k2.7-code", "kimi-k2.7-code-highspeed"],
        messages: Iterable[Message],
        stream: Literal[True],
        resume: bool = False,
        max_resumes: int = ...,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[KimiK27CodeChatRequestParams],
    ) -> StreamT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: Literal["kimi-k2.7-code", "kimi-k2.7-code-highspeed"],
        messages: Iterable[Message],
        stream: bool,
        resume: bool = False,
        max_resumes: int = ...,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[KimiK27CodeChatRequestParams],
    ) -> ResponseT_co | StreamT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: Literal["kimi-k2.6"],
        messages: Iterable[Message],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[KimiK26ChatRequestParams],
    ) -> ResponseT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: Literal["kimi-k2.6"],
        messages: Iterable[Message],
        stream: Literal[True],
        resume: bool = False,
        max_resumes: int = ...,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[KimiK26ChatRequestParams],
    ) -> StreamT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: Literal["kimi-k2.6"],
        messages: Iterable[Message],
        stream: bool,
        resume: bool = False,
        max_resumes: int = ...,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[KimiK26ChatRequestParams],
    ) -> ResponseT_co | StreamT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: str,
        messages: Iterable[Message | KimiK3DynamicToolMessage] | Iterable[Message],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[CreateChatCompletionFallbackParams],
    ) -> ResponseT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: str,
        messages: Iterable[Message | KimiK3DynamicToolMessage] | Iterable[Message],
        stream: Literal[True],
        resume: bool = False,
        max_resumes: int = ...,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[CreateChatCompletionFallbackParams],
    ) -> StreamT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: str,
        messages: Iterable[Message | KimiK3DynamicToolMessage] | Iterable[Message],
        stream: bool,
        resume: bool = False,
        max_resumes: int = ...,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[CreateChatCompletionFallbackParams],
    ) -> ResponseT_co | StreamT_co: ...


class AsyncCreateChatCompletion(Protocol[ResponseT_co, StreamT_co, TimeoutT_contra]):
    """``create_chat_completion``: one overload per value of ``model`` (its request variant),
    a fallback for any other ``str``; ``stream=True`` gives the stream type."""

    @overload
    async def __call__(
        self,
        *,
        model: Literal["kimi-k3"],
        messages: Iterable[Message | KimiK3DynamicToolMessage],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[KimiK3ChatRequestParams],
    ) -> ResponseT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: Literal["kimi-k3"],
        messages: Iterable[Message | KimiK3DynamicToolMessage],
        stream: Literal[True],
        resume: bool = False,
        max_resumes: int = ...,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[KimiK3ChatRequestParams],
    ) -> StreamT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: Literal["kimi-k3"],
        messages: Iterable[Message | KimiK3DynamicToolMessage],
        stream: bool,
        resume: bool = False,
        max_resumes: int = ...,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[KimiK3ChatRequestParams],
    ) -> ResponseT_co | StreamT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: Literal["kimi-k2.7-code", "kimi-k2.7-code-highspeed"],
        messages: Iterable[Message],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[KimiK27CodeChatRequestParams],
    ) -> ResponseT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: Literal["kimi-k2.7-code", "kimi-k2.7-code-highspeed"],
        messages: Iterable[Message],
        stream: Literal[True],
        resume: bool = False,
        max_resumes: int = ...,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[KimiK27CodeChatRequestParams],
    ) -> StreamT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: Literal["kimi-k2.7-code", "kimi-k2.7-code-highspeed"],
        messages: Iterable[Message],
        stream: bool,
        resume: bool = False,
        max_resumes: int = ...,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[KimiK27CodeChatRequestParams],
    ) -> ResponseT_co | StreamT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: Literal["kimi-k2.6"],
        messages: Iterable[Message],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[KimiK26ChatRequestParams],
    ) -> ResponseT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: Literal["kimi-k2.6"],
        messages: Iterable[Message],
        stream: Literal[True],
        resume: bool = False,
        max_resumes: int = ...,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[KimiK26ChatRequestParams],
    ) -> StreamT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: Literal["kimi-k2.6"],
        messages: Iterable[Message],
        stream: bool,
        resume: bool = False,
        max_resumes: int = ...,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[KimiK26ChatRequestParams],
    ) -> ResponseT_co | StreamT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: str,
        messages: Iterable[Message | KimiK3DynamicToolMessage] | Iterable[Message],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[CreateChatCompletionFallbackParams],
    ) -> ResponseT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: str,
        messages: Iterable[Message | KimiK3DynamicToolMessage] | Iterable[Message],
        stream: Literal[True],
        resume: bool = False,
        max_resumes: int = ...,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[CreateChatCompletionFallbackParams],
    ) -> StreamT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: str,
        messages: Iterable[Message | KimiK3DynamicToolMessage] | Iterable[Message],
        stream: bool,
        resume: bool = False,
        max_resumes: int = ...,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        request_nonce: str | Callable[[], str] | None = None,
        **params: Unpack[CreateChatCompletionFallbackParams],
    ) -> ResponseT_co | StreamT_co: ...

