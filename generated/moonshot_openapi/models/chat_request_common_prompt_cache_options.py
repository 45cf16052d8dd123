from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_request_common_prompt_cache_options_mode import (
    ChatRequestCommonPromptCacheOptionsMode,
)
from ..models.chat_request_common_prompt_cache_options_ttl import (
    ChatRequestCommonPromptCacheOptionsTtl,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatRequestCommonPromptCacheOptions")


@_attrs_define
class ChatRequestCommonPromptCacheOptions:
    """Context cache write options. When omitted, cache write is enabled by default (5m tier): the system automatically
    writes the request prefix to the 5m cache tier

        Attributes:
            mode (ChatRequestCommonPromptCacheOptionsMode | Unset): Cache write mode. Only implicit is supported:
                automatically writes the request prefix to the cache
            ttl (ChatRequestCommonPromptCacheOptionsTtl | Unset): Lifetime of the written cache. The 5m and 1h tiers are
                independent of each other. When a request with the same prefix hits the cache within its lifetime, the cache
                entry is refreshed with its original TTL
    """

    mode: ChatRequestCommonPromptCacheOptionsMode | Unset = UNSET
    ttl: ChatRequestCommonPromptCacheOptionsTtl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        ttl: str | Unset = UNSET
        if not isinstance(self.ttl, Unset):
            ttl = self.ttl.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _mode = d.pop("mode", UNSET)
        mode: ChatRequestCommonPromptCacheOptionsMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = ChatRequestCommonPromptCacheOptionsMode(_mode)

        _ttl = d.pop("ttl", UNSET)
        ttl: ChatRequestCommonPromptCacheOptionsTtl | Unset
        if isinstance(_ttl, Unset):
            ttl = UNSET
        else:
            ttl = ChatRequestCommonPromptCacheOptionsTtl(_ttl)

        chat_request_common_prompt_cache_options = cls(
            mode=mode,
            ttl=ttl,
        )

        chat_request_common_prompt_cache_options.additional_properties = d
        return chat_request_common_prompt_cache_options

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
