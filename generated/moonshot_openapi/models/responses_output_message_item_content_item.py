from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_output_message_item_content_item_type import (
    ResponsesOutputMessageItemContentItemType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesOutputMessageItemContentItem")


@_attrs_define
class ResponsesOutputMessageItemContentItem:
    """
    Attributes:
        type_ (ResponsesOutputMessageItemContentItemType | Unset):
        text (str | Unset):
        annotations (list[Any] | Unset):
    """

    type_: ResponsesOutputMessageItemContentItemType | Unset = UNSET
    text: str | Unset = UNSET
    annotations: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        text = self.text

        annotations: list[Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ResponsesOutputMessageItemContentItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ResponsesOutputMessageItemContentItemType(_type_)

        text = d.pop("text", UNSET)

        annotations = cast(list[Any], d.pop("annotations", UNSET))

        responses_output_message_item_content_item = cls(
            type_=type_,
            text=text,
            annotations=annotations,
        )

        responses_output_message_item_content_item.additional_properties = d
        return responses_output_message_item_content_item

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
