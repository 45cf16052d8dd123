from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_output_web_search_call_item_status import (
    ResponsesOutputWebSearchCallItemStatus,
)
from ..models.responses_output_web_search_call_item_type import (
    ResponsesOutputWebSearchCallItemType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.responses_output_web_search_call_item_action import (
        ResponsesOutputWebSearchCallItemAction,
    )
    from ..models.responses_output_web_search_call_item_results_item import (
        ResponsesOutputWebSearchCallItemResultsItem,
    )


T = TypeVar("T", bound="ResponsesOutputWebSearchCallItem")


@_attrs_define
class ResponsesOutputWebSearchCallItem:
    """A web search call executed on the server side. Returned only when the request includes the `web_search` tool and the
    server decides a search is needed. It appears first in the output array.

        Attributes:
            type_ (ResponsesOutputWebSearchCallItemType | Unset):
            id (str | Unset):  Example: ws_68f0c1c2d3e4f5a6b7c8d9e0.
            status (ResponsesOutputWebSearchCallItemStatus | Unset):
            action (ResponsesOutputWebSearchCallItemAction | Unset): The action performed by this search.
            results (list[ResponsesOutputWebSearchCallItemResultsItem] | Unset): Image search results. Returned only when
                `include` contains `web_search_call.results` and `search_content_types` includes `image`.
    """

    type_: ResponsesOutputWebSearchCallItemType | Unset = UNSET
    id: str | Unset = UNSET
    status: ResponsesOutputWebSearchCallItemStatus | Unset = UNSET
    action: ResponsesOutputWebSearchCallItemAction | Unset = UNSET
    results: list[ResponsesOutputWebSearchCallItemResultsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if action is not UNSET:
            field_dict["action"] = action
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.responses_output_web_search_call_item_action import (
            ResponsesOutputWebSearchCallItemAction,
        )
        from ..models.responses_output_web_search_call_item_results_item import (
            ResponsesOutputWebSearchCallItemResultsItem,
        )

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ResponsesOutputWebSearchCallItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ResponsesOutputWebSearchCallItemType(_type_)

        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: ResponsesOutputWebSearchCallItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ResponsesOutputWebSearchCallItemStatus(_status)

        _action = d.pop("action", UNSET)
        action: ResponsesOutputWebSearchCallItemAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = ResponsesOutputWebSearchCallItemAction.from_dict(_action)

        _results = d.pop("results", UNSET)
        results: list[ResponsesOutputWebSearchCallItemResultsItem] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = ResponsesOutputWebSearchCallItemResultsItem.from_dict(
                    results_item_data
                )

                results.append(results_item)

        responses_output_web_search_call_item = cls(
            type_=type_,
            id=id,
            status=status,
            action=action,
            results=results,
        )

        responses_output_web_search_call_item.additional_properties = d
        return responses_output_web_search_call_item

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
