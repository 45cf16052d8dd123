from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_message_param_tool_result_image_source_media_type import (
    MessagesMessageParamToolResultImageSourceMediaType,
)
from ..models.messages_message_param_tool_result_image_source_type import (
    MessagesMessageParamToolResultImageSourceType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagesMessageParamToolResultImageSource")


@_attrs_define
class MessagesMessageParamToolResultImageSource:
    """Image source. When `type` is `base64`, provide both `media_type` and `data`; when `type` is `url`, pass an
    `ms://<file_id>` file reference in `url`.

        Attributes:
            type_ (MessagesMessageParamToolResultImageSourceType):
            media_type (MessagesMessageParamToolResultImageSourceMediaType | Unset): Image MIME type, required only when
                `type=base64`
            data (str | Unset): Base64-encoded image content, required only when `type=base64`
            url (str | Unset): Reference to an uploaded image by file ID in the form `ms://<file_id>`, required only when
                `type=url`. See [Upload File](/api/files-upload).
    """

    type_: MessagesMessageParamToolResultImageSourceType
    media_type: MessagesMessageParamToolResultImageSourceMediaType | Unset = UNSET
    data: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        media_type: str | Unset = UNSET
        if not isinstance(self.media_type, Unset):
            media_type = self.media_type.value

        data = self.data

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if data is not UNSET:
            field_dict["data"] = data
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = MessagesMessageParamToolResultImageSourceType(d.pop("type"))

        _media_type = d.pop("media_type", UNSET)
        media_type: MessagesMessageParamToolResultImageSourceMediaType | Unset
        if isinstance(_media_type, Unset):
            media_type = UNSET
        else:
            media_type = MessagesMessageParamToolResultImageSourceMediaType(_media_type)

        data = d.pop("data", UNSET)

        url = d.pop("url", UNSET)

        messages_message_param_tool_result_image_source = cls(
            type_=type_,
            media_type=media_type,
            data=data,
            url=url,
        )

        messages_message_param_tool_result_image_source.additional_properties = d
        return messages_message_param_tool_result_image_source

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
