from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_reasoning_item_status import ResponsesReasoningItemStatus
from ..models.responses_reasoning_item_type import ResponsesReasoningItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.responses_reasoning_item_content_item import (
        ResponsesReasoningItemContentItem,
    )
    from ..models.responses_reasoning_item_summary_item import (
        ResponsesReasoningItemSummaryItem,
    )


T = TypeVar("T", bound="ResponsesReasoningItem")


@_attrs_define
class ResponsesReasoningItem:
    """Replays reasoning content from a previous turn. `content` takes precedence over `summary`.

    Attributes:
        type_ (ResponsesReasoningItemType):
        id (str | Unset):
        summary (list[ResponsesReasoningItemSummaryItem] | Unset):
        content (list[ResponsesReasoningItemContentItem] | Unset):
        status (ResponsesReasoningItemStatus | Unset):
    """

    type_: ResponsesReasoningItemType
    id: str | Unset = UNSET
    summary: list[ResponsesReasoningItemSummaryItem] | Unset = UNSET
    content: list[ResponsesReasoningItemContentItem] | Unset = UNSET
    status: ResponsesReasoningItemStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        summary: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = []
            for summary_item_data in self.summary:
                summary_item = summary_item_data.to_dict()
                summary.append(summary_item)

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
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if summary is not UNSET:
            field_dict["summary"] = summary
        if content is not UNSET:
            field_dict["content"] = content
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.responses_reasoning_item_content_item import (
            ResponsesReasoningItemContentItem,
        )
        from ..models.responses_reasoning_item_summary_item import (
            ResponsesReasoningItemSummaryItem,
        )

        d = dict(src_dict)
        type_ = ResponsesReasoningItemType(d.pop("type"))

        id = d.pop("id", UNSET)

        _summary = d.pop("summary", UNSET)
        summary: list[ResponsesReasoningItemSummaryItem] | Unset = UNSET
        if _summary is not UNSET:
            summary = []
            for summary_item_data in _summary:
                summary_item = ResponsesReasoningItemSummaryItem.from_dict(
                    summary_item_data
                )

                summary.append(summary_item)

        _content = d.pop("content", UNSET)
        content: list[ResponsesReasoningItemContentItem] | Unset = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                content_item = ResponsesReasoningItemContentItem.from_dict(
                    content_item_data
                )

                content.append(content_item)

        _status = d.pop("status", UNSET)
        status: ResponsesReasoningItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ResponsesReasoningItemStatus(_status)

        responses_reasoning_item = cls(
            type_=type_,
            id=id,
            summary=summary,
            content=content,
            status=status,
        )

        responses_reasoning_item.additional_properties = d
        return responses_reasoning_item

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
