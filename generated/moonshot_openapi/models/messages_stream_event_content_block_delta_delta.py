from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_stream_event_content_block_delta_delta_type import (
    MessagesStreamEventContentBlockDeltaDeltaType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagesStreamEventContentBlockDeltaDelta")


@_attrs_define
class MessagesStreamEventContentBlockDeltaDelta:
    """
    Attributes:
        type_ (MessagesStreamEventContentBlockDeltaDeltaType):
        text (str | Unset): Text fragment for `text_delta`
        thinking (str | Unset): Reasoning fragment for `thinking_delta`
        signature (str | Unset): Signature for `signature_delta`
        partial_json (str | Unset): Partial JSON of the tool input for `input_json_delta`; concatenate before parsing
    """

    type_: MessagesStreamEventContentBlockDeltaDeltaType
    text: str | Unset = UNSET
    thinking: str | Unset = UNSET
    signature: str | Unset = UNSET
    partial_json: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        text = self.text

        thinking = self.thinking

        signature = self.signature

        partial_json = self.partial_json

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if signature is not UNSET:
            field_dict["signature"] = signature
        if partial_json is not UNSET:
            field_dict["partial_json"] = partial_json

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = MessagesStreamEventContentBlockDeltaDeltaType(d.pop("type"))

        text = d.pop("text", UNSET)

        thinking = d.pop("thinking", UNSET)

        signature = d.pop("signature", UNSET)

        partial_json = d.pop("partial_json", UNSET)

        messages_stream_event_content_block_delta_delta = cls(
            type_=type_,
            text=text,
            thinking=thinking,
            signature=signature,
            partial_json=partial_json,
        )

        messages_stream_event_content_block_delta_delta.additional_properties = d
        return messages_stream_event_content_block_delta_delta

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
