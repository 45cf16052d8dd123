from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_stream_event_content_block_start_type import (
    MessagesStreamEventContentBlockStartType,
)

if TYPE_CHECKING:
    from ..models.messages_stream_event_content_block_start_text import (
        MessagesStreamEventContentBlockStartText,
    )
    from ..models.messages_stream_event_content_block_start_thinking import (
        MessagesStreamEventContentBlockStartThinking,
    )
    from ..models.messages_stream_event_content_block_start_tool_use import (
        MessagesStreamEventContentBlockStartToolUse,
    )


T = TypeVar("T", bound="MessagesStreamEventContentBlockStart")


@_attrs_define
class MessagesStreamEventContentBlockStart:
    """
    Attributes:
        type_ (MessagesStreamEventContentBlockStartType):
        index (int):
        content_block (MessagesStreamEventContentBlockStartText | MessagesStreamEventContentBlockStartThinking |
            MessagesStreamEventContentBlockStartToolUse):
    """

    type_: MessagesStreamEventContentBlockStartType
    index: int
    content_block: (
        MessagesStreamEventContentBlockStartText
        | MessagesStreamEventContentBlockStartThinking
        | MessagesStreamEventContentBlockStartToolUse
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.messages_stream_event_content_block_start_text import (
            MessagesStreamEventContentBlockStartText,
        )
        from ..models.messages_stream_event_content_block_start_thinking import (
            MessagesStreamEventContentBlockStartThinking,
        )

        type_ = self.type_.value

        index = self.index

        content_block: dict[str, Any]
        if isinstance(
            self.content_block, MessagesStreamEventContentBlockStartThinking
        ) or isinstance(self.content_block, MessagesStreamEventContentBlockStartText):
            content_block = self.content_block.to_dict()
        else:
            content_block = self.content_block.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "index": index,
                "content_block": content_block,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_stream_event_content_block_start_text import (
            MessagesStreamEventContentBlockStartText,
        )
        from ..models.messages_stream_event_content_block_start_thinking import (
            MessagesStreamEventContentBlockStartThinking,
        )
        from ..models.messages_stream_event_content_block_start_tool_use import (
            MessagesStreamEventContentBlockStartToolUse,
        )

        d = dict(src_dict)
        type_ = MessagesStreamEventContentBlockStartType(d.pop("type"))

        index = d.pop("index")

        def _parse_content_block(
            data: object,
        ) -> (
            MessagesStreamEventContentBlockStartText
            | MessagesStreamEventContentBlockStartThinking
            | MessagesStreamEventContentBlockStartToolUse
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_thinking = (
                    MessagesStreamEventContentBlockStartThinking.from_dict(data)
                )

                return content_block_thinking
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_block_text = MessagesStreamEventContentBlockStartText.from_dict(
                    data
                )

                return content_block_text
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            content_block_tool_use = (
                MessagesStreamEventContentBlockStartToolUse.from_dict(data)
            )

            return content_block_tool_use

        content_block = _parse_content_block(d.pop("content_block"))

        messages_stream_event_content_block_start = cls(
            type_=type_,
            index=index,
            content_block=content_block,
        )

        messages_stream_event_content_block_start.additional_properties = d
        return messages_stream_event_content_block_start

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
