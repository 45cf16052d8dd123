from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_request_cache_control_ttl import MessagesRequestCacheControlTtl
from ..models.messages_request_cache_control_type import MessagesRequestCacheControlType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagesRequestCacheControl")


@_attrs_define
class MessagesRequestCacheControl:
    """Context cache write options. Only effective when passed at the top level; cache_control markers inside the messages
    array are ignored. When omitted, the request only attempts to read the cache (5m tier) and does not write

        Attributes:
            type_ (MessagesRequestCacheControlType): Cache type, fixed as ephemeral
            ttl (MessagesRequestCacheControlTtl | Unset): Lifetime of the written cache. The 5m and 1h tiers are independent
                of each other. When a request with the same prefix hits the cache within its lifetime, the cache entry is
                refreshed with its original TTL
    """

    type_: MessagesRequestCacheControlType
    ttl: MessagesRequestCacheControlTtl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        ttl: str | Unset = UNSET
        if not isinstance(self.ttl, Unset):
            ttl = self.ttl.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = MessagesRequestCacheControlType(d.pop("type"))

        _ttl = d.pop("ttl", UNSET)
        ttl: MessagesRequestCacheControlTtl | Unset
        if isinstance(_ttl, Unset):
            ttl = UNSET
        else:
            ttl = MessagesRequestCacheControlTtl(_ttl)

        messages_request_cache_control = cls(
            type_=type_,
            ttl=ttl,
        )

        messages_request_cache_control.additional_properties = d
        return messages_request_cache_control

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
