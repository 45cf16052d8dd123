from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_stream_event_message_start_type import (
    MessagesStreamEventMessageStartType,
)

if TYPE_CHECKING:
    from ..models.messages_response import MessagesResponse


T = TypeVar("T", bound="MessagesStreamEventMessageStart")


@_attrs_define
class MessagesStreamEventMessageStart:
    """
    Attributes:
        type_ (MessagesStreamEventMessageStartType):
        message (MessagesResponse):
    """

    type_: MessagesStreamEventMessageStartType
    message: MessagesResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_response import MessagesResponse

        d = dict(src_dict)
        type_ = MessagesStreamEventMessageStartType(d.pop("type"))

        message = MessagesResponse.from_dict(d.pop("message"))

        messages_stream_event_message_start = cls(
            type_=type_,
            message=message,
        )

        messages_stream_event_message_start.additional_properties = d
        return messages_stream_event_message_start

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
