from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_message_param_role import MessagesMessageParamRole

if TYPE_CHECKING:
    from ..models.messages_message_param_image import MessagesMessageParamImage
    from ..models.messages_message_param_text import MessagesMessageParamText
    from ..models.messages_message_param_thinking import MessagesMessageParamThinking
    from ..models.messages_message_param_tool_result import (
        MessagesMessageParamToolResult,
    )
    from ..models.messages_message_param_tool_use import MessagesMessageParamToolUse


T = TypeVar("T", bound="MessagesMessageParam")


@_attrs_define
class MessagesMessageParam:
    """
    Attributes:
        role (MessagesMessageParamRole): The role of the message. Supports user and assistant. Use the top-level
            `system` field for the system prompt. Example: user.
        content (list[MessagesMessageParamImage | MessagesMessageParamText | MessagesMessageParamThinking |
            MessagesMessageParamToolResult | MessagesMessageParamToolUse] | str): Message content. Either a plain string or
            an array of content blocks (text / image / thinking / tool_use / tool_result). Example: Hello.
    """

    role: MessagesMessageParamRole
    content: (
        list[
            MessagesMessageParamImage
            | MessagesMessageParamText
            | MessagesMessageParamThinking
            | MessagesMessageParamToolResult
            | MessagesMessageParamToolUse
        ]
        | str
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.messages_message_param_image import MessagesMessageParamImage
        from ..models.messages_message_param_text import MessagesMessageParamText
        from ..models.messages_message_param_thinking import (
            MessagesMessageParamThinking,
        )
        from ..models.messages_message_param_tool_use import MessagesMessageParamToolUse

        role = self.role.value

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if (
                    isinstance(content_type_1_item_data, MessagesMessageParamText)
                    or isinstance(content_type_1_item_data, MessagesMessageParamImage)
                    or isinstance(
                        content_type_1_item_data, MessagesMessageParamThinking
                    )
                    or isinstance(content_type_1_item_data, MessagesMessageParamToolUse)
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
                "role": role,
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_message_param_image import MessagesMessageParamImage
        from ..models.messages_message_param_text import MessagesMessageParamText
        from ..models.messages_message_param_thinking import (
            MessagesMessageParamThinking,
        )
        from ..models.messages_message_param_tool_result import (
            MessagesMessageParamToolResult,
        )
        from ..models.messages_message_param_tool_use import MessagesMessageParamToolUse

        d = dict(src_dict)
        role = MessagesMessageParamRole(d.pop("role"))

        def _parse_content(
            data: object,
        ) -> (
            list[
                MessagesMessageParamImage
                | MessagesMessageParamText
                | MessagesMessageParamThinking
                | MessagesMessageParamToolResult
                | MessagesMessageParamToolUse
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
                        MessagesMessageParamImage
                        | MessagesMessageParamText
                        | MessagesMessageParamThinking
                        | MessagesMessageParamToolResult
                        | MessagesMessageParamToolUse
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_text = (
                                MessagesMessageParamText.from_dict(data)
                            )

                            return content_type_1_item_text
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_image = (
                                MessagesMessageParamImage.from_dict(data)
                            )

                            return content_type_1_item_image
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_thinking = (
                                MessagesMessageParamThinking.from_dict(data)
                            )

                            return content_type_1_item_thinking
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_tool_use = (
                                MessagesMessageParamToolUse.from_dict(data)
                            )

                            return content_type_1_item_tool_use
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_type_1_item_tool_result = (
                            MessagesMessageParamToolResult.from_dict(data)
                        )

                        return content_type_1_item_tool_result

                    content_type_1_item = _parse_content_type_1_item(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    MessagesMessageParamImage
                    | MessagesMessageParamText
                    | MessagesMessageParamThinking
                    | MessagesMessageParamToolResult
                    | MessagesMessageParamToolUse
                ]
                | str,
                data,
            )

        content = _parse_content(d.pop("content"))

        messages_message_param = cls(
            role=role,
            content=content,
        )

        messages_message_param.additional_properties = d
        return messages_message_param

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
