from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_response_tool_use_type import MessagesResponseToolUseType

if TYPE_CHECKING:
    from ..models.messages_response_tool_use_input import MessagesResponseToolUseInput


T = TypeVar("T", bound="MessagesResponseToolUse")


@_attrs_define
class MessagesResponseToolUse:
    """
    Attributes:
        type_ (MessagesResponseToolUseType):
        id (str):
        name (str):
        input_ (MessagesResponseToolUseInput):
    """

    type_: MessagesResponseToolUseType
    id: str
    name: str
    input_: MessagesResponseToolUseInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        name = self.name

        input_ = self.input_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "name": name,
                "input": input_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_response_tool_use_input import (
            MessagesResponseToolUseInput,
        )

        d = dict(src_dict)
        type_ = MessagesResponseToolUseType(d.pop("type"))

        id = d.pop("id")

        name = d.pop("name")

        input_ = MessagesResponseToolUseInput.from_dict(d.pop("input"))

        messages_response_tool_use = cls(
            type_=type_,
            id=id,
            name=name,
            input_=input_,
        )

        messages_response_tool_use.additional_properties = d
        return messages_response_tool_use

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
