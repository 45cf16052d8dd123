from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_tool_search_content_types_item import (
    WebSearchToolSearchContentTypesItem,
)
from ..models.web_search_tool_type import WebSearchToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_search_tool_filters import WebSearchToolFilters
    from ..models.web_search_tool_image_settings import WebSearchToolImageSettings


T = TypeVar("T", bound="WebSearchTool")


@_attrs_define
class WebSearchTool:
    """A web search tool executed on the server side. When present, the server first decides from the input whether a
    search is needed; if so, it runs the search, injects the results into the model context, and returns a
    `web_search_call` item in the output. At most one `web_search` tool is allowed per request. `search_context_size`,
    `blocked_domains`, and `filters.blocked_domains` are not supported and return `invalid_request_error`;
    `user_location`, `external_web_access`, and `indexed_web_access` are ignored.

        Attributes:
            type_ (WebSearchToolType):
            filters (WebSearchToolFilters | Unset): Search scope filters.
            search_content_types (list[WebSearchToolSearchContentTypesItem] | Unset): Result types to search for. Defaults
                to `text` only. Including `image` additionally runs an image search.
            image_settings (WebSearchToolImageSettings | Unset): Image search settings. Only effective when
                `search_content_types` includes `image`.
    """

    type_: WebSearchToolType
    filters: WebSearchToolFilters | Unset = UNSET
    search_content_types: list[WebSearchToolSearchContentTypesItem] | Unset = UNSET
    image_settings: WebSearchToolImageSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        search_content_types: list[str] | Unset = UNSET
        if not isinstance(self.search_content_types, Unset):
            search_content_types = []
            for search_content_types_item_data in self.search_content_types:
                search_content_types_item = search_content_types_item_data.value
                search_content_types.append(search_content_types_item)

        image_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_settings, Unset):
            image_settings = self.image_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters
        if search_content_types is not UNSET:
            field_dict["search_content_types"] = search_content_types
        if image_settings is not UNSET:
            field_dict["image_settings"] = image_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.web_search_tool_filters import WebSearchToolFilters
        from ..models.web_search_tool_image_settings import WebSearchToolImageSettings

        d = dict(src_dict)
        type_ = WebSearchToolType(d.pop("type"))

        _filters = d.pop("filters", UNSET)
        filters: WebSearchToolFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = WebSearchToolFilters.from_dict(_filters)

        _search_content_types = d.pop("search_content_types", UNSET)
        search_content_types: list[WebSearchToolSearchContentTypesItem] | Unset = UNSET
        if _search_content_types is not UNSET:
            search_content_types = []
            for search_content_types_item_data in _search_content_types:
                search_content_types_item = WebSearchToolSearchContentTypesItem(
                    search_content_types_item_data
                )

                search_content_types.append(search_content_types_item)

        _image_settings = d.pop("image_settings", UNSET)
        image_settings: WebSearchToolImageSettings | Unset
        if isinstance(_image_settings, Unset):
            image_settings = UNSET
        else:
            image_settings = WebSearchToolImageSettings.from_dict(_image_settings)

        web_search_tool = cls(
            type_=type_,
            filters=filters,
            search_content_types=search_content_types,
            image_settings=image_settings,
        )

        web_search_tool.additional_properties = d
        return web_search_tool

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
