from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_output_message_item_role import ResponsesOutputMessageItemRole
from ..models.responses_output_message_item_status import (
    ResponsesOutputMessageItemStatus,
)
from ..models.responses_output_message_item_type import ResponsesOutputMessageItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.responses_output_message_item_content_item import (
        ResponsesOutputMessageItemContentItem,
    )


T = TypeVar("T", bound="ResponsesOutputMessageItem")


@_attrs_define
class ResponsesOutputMessageItem:
    """Text reply produced by the model.

    Attributes:
        type_ (ResponsesOutputMessageItemType | Unset):
        id (str | Unset):  Example: msg_68f0c1c2d3e4f5a6b7c8d9e0.
        role (ResponsesOutputMessageItemRole | Unset):
        content (list[ResponsesOutputMessageItemContentItem] | Unset):
        status (ResponsesOutputMessageItemStatus | Unset):
    """

    type_: ResponsesOutputMessageItemType | Unset = UNSET
    id: str | Unset = UNSET
    role: ResponsesOutputMessageItemRole | Unset = UNSET
    content: list[ResponsesOutputMessageItemContentItem] | Unset = UNSET
    status: ResponsesOutputMessageItemStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        id = self.id

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.responses_output_message_item_content_item import (
            ResponsesOutputMessageItemContentItem,
        )

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ResponsesOutputMessageItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ResponsesOutputMessageItemType(_type_)

        id = d.pop("id", UNSET)

        _role = d.pop("role", UNSET)
        role: ResponsesOutputMessageItemRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = ResponsesOutputMessageItemRole(_role)

        _content = d.pop("content", UNSET)
        content: list[ResponsesOutputMessageItemContentItem] | Unset = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                content_item = ResponsesOutputMessageItemContentItem.from_dict(
                    content_item_data
                )

                content.append(content_item)

        _status = d.pop("status", UNSET)
        status: ResponsesOutputMessageItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ResponsesOutputMessageItemStatus(_status)

        responses_output_message_item = cls(
            type_=type_,
            id=id,
            role=role,
            content=content,
            status=status,
        )

        responses_output_message_item.additional_properties = d
        return responses_output_message_item

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
