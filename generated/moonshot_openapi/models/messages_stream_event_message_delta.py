from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_stream_event_message_delta_type import (
    MessagesStreamEventMessageDeltaType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.messages_stream_event_message_delta_delta import (
        MessagesStreamEventMessageDeltaDelta,
    )
    from ..models.messages_stream_event_message_delta_usage import (
        MessagesStreamEventMessageDeltaUsage,
    )


T = TypeVar("T", bound="MessagesStreamEventMessageDelta")


@_attrs_define
class MessagesStreamEventMessageDelta:
    """
    Attributes:
        type_ (MessagesStreamEventMessageDeltaType):
        delta (MessagesStreamEventMessageDeltaDelta):
        usage (MessagesStreamEventMessageDeltaUsage | Unset):
    """

    type_: MessagesStreamEventMessageDeltaType
    delta: MessagesStreamEventMessageDeltaDelta
    usage: MessagesStreamEventMessageDeltaUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        delta = self.delta.to_dict()

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "delta": delta,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_stream_event_message_delta_delta import (
            MessagesStreamEventMessageDeltaDelta,
        )
        from ..models.messages_stream_event_message_delta_usage import (
            MessagesStreamEventMessageDeltaUsage,
        )

        d = dict(src_dict)
        type_ = MessagesStreamEventMessageDeltaType(d.pop("type"))

        delta = MessagesStreamEventMessageDeltaDelta.from_dict(d.pop("delta"))

        _usage = d.pop("usage", UNSET)
        usage: MessagesStreamEventMessageDeltaUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = MessagesStreamEventMessageDeltaUsage.from_dict(_usage)

        messages_stream_event_message_delta = cls(
            type_=type_,
            delta=delta,
            usage=usage,
        )

        messages_stream_event_message_delta.additional_properties = d
        return messages_stream_event_message_delta

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
