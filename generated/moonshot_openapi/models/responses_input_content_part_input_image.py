from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_input_content_part_input_image_detail import (
    ResponsesInputContentPartInputImageDetail,
)
from ..models.responses_input_content_part_input_image_type import (
    ResponsesInputContentPartInputImageType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesInputContentPartInputImage")


@_attrs_define
class ResponsesInputContentPartInputImage:
    """
    Attributes:
        type_ (ResponsesInputContentPartInputImageType):
        image_url (str): Data URL of the image, for example `data:image/png;base64,<base64>`. Public http(s) URLs are
            not supported.
        detail (ResponsesInputContentPartInputImageDetail | Unset):
    """

    type_: ResponsesInputContentPartInputImageType
    image_url: str
    detail: ResponsesInputContentPartInputImageDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        image_url = self.image_url

        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "image_url": image_url,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ResponsesInputContentPartInputImageType(d.pop("type"))

        image_url = d.pop("image_url")

        _detail = d.pop("detail", UNSET)
        detail: ResponsesInputContentPartInputImageDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = ResponsesInputContentPartInputImageDetail(_detail)

        responses_input_content_part_input_image = cls(
            type_=type_,
            image_url=image_url,
            detail=detail,
        )

        responses_input_content_part_input_image.additional_properties = d
        return responses_input_content_part_input_image

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
