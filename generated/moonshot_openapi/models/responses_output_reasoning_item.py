from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_output_reasoning_item_status import (
    ResponsesOutputReasoningItemStatus,
)
from ..models.responses_output_reasoning_item_type import (
    ResponsesOutputReasoningItemType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.responses_output_reasoning_item_summary_item import (
        ResponsesOutputReasoningItemSummaryItem,
    )


T = TypeVar("T", bound="ResponsesOutputReasoningItem")


@_attrs_define
class ResponsesOutputReasoningItem:
    """Reasoning content produced by the model.

    Attributes:
        type_ (ResponsesOutputReasoningItemType | Unset):
        id (str | Unset):  Example: rs_68f0c1c2d3e4f5a6b7c8d9e0.
        summary (list[ResponsesOutputReasoningItemSummaryItem] | Unset): The reasoning content.
        encrypted_content (None | str | Unset): Always `null`.
        status (ResponsesOutputReasoningItemStatus | Unset):
    """

    type_: ResponsesOutputReasoningItemType | Unset = UNSET
    id: str | Unset = UNSET
    summary: list[ResponsesOutputReasoningItemSummaryItem] | Unset = UNSET
    encrypted_content: None | str | Unset = UNSET
    status: ResponsesOutputReasoningItemStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        id = self.id

        summary: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = []
            for summary_item_data in self.summary:
                summary_item = summary_item_data.to_dict()
                summary.append(summary_item)

        encrypted_content: None | str | Unset
        if isinstance(self.encrypted_content, Unset):
            encrypted_content = UNSET
        else:
            encrypted_content = self.encrypted_content

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
        if summary is not UNSET:
            field_dict["summary"] = summary
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.responses_output_reasoning_item_summary_item import (
            ResponsesOutputReasoningItemSummaryItem,
        )

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ResponsesOutputReasoningItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ResponsesOutputReasoningItemType(_type_)

        id = d.pop("id", UNSET)

        _summary = d.pop("summary", UNSET)
        summary: list[ResponsesOutputReasoningItemSummaryItem] | Unset = UNSET
        if _summary is not UNSET:
            summary = []
            for summary_item_data in _summary:
                summary_item = ResponsesOutputReasoningItemSummaryItem.from_dict(
                    summary_item_data
                )

                summary.append(summary_item)

        def _parse_encrypted_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        encrypted_content = _parse_encrypted_content(d.pop("encrypted_content", UNSET))

        _status = d.pop("status", UNSET)
        status: ResponsesOutputReasoningItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ResponsesOutputReasoningItemStatus(_status)

        responses_output_reasoning_item = cls(
            type_=type_,
            id=id,
            summary=summary,
            encrypted_content=encrypted_content,
            status=status,
        )

        responses_output_reasoning_item.additional_properties = d
        return responses_output_reasoning_item

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
