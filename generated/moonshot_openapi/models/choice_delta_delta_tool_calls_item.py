from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.choice_delta_delta_tool_calls_item_type import (
    ChoiceDeltaDeltaToolCallsItemType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.choice_delta_delta_tool_calls_item_function import (
        ChoiceDeltaDeltaToolCallsItemFunction,
    )


T = TypeVar("T", bound="ChoiceDeltaDeltaToolCallsItem")


@_attrs_define
class ChoiceDeltaDeltaToolCallsItem:
    """
    Attributes:
        id (str | Unset):
        type_ (ChoiceDeltaDeltaToolCallsItemType | Unset):
        function (ChoiceDeltaDeltaToolCallsItemFunction | Unset):
    """

    id: str | Unset = UNSET
    type_: ChoiceDeltaDeltaToolCallsItemType | Unset = UNSET
    function: ChoiceDeltaDeltaToolCallsItemFunction | Unset = UNSET
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
        from ..models.choice_delta_delta_tool_calls_item_function import (
            ChoiceDeltaDeltaToolCallsItemFunction,
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ChoiceDeltaDeltaToolCallsItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ChoiceDeltaDeltaToolCallsItemType(_type_)

        _function = d.pop("function", UNSET)
        function: ChoiceDeltaDeltaToolCallsItemFunction | Unset
        if isinstance(_function, Unset):
            function = UNSET
        else:
            function = ChoiceDeltaDeltaToolCallsItemFunction.from_dict(_function)

        choice_delta_delta_tool_calls_item = cls(
            id=id,
            type_=type_,
            function=function,
        )

        choice_delta_delta_tool_calls_item.additional_properties = d
        return choice_delta_delta_tool_calls_item

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
