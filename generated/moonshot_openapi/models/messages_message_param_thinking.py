from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_message_param_thinking_type import (
    MessagesMessageParamThinkingType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagesMessageParamThinking")


@_attrs_define
class MessagesMessageParamThinking:
    """The model's reasoning. In multi-turn conversations, pass the thinking block from the response (including
    `signature`) back unchanged inside the assistant message.

        Attributes:
            type_ (MessagesMessageParamThinkingType):
            thinking (str): Reasoning content
            signature (str | Unset): Signature of the reasoning content; keep it unchanged when passing back
    """

    type_: MessagesMessageParamThinkingType
    thinking: str
    signature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        thinking = self.thinking

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "thinking": thinking,
            }
        )
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = MessagesMessageParamThinkingType(d.pop("type"))

        thinking = d.pop("thinking")

        signature = d.pop("signature", UNSET)

        messages_message_param_thinking = cls(
            type_=type_,
            thinking=thinking,
            signature=signature,
        )

        messages_message_param_thinking.additional_properties = d
        return messages_message_param_thinking

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
