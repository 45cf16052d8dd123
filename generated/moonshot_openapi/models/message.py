from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_role import MessageRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_url_content_part import ImageUrlContentPart
    from ..models.text_content_part import TextContentPart
    from ..models.video_url_content_part import VideoUrlContentPart


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """
    Attributes:
        role (MessageRole): The role of the message sender. Supports system, user, assistant, tool. Example: user.
        content (list[ImageUrlContentPart | TextContentPart | VideoUrlContentPart] | str): The content of the message.
            Can be a plain text string, or an array of objects with text/image_url/video_url types (for multimodal input)
            Example: Hello.
        name (str | Unset): Optional name for the message sender
        partial (bool | Unset): Enable Partial Mode by setting this to true in the last assistant message
    """

    role: MessageRole
    content: list[ImageUrlContentPart | TextContentPart | VideoUrlContentPart] | str
    name: str | Unset = UNSET
    partial: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_url_content_part import ImageUrlContentPart
        from ..models.text_content_part import TextContentPart

        role = self.role.value

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, TextContentPart) or isinstance(
                    content_type_1_item_data, ImageUrlContentPart
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        name = self.name

        partial = self.partial

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if partial is not UNSET:
            field_dict["partial"] = partial

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.image_url_content_part import ImageUrlContentPart
        from ..models.text_content_part import TextContentPart
        from ..models.video_url_content_part import VideoUrlContentPart

        d = dict(src_dict)
        role = MessageRole(d.pop("role"))

        def _parse_content(
            data: object,
        ) -> list[ImageUrlContentPart | TextContentPart | VideoUrlContentPart] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> ImageUrlContentPart | TextContentPart | VideoUrlContentPart:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_text = TextContentPart.from_dict(data)

                            return content_type_1_item_text
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_image_url = (
                                ImageUrlContentPart.from_dict(data)
                            )

                            return content_type_1_item_image_url
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_type_1_item_video_url = VideoUrlContentPart.from_dict(
                            data
                        )

                        return content_type_1_item_video_url

                    content_type_1_item = _parse_content_type_1_item(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ImageUrlContentPart | TextContentPart | VideoUrlContentPart] | str,
                data,
            )

        content = _parse_content(d.pop("content"))

        name = d.pop("name", UNSET)

        partial = d.pop("partial", UNSET)

        message = cls(
            role=role,
            content=content,
            name=name,
            partial=partial,
        )

        message.additional_properties = d
        return message

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
