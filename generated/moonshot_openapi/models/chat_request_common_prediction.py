from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_request_common_prediction_type import ChatRequestCommonPredictionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_request_common_prediction_content_type_1_item import (
        ChatRequestCommonPredictionContentType1Item,
    )


T = TypeVar("T", bound="ChatRequestCommonPrediction")


@_attrs_define
class ChatRequestCommonPrediction:
    """Configuration for a Predicted Output, which can greatly improve response times when large parts of the model
    response are known ahead of time (for example, regenerating a file with only minor changes).

        Attributes:
            type_ (ChatRequestCommonPredictionType | Unset): The type of the predicted content. Currently only content is
                supported.
            content (list[ChatRequestCommonPredictionContentType1Item] | str | Unset): The static predicted output content
                that should be matched when generating the model response, such as the content of a text file being regenerated.
                Accepts a string or an array of content parts (text parts only).
    """

    type_: ChatRequestCommonPredictionType | Unset = UNSET
    content: list[ChatRequestCommonPredictionContentType1Item] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        content: list[dict[str, Any]] | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_request_common_prediction_content_type_1_item import (
            ChatRequestCommonPredictionContentType1Item,
        )

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ChatRequestCommonPredictionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ChatRequestCommonPredictionType(_type_)

        def _parse_content(
            data: object,
        ) -> list[ChatRequestCommonPredictionContentType1Item] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = (
                        ChatRequestCommonPredictionContentType1Item.from_dict(
                            content_type_1_item_data
                        )
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ChatRequestCommonPredictionContentType1Item] | str | Unset, data
            )

        content = _parse_content(d.pop("content", UNSET))

        chat_request_common_prediction = cls(
            type_=type_,
            content=content,
        )

        chat_request_common_prediction.additional_properties = d
        return chat_request_common_prediction

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
