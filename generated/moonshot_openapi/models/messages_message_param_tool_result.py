from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_message_param_tool_result_type import (
    MessagesMessageParamToolResultType,
)

if TYPE_CHECKING:
    from ..models.messages_message_param_tool_result_image import (
        MessagesMessageParamToolResultImage,
    )
    from ..models.messages_message_param_tool_result_text import (
        MessagesMessageParamToolResultText,
    )


T = TypeVar("T", bound="MessagesMessageParamToolResult")


@_attrs_define
class MessagesMessageParamToolResult:
    """The result of a tool execution (appears in user messages)

    Attributes:
        type_ (MessagesMessageParamToolResultType):
        tool_use_id (str): The `id` of the corresponding tool_use block
        content (list[MessagesMessageParamToolResultImage | MessagesMessageParamToolResultText] | str): Tool output,
            either a string or an array of text / image blocks
    """

    type_: MessagesMessageParamToolResultType
    tool_use_id: str
    content: (
        list[MessagesMessageParamToolResultImage | MessagesMessageParamToolResultText]
        | str
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.messages_message_param_tool_result_text import (
            MessagesMessageParamToolResultText,
        )

        type_ = self.type_.value

        tool_use_id = self.tool_use_id

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(
                    content_type_1_item_data, MessagesMessageParamToolResultText
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tool_use_id": tool_use_id,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_message_param_tool_result_image import (
            MessagesMessageParamToolResultImage,
        )
        from ..models.messages_message_param_tool_result_text import (
            MessagesMessageParamToolResultText,
        )

        d = dict(src_dict)
        type_ = MessagesMessageParamToolResultType(d.pop("type"))

        tool_use_id = d.pop("tool_use_id")

        def _parse_content(
            data: object,
        ) -> (
            list[
                MessagesMessageParamToolResultImage | MessagesMessageParamToolResultText
            ]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        MessagesMessageParamToolResultImage
                        | MessagesMessageParamToolResultText
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_text = (
                                MessagesMessageParamToolResultText.from_dict(data)
                            )

                            return content_type_1_item_text
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_type_1_item_image = (
                            MessagesMessageParamToolResultImage.from_dict(data)
                        )

                        return content_type_1_item_image

                    content_type_1_item = _parse_content_type_1_item(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    MessagesMessageParamToolResultImage
                    | MessagesMessageParamToolResultText
                ]
                | str,
                data,
            )

        content = _parse_content(d.pop("content"))

        messages_message_param_tool_result = cls(
            type_=type_,
            tool_use_id=tool_use_id,
            content=content,
        )

        messages_message_param_tool_result.additional_properties = d
        return messages_message_param_tool_result

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
