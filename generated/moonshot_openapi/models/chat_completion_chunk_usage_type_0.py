from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_chunk_usage_type_0_prompt_tokens_details import (
        ChatCompletionChunkUsageType0PromptTokensDetails,
    )


T = TypeVar("T", bound="ChatCompletionChunkUsageType0")


@_attrs_define
class ChatCompletionChunkUsageType0:
    """Token usage statistics. Object in the final chunk with usage, null in ordinary chunks

    Attributes:
        prompt_tokens (int | Unset): Number of tokens in the prompt
        completion_tokens (int | Unset): Number of tokens in the completion
        total_tokens (int | Unset): Total number of tokens used
        cached_tokens (int | Unset): Number of tokens served from cache
        prompt_tokens_details (ChatCompletionChunkUsageType0PromptTokensDetails | Unset): Breakdown of prompt tokens.
            cached_tokens, cache_write_tokens and the uncached remainder are mutually exclusive and sum to prompt_tokens
    """

    prompt_tokens: int | Unset = UNSET
    completion_tokens: int | Unset = UNSET
    total_tokens: int | Unset = UNSET
    cached_tokens: int | Unset = UNSET
    prompt_tokens_details: ChatCompletionChunkUsageType0PromptTokensDetails | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        total_tokens = self.total_tokens

        cached_tokens = self.cached_tokens

        prompt_tokens_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_tokens_details, Unset):
            prompt_tokens_details = self.prompt_tokens_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if cached_tokens is not UNSET:
            field_dict["cached_tokens"] = cached_tokens
        if prompt_tokens_details is not UNSET:
            field_dict["prompt_tokens_details"] = prompt_tokens_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_chunk_usage_type_0_prompt_tokens_details import (
            ChatCompletionChunkUsageType0PromptTokensDetails,
        )

        d = dict(src_dict)
        prompt_tokens = d.pop("prompt_tokens", UNSET)

        completion_tokens = d.pop("completion_tokens", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        cached_tokens = d.pop("cached_tokens", UNSET)

        _prompt_tokens_details = d.pop("prompt_tokens_details", UNSET)
        prompt_tokens_details: ChatCompletionChunkUsageType0PromptTokensDetails | Unset
        if isinstance(_prompt_tokens_details, Unset):
            prompt_tokens_details = UNSET
        else:
            prompt_tokens_details = (
                ChatCompletionChunkUsageType0PromptTokensDetails.from_dict(
                    _prompt_tokens_details
                )
            )

        chat_completion_chunk_usage_type_0 = cls(
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            total_tokens=total_tokens,
            cached_tokens=cached_tokens,
            prompt_tokens_details=prompt_tokens_details,
        )

        chat_completion_chunk_usage_type_0.additional_properties = d
        return chat_completion_chunk_usage_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
