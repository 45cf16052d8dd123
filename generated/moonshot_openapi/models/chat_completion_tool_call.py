from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_tool_call_type import ChatCompletionToolCallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_tool_call_function import (
        ChatCompletionToolCallFunction,
    )


T = TypeVar("T", bound="ChatCompletionToolCall")


@_attrs_define
class ChatCompletionToolCall:
    """
    Attributes:
        id (str | Unset):
        type_ (ChatCompletionToolCallType | Unset):
        function (ChatCompletionToolCallFunction | Unset):
    """

    id: str | Unset = UNSET
    type_: ChatCompletionToolCallType | Unset = UNSET
    function: ChatCompletionToolCallFunction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_completion_tool_call_function import (
            ChatCompletionToolCallFunction,
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ChatCompletionToolCallType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ChatCompletionToolCallType(_type_)

        _function = d.pop("function", UNSET)
        function: ChatCompletionToolCallFunction | Unset
        if isinstance(_function, Unset):
            function = UNSET
        else:
            function = ChatCompletionToolCallFunction.from_dict(_function)

        chat_completion_tool_call = cls(
            id=id,
            type_=type_,
            function=function,
        )

        chat_completion_tool_call.additional_properties = d
        return chat_completion_tool_call

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
