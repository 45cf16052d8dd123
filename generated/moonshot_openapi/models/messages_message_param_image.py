from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_message_param_image_type import MessagesMessageParamImageType

if TYPE_CHECKING:
    from ..models.messages_message_param_image_source import (
        MessagesMessageParamImageSource,
    )


T = TypeVar("T", bound="MessagesMessageParamImage")


@_attrs_define
class MessagesMessageParamImage:
    """
    Attributes:
        type_ (MessagesMessageParamImageType):
        source (MessagesMessageParamImageSource): Image source. When `type` is `base64`, provide both `media_type` and
            `data`; when `type` is `url`, pass an `ms://<file_id>` file reference in `url`.
    """

    type_: MessagesMessageParamImageType
    source: MessagesMessageParamImageSource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_message_param_image_source import (
            MessagesMessageParamImageSource,
        )

        d = dict(src_dict)
        type_ = MessagesMessageParamImageType(d.pop("type"))

        source = MessagesMessageParamImageSource.from_dict(d.pop("source"))

        messages_message_param_image = cls(
            type_=type_,
            source=source,
        )

        messages_message_param_image.additional_properties = d
        return messages_message_param_image

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
