from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_output_web_search_call_item_action_sources_item_type import (
    ResponsesOutputWebSearchCallItemActionSourcesItemType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesOutputWebSearchCallItemActionSourcesItem")


@_attrs_define
class ResponsesOutputWebSearchCallItemActionSourcesItem:
    """
    Attributes:
        type_ (ResponsesOutputWebSearchCallItemActionSourcesItemType | Unset):
        url (str | Unset):
        title (str | Unset):
    """

    type_: ResponsesOutputWebSearchCallItemActionSourcesItemType | Unset = UNSET
    url: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        url = self.url

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ResponsesOutputWebSearchCallItemActionSourcesItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ResponsesOutputWebSearchCallItemActionSourcesItemType(_type_)

        url = d.pop("url", UNSET)

        title = d.pop("title", UNSET)

        responses_output_web_search_call_item_action_sources_item = cls(
            type_=type_,
            url=url,
            title=title,
        )

        responses_output_web_search_call_item_action_sources_item.additional_properties = d
        return responses_output_web_search_call_item_action_sources_item

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
