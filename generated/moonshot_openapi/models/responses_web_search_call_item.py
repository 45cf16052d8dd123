from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_web_search_call_item_status import (
    ResponsesWebSearchCallItemStatus,
)
from ..models.responses_web_search_call_item_type import ResponsesWebSearchCallItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.responses_web_search_call_item_action import (
        ResponsesWebSearchCallItemAction,
    )


T = TypeVar("T", bound="ResponsesWebSearchCallItem")


@_attrs_define
class ResponsesWebSearchCallItem:
    """Replays a previous web search call. Kept for history only and ignored during conversion; the search results are
    already carried by the assistant message that follows.

        Attributes:
            type_ (ResponsesWebSearchCallItemType):
            id (str | Unset):
            status (ResponsesWebSearchCallItemStatus | Unset):
            action (ResponsesWebSearchCallItemAction | Unset):
    """

    type_: ResponsesWebSearchCallItemType
    id: str | Unset = UNSET
    status: ResponsesWebSearchCallItemStatus | Unset = UNSET
    action: ResponsesWebSearchCallItemAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.responses_web_search_call_item_action import (
            ResponsesWebSearchCallItemAction,
        )

        d = dict(src_dict)
        type_ = ResponsesWebSearchCallItemType(d.pop("type"))

        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: ResponsesWebSearchCallItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ResponsesWebSearchCallItemStatus(_status)

        _action = d.pop("action", UNSET)
        action: ResponsesWebSearchCallItemAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = ResponsesWebSearchCallItemAction.from_dict(_action)

        responses_web_search_call_item = cls(
            type_=type_,
            id=id,
            status=status,
            action=action,
        )

        responses_web_search_call_item.additional_properties = d
        return responses_web_search_call_item

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
