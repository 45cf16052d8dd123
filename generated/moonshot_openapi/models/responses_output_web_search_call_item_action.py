from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_output_web_search_call_item_action_type import (
    ResponsesOutputWebSearchCallItemActionType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.responses_output_web_search_call_item_action_sources_item import (
        ResponsesOutputWebSearchCallItemActionSourcesItem,
    )


T = TypeVar("T", bound="ResponsesOutputWebSearchCallItemAction")


@_attrs_define
class ResponsesOutputWebSearchCallItemAction:
    """The action performed by this search.

    Attributes:
        type_ (ResponsesOutputWebSearchCallItemActionType | Unset):
        query (str | Unset): The search query actually used.
        sources (list[ResponsesOutputWebSearchCallItemActionSourcesItem] | Unset): Web pages the search hit. Returned
            only when `include` contains `web_search_call.action.sources`.
    """

    type_: ResponsesOutputWebSearchCallItemActionType | Unset = UNSET
    query: str | Unset = UNSET
    sources: list[ResponsesOutputWebSearchCallItemActionSourcesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        query = self.query

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if query is not UNSET:
            field_dict["query"] = query
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.responses_output_web_search_call_item_action_sources_item import (
            ResponsesOutputWebSearchCallItemActionSourcesItem,
        )

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ResponsesOutputWebSearchCallItemActionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ResponsesOutputWebSearchCallItemActionType(_type_)

        query = d.pop("query", UNSET)

        _sources = d.pop("sources", UNSET)
        sources: list[ResponsesOutputWebSearchCallItemActionSourcesItem] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = (
                    ResponsesOutputWebSearchCallItemActionSourcesItem.from_dict(
                        sources_item_data
                    )
                )

                sources.append(sources_item)

        responses_output_web_search_call_item_action = cls(
            type_=type_,
            query=query,
            sources=sources,
        )

        responses_output_web_search_call_item_action.additional_properties = d
        return responses_output_web_search_call_item_action

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
