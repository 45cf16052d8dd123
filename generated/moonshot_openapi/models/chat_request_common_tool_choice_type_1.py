from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_request_common_tool_choice_type_1_type import (
    ChatRequestCommonToolChoiceType1Type,
)

if TYPE_CHECKING:
    from ..models.chat_request_common_tool_choice_type_1_function import (
        ChatRequestCommonToolChoiceType1Function,
    )


T = TypeVar("T", bound="ChatRequestCommonToolChoiceType1")


@_attrs_define
class ChatRequestCommonToolChoiceType1:
    """Force a specific tool call

    Attributes:
        type_ (ChatRequestCommonToolChoiceType1Type):
        function (ChatRequestCommonToolChoiceType1Function):
    """

    type_: ChatRequestCommonToolChoiceType1Type
    function: ChatRequestCommonToolChoiceType1Function
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "function": function,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_request_common_tool_choice_type_1_function import (
            ChatRequestCommonToolChoiceType1Function,
        )

        d = dict(src_dict)
        type_ = ChatRequestCommonToolChoiceType1Type(d.pop("type"))

        function = ChatRequestCommonToolChoiceType1Function.from_dict(d.pop("function"))

        chat_request_common_tool_choice_type_1 = cls(
            type_=type_,
            function=function,
        )

        chat_request_common_tool_choice_type_1.additional_properties = d
        return chat_request_common_tool_choice_type_1

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
