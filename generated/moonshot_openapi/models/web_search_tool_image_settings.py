from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSearchToolImageSettings")


@_attrs_define
class WebSearchToolImageSettings:
    """Image search settings. Only effective when `search_content_types` includes `image`.

    Attributes:
        max_results (int | Unset): Maximum number of images to return.
        caption (bool | Unset): Whether to generate a caption for each image.
    """

    max_results: int | Unset = UNSET
    caption: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_results = self.max_results

        caption = self.caption

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_results is not UNSET:
            field_dict["max_results"] = max_results
        if caption is not UNSET:
            field_dict["caption"] = caption

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_results = d.pop("max_results", UNSET)

        caption = d.pop("caption", UNSET)

        web_search_tool_image_settings = cls(
            max_results=max_results,
            caption=caption,
        )

        web_search_tool_image_settings.additional_properties = d
        return web_search_tool_image_settings

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
