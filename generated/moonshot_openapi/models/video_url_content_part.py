from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_url_content_part_type import VideoUrlContentPartType

if TYPE_CHECKING:
    from ..models.video_url import VideoUrl


T = TypeVar("T", bound="VideoUrlContentPart")


@_attrs_define
class VideoUrlContentPart:
    """
    Attributes:
        type_ (VideoUrlContentPartType):
        video_url (str | VideoUrl):
    """

    type_: VideoUrlContentPartType
    video_url: str | VideoUrl
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.video_url import VideoUrl

        type_ = self.type_.value

        video_url: dict[str, Any] | str
        if isinstance(self.video_url, VideoUrl):
            video_url = self.video_url.to_dict()
        else:
            video_url = self.video_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "video_url": video_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.video_url import VideoUrl

        d = dict(src_dict)
        type_ = VideoUrlContentPartType(d.pop("type"))

        def _parse_video_url(data: object) -> str | VideoUrl:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_url_type_0 = VideoUrl.from_dict(data)

                return video_url_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | VideoUrl, data)

        video_url = _parse_video_url(d.pop("video_url"))

        video_url_content_part = cls(
            type_=type_,
            video_url=video_url,
        )

        video_url_content_part.additional_properties = d
        return video_url_content_part

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
