from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_output_web_search_call_item_results_item_type import (
    ResponsesOutputWebSearchCallItemResultsItemType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesOutputWebSearchCallItemResultsItem")


@_attrs_define
class ResponsesOutputWebSearchCallItemResultsItem:
    """
    Attributes:
        type_ (ResponsesOutputWebSearchCallItemResultsItemType | Unset):
        image_url (str | Unset):
        thumbnail_url (str | Unset):
        source_website_url (str | Unset):
        caption (str | Unset): Image caption. Returned only when `image_settings.caption` is enabled.
    """

    type_: ResponsesOutputWebSearchCallItemResultsItemType | Unset = UNSET
    image_url: str | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    source_website_url: str | Unset = UNSET
    caption: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        image_url = self.image_url

        thumbnail_url = self.thumbnail_url

        source_website_url = self.source_website_url

        caption = self.caption

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if source_website_url is not UNSET:
            field_dict["source_website_url"] = source_website_url
        if caption is not UNSET:
            field_dict["caption"] = caption

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ResponsesOutputWebSearchCallItemResultsItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ResponsesOutputWebSearchCallItemResultsItemType(_type_)

        image_url = d.pop("image_url", UNSET)

        thumbnail_url = d.pop("thumbnail_url", UNSET)

        source_website_url = d.pop("source_website_url", UNSET)

        caption = d.pop("caption", UNSET)

        responses_output_web_search_call_item_results_item = cls(
            type_=type_,
            image_url=image_url,
            thumbnail_url=thumbnail_url,
            source_website_url=source_website_url,
            caption=caption,
        )

        responses_output_web_search_call_item_results_item.additional_properties = d
        return responses_output_web_search_call_item_results_item

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
