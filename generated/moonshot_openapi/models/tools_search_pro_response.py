from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tools_search_pro_result import ToolsSearchProResult


T = TypeVar("T", bound="ToolsSearchProResponse")


@_attrs_define
class ToolsSearchProResponse:
    """
    Attributes:
        search_results (list[ToolsSearchProResult]): List of search results; an empty array when nothing matches.
    """

    search_results: list[ToolsSearchProResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_results = []
        for search_results_item_data in self.search_results:
            search_results_item = search_results_item_data.to_dict()
            search_results.append(search_results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "search_results": search_results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tools_search_pro_result import ToolsSearchProResult

        d = dict(src_dict)
        search_results = []
        _search_results = d.pop("search_results")
        for search_results_item_data in _search_results:
            search_results_item = ToolsSearchProResult.from_dict(
                search_results_item_data
            )

            search_results.append(search_results_item)

        tools_search_pro_response = cls(
            search_results=search_results,
        )

        tools_search_pro_response.additional_properties = d
        return tools_search_pro_response

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
