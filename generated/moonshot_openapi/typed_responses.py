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
