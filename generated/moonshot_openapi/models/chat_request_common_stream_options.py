from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatRequestCommonStreamOptions")


@_attrs_define
class ChatRequestCommonStreamOptions:
    """Options for streaming responses

    Attributes:
        include_usage (bool | Unset): If set, an additional chunk will be streamed before the data: [DONE] message. The
            usage field on this chunk shows the token usage statistics for the entire request, and the choices field will
            always be an empty array. All other chunks will also include a usage field, but with a null value. NOTE: If the
            stream is interrupted, you may not receive the final usage chunk which contains the total token usage for the
            request
    """

    include_usage: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        include_usage = self.include_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include_usage is not UNSET:
            field_dict["include_usage"] = include_usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        include_usage = d.pop("include_usage", UNSET)

        chat_request_common_stream_options = cls(
            include_usage=include_usage,
        )

        chat_request_common_stream_options.additional_properties = d
        return chat_request_common_stream_options

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
