"""Overloaded call signatures of the operations with a discriminated body.

Written by scripts/generate_types.py from openapi.json; do not edit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal, Protocol, TypeVar, Unpack, overload

from .typed_requests import (
    BatchCreateRequest,
    ChatRequestBaseResponseFormat,
    ChatRequestBaseResponseFormatJsonSchema,
    ChatRequestBaseStreamOptions,
    CreateChatCompletionFallbackParams,
    EstimateTokenRequest,
    KimiK25ChatRequestParams,
    KimiK25ChatRequestThinking,
    KimiK26ChatRequestParams,
    KimiK26ChatRequestThinking,
    KimiK2ChatRequestParams,
    KimiK2ThinkingChatRequestParams,
    Message,
    MessageContentItemImageUrl,
    MessageContentItemImageUrlImageUrlOption0,
    MessageContentItemText,
    MessageContentItemVideoUrl,
    MessageContentItemVideoUrlVideoUrlOption0,
    MessageToolCallsItem,
    MessageToolCallsItemFunction,
    MoonshotV1ChatRequestParams,
    ToolDefinitionBuiltinFunction,
    ToolDefinitionBuiltinFunctionFunction,
    ToolDefinitionOption0,
    ToolDefinitionOption0Function,
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
        model: Literal["kimi-k2.6"],
        messages: Iterable[Message],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
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
        **params: Unpack[KimiK26ChatRequestParams],
    ) -> ResponseT_co | StreamT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: Literal["kimi-k2.5"],
        messages: Iterable[Message],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        **params: Unpack[KimiK25ChatRequestParams],
    ) -> ResponseT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: Literal["kimi-k2.5"],
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
        **params: Unpack[KimiK25ChatRequestParams],
    ) -> StreamT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: Literal["kimi-k2.5"],
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
        **params: Unpack[KimiK25ChatRequestParams],
    ) -> ResponseT_co | StreamT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: Literal["kimi-k2-0905-preview", "kimi-k2-0711-preview", "kimi-k2-turbo-preview"],
        messages: Iterable[Message],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        **params: Unpack[KimiK2ChatRequestParams],
    ) -> ResponseT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: Literal["kimi-k2-0905-preview", "kimi-k2-0711-preview", "kimi-k2-turbo-preview"],
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
        **params: Unpack[KimiK2ChatRequestParams],
    ) -> StreamT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: Literal["kimi-k2-0905-preview", "kimi-k2-0711-preview", "kimi-k2-turbo-preview"],
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
        **params: Unpack[KimiK2ChatRequestParams],
    ) -> ResponseT_co | StreamT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: Literal["kimi-k2-thinking", "kimi-k2-thinking-turbo"],
        messages: Iterable[Message],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        **params: Unpack[KimiK2ThinkingChatRequestParams],
    ) -> ResponseT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: Literal["kimi-k2-thinking", "kimi-k2-thinking-turbo"],
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
        **params: Unpack[KimiK2ThinkingChatRequestParams],
    ) -> StreamT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: Literal["kimi-k2-thinking", "kimi-k2-thinking-turbo"],
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
        **params: Unpack[KimiK2ThinkingChatRequestParams],
    ) -> ResponseT_co | StreamT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: Literal["moonshot-v1-8k", "moonshot-v1-32k", "moonshot-v1-128k", "moonshot-v1-auto", "moonshot-v1-8k-vision-preview", "moonshot-v1-32k-vision-preview", "moonshot-v1-128k-vision-preview"],
        messages: Iterable[Message],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        **params: Unpack[MoonshotV1ChatRequestParams],
    ) -> ResponseT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: Literal["moonshot-v1-8k", "moonshot-v1-32k", "moonshot-v1-128k", "moonshot-v1-auto", "moonshot-v1-8k-vision-preview", "moonshot-v1-32k-vision-preview", "moonshot-v1-128k-vision-preview"],
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
        **params: Unpack[MoonshotV1ChatRequestParams],
    ) -> StreamT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: Literal["moonshot-v1-8k", "moonshot-v1-32k", "moonshot-v1-128k", "moonshot-v1-auto", "moonshot-v1-8k-vision-preview", "moonshot-v1-32k-vision-preview", "moonshot-v1-128k-vision-preview"],
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
        **params: Unpack[MoonshotV1ChatRequestParams],
    ) -> ResponseT_co | StreamT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: str,
        messages: Iterable[Message],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        **params: Unpack[CreateChatCompletionFallbackParams],
    ) -> ResponseT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: str,
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
        **params: Unpack[CreateChatCompletionFallbackParams],
    ) -> StreamT_co: ...

    @overload
    def __call__(
        self,
        *,
        model: str,
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
        **params: Unpack[CreateChatCompletionFallbackParams],
    ) -> ResponseT_co | StreamT_co: ...


class AsyncCreateChatCompletion(Protocol[ResponseT_co, StreamT_co, TimeoutT_contra]):
    """``create_chat_completion``: one overload per value of ``model`` (its request variant),
    a fallback for any other ``str``; ``stream=True`` gives the stream type."""

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
        **params: Unpack[KimiK26ChatRequestParams],
    ) -> ResponseT_co | StreamT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: Literal["kimi-k2.5"],
        messages: Iterable[Message],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        **params: Unpack[KimiK25ChatRequestParams],
    ) -> ResponseT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: Literal["kimi-k2.5"],
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
        **params: Unpack[KimiK25ChatRequestParams],
    ) -> StreamT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: Literal["kimi-k2.5"],
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
        **params: Unpack[KimiK25ChatRequestParams],
    ) -> ResponseT_co | StreamT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: Literal["kimi-k2-0905-preview", "kimi-k2-0711-preview", "kimi-k2-turbo-preview"],
        messages: Iterable[Message],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        **params: Unpack[KimiK2ChatRequestParams],
    ) -> ResponseT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: Literal["kimi-k2-0905-preview", "kimi-k2-0711-preview", "kimi-k2-turbo-preview"],
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
        **params: Unpack[KimiK2ChatRequestParams],
    ) -> StreamT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: Literal["kimi-k2-0905-preview", "kimi-k2-0711-preview", "kimi-k2-turbo-preview"],
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
        **params: Unpack[KimiK2ChatRequestParams],
    ) -> ResponseT_co | StreamT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: Literal["kimi-k2-thinking", "kimi-k2-thinking-turbo"],
        messages: Iterable[Message],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        **params: Unpack[KimiK2ThinkingChatRequestParams],
    ) -> ResponseT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: Literal["kimi-k2-thinking", "kimi-k2-thinking-turbo"],
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
        **params: Unpack[KimiK2ThinkingChatRequestParams],
    ) -> StreamT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: Literal["kimi-k2-thinking", "kimi-k2-thinking-turbo"],
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
        **params: Unpack[KimiK2ThinkingChatRequestParams],
    ) -> ResponseT_co | StreamT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: Literal["moonshot-v1-8k", "moonshot-v1-32k", "moonshot-v1-128k", "moonshot-v1-auto", "moonshot-v1-8k-vision-preview", "moonshot-v1-32k-vision-preview", "moonshot-v1-128k-vision-preview"],
        messages: Iterable[Message],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        **params: Unpack[MoonshotV1ChatRequestParams],
    ) -> ResponseT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: Literal["moonshot-v1-8k", "moonshot-v1-32k", "moonshot-v1-128k", "moonshot-v1-auto", "moonshot-v1-8k-vision-preview", "moonshot-v1-32k-vision-preview", "moonshot-v1-128k-vision-preview"],
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
        **params: Unpack[MoonshotV1ChatRequestParams],
    ) -> StreamT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: Literal["moonshot-v1-8k", "moonshot-v1-32k", "moonshot-v1-128k", "moonshot-v1-auto", "moonshot-v1-8k-vision-preview", "moonshot-v1-32k-vision-preview", "moonshot-v1-128k-vision-preview"],
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
        **params: Unpack[MoonshotV1ChatRequestParams],
    ) -> ResponseT_co | StreamT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: str,
        messages: Iterable[Message],
        stream: Literal[False] = False,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutT_contra = ...,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        idle_timeout: float | None = None,
        **params: Unpack[CreateChatCompletionFallbackParams],
    ) -> ResponseT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: str,
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
        **params: Unpack[CreateChatCompletionFallbackParams],
    ) -> StreamT_co: ...

    @overload
    async def __call__(
        self,
        *,
        model: str,
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
        **params: Unpack[CreateChatCompletionFallbackParams],
    ) -> ResponseT_co | StreamT_co: ...

