from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_stream_event_type import ResponsesStreamEventType

T = TypeVar("T", bound="ResponsesStreamEvent")


@_attrs_define
class ResponsesStreamEvent:
    """A single SSE event returned when `stream: true`. Each frame is `event: <type>` followed by `data: <json>`, and the
    remaining fields of the event body vary by `type`.

        Attributes:
            type_ (ResponsesStreamEventType):
            sequence_number (int): Event sequence number, increasing monotonically from 0.
    """

    type_: ResponsesStreamEventType
    sequence_number: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        sequence_number = self.sequence_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ResponsesStreamEventType(d.pop("type"))

        sequence_number = d.pop("sequence_number")

        responses_stream_event = cls(
            type_=type_,
            sequence_number=sequence_number,
        )

        responses_stream_event.additional_properties = d
        return responses_stream_event

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
