from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_url_content_part_type import ImageUrlContentPartType

if TYPE_CHECKING:
    from ..models.image_url import ImageUrl


T = TypeVar("T", bound="ImageUrlContentPart")


@_attrs_define
class ImageUrlContentPart:
    """
    Attributes:
        type_ (ImageUrlContentPartType):
        image_url (ImageUrl | str):
    """

    type_: ImageUrlContentPartType
    image_url: ImageUrl | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_url import ImageUrl

        type_ = self.type_.value

        image_url: dict[str, Any] | str
        if isinstance(self.image_url, ImageUrl):
            image_url = self.image_url.to_dict()
        else:
            image_url = self.image_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "image_url": image_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.image_url import ImageUrl

        d = dict(src_dict)
        type_ = ImageUrlContentPartType(d.pop("type"))

        def _parse_image_url(data: object) -> ImageUrl | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_url_type_0 = ImageUrl.from_dict(data)

                return image_url_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageUrl | str, data)

        image_url = _parse_image_url(d.pop("image_url"))

        image_url_content_part = cls(
            type_=type_,
            image_url=image_url,
        )

        image_url_content_part.additional_properties = d
        return image_url_content_part

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
