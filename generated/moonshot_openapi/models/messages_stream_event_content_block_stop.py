from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_stream_event_content_block_stop_type import (
    MessagesStreamEventContentBlockStopType,
)

T = TypeVar("T", bound="MessagesStreamEventContentBlockStop")


@_attrs_define
class MessagesStreamEventContentBlockStop:
    """
    Attributes:
        type_ (MessagesStreamEventContentBlockStopType):
        index (int):
    """

    type_: MessagesStreamEventContentBlockStopType
    index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "index": index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = MessagesStreamEventContentBlockStopType(d.pop("type"))

        index = d.pop("index")

        messages_stream_event_content_block_stop = cls(
            type_=type_,
            index=index,
        )

        messages_stream_event_content_block_stop.additional_properties = d
        return messages_stream_event_content_block_stop

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
