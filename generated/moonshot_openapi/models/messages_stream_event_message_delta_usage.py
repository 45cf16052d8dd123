from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.messages_stream_event_message_delta_usage_cache_creation import (
        MessagesStreamEventMessageDeltaUsageCacheCreation,
    )
    from ..models.messages_stream_event_message_delta_usage_output_tokens_details import (
        MessagesStreamEventMessageDeltaUsageOutputTokensDetails,
    )


T = TypeVar("T", bound="MessagesStreamEventMessageDeltaUsage")


@_attrs_define
class MessagesStreamEventMessageDeltaUsage:
    """
    Attributes:
        input_tokens (int | Unset): Input tokens (excluding cache hits and cache writes). Total input = input_tokens +
            cache_read_input_tokens + cache_creation_input_tokens
        output_tokens (int | Unset): Output tokens (including reasoning tokens)
        cache_read_input_tokens (int | Unset): Input tokens served from cache
        cache_creation_input_tokens (int | Unset): Input tokens written to cache
        cache_creation (MessagesStreamEventMessageDeltaUsageCacheCreation | Unset): Cache write breakdown by TTL tier
        output_tokens_details (MessagesStreamEventMessageDeltaUsageOutputTokensDetails | Unset):
    """

    input_tokens: int | Unset = UNSET
    output_tokens: int | Unset = UNSET
    cache_read_input_tokens: int | Unset = UNSET
    cache_creation_input_tokens: int | Unset = UNSET
    cache_creation: MessagesStreamEventMessageDeltaUsageCacheCreation | Unset = UNSET
    output_tokens_details: (
        MessagesStreamEventMessageDeltaUsageOutputTokensDetails | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        cache_read_input_tokens = self.cache_read_input_tokens

        cache_creation_input_tokens = self.cache_creation_input_tokens

        cache_creation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_creation, Unset):
            cache_creation = self.cache_creation.to_dict()

        output_tokens_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_tokens_details, Unset):
            output_tokens_details = self.output_tokens_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if cache_read_input_tokens is not UNSET:
            field_dict["cache_read_input_tokens"] = cache_read_input_tokens
        if cache_creation_input_tokens is not UNSET:
            field_dict["cache_creation_input_tokens"] = cache_creation_input_tokens
        if cache_creation is not UNSET:
            field_dict["cache_creation"] = cache_creation
        if output_tokens_details is not UNSET:
            field_dict["output_tokens_details"] = output_tokens_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_stream_event_message_delta_usage_cache_creation import (
            MessagesStreamEventMessageDeltaUsageCacheCreation,
        )
        from ..models.messages_stream_event_message_delta_usage_output_tokens_details import (
            MessagesStreamEventMessageDeltaUsageOutputTokensDetails,
        )

        d = dict(src_dict)
        input_tokens = d.pop("input_tokens", UNSET)

        output_tokens = d.pop("output_tokens", UNSET)

        cache_read_input_tokens = d.pop("cache_read_input_tokens", UNSET)

        cache_creation_input_tokens = d.pop("cache_creation_input_tokens", UNSET)

        _cache_creation = d.pop("cache_creation", UNSET)
        cache_creation: MessagesStreamEventMessageDeltaUsageCacheCreation | Unset
        if isinstance(_cache_creation, Unset):
            cache_creation = UNSET
        else:
            cache_creation = (
                MessagesStreamEventMessageDeltaUsageCacheCreation.from_dict(
                    _cache_creation
                )
            )

        _output_tokens_details = d.pop("output_tokens_details", UNSET)
        output_tokens_details: (
            MessagesStreamEventMessageDeltaUsageOutputTokensDetails | Unset
        )
        if isinstance(_output_tokens_details, Unset):
            output_tokens_details = UNSET
        else:
            output_tokens_details = (
                MessagesStreamEventMessageDeltaUsageOutputTokensDetails.from_dict(
                    _output_tokens_details
                )
            )

        messages_stream_event_message_delta_usage = cls(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            cache_read_input_tokens=cache_read_input_tokens,
            cache_creation_input_tokens=cache_creation_input_tokens,
            cache_creation=cache_creation,
            output_tokens_details=output_tokens_details,
        )

        messages_stream_event_message_delta_usage.additional_properties = d
        return messages_stream_event_message_delta_usage

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
