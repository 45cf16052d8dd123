from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_response_role import MessagesResponseRole
from ..models.messages_response_stop_reason_type_0 import (
    MessagesResponseStopReasonType0,
)
from ..models.messages_response_type import MessagesResponseType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.messages_response_text import MessagesResponseText
    from ..models.messages_response_thinking import MessagesResponseThinking
    from ..models.messages_response_tool_use import MessagesResponseToolUse
    from ..models.messages_response_usage import MessagesResponseUsage


T = TypeVar("T", bound="MessagesResponse")


@_attrs_define
class MessagesResponse:
    """
    Attributes:
        id (str | Unset): Unique identifier of the response
        type_ (MessagesResponseType | Unset):  Example: message.
        role (MessagesResponseRole | Unset):
        model (str | Unset): The model specified in the request
        content (list[MessagesResponseText | MessagesResponseThinking | MessagesResponseToolUse] | Unset): Content
            blocks, ordered thinking → text → tool_use
        stop_reason (MessagesResponseStopReasonType0 | None | Unset): Stop reason. `end_turn`: finished naturally
            (including a `stop_sequences` match); `max_tokens`: reached the max_tokens limit; `tool_use`: the model issued a
            tool call; `refusal`: content safety review was triggered.
        stop_sequence (None | str | Unset): The stop sequence that was matched
        usage (MessagesResponseUsage | Unset): Token usage
    """

    id: str | Unset = UNSET
    type_: MessagesResponseType | Unset = UNSET
    role: MessagesResponseRole | Unset = UNSET
    model: str | Unset = UNSET
    content: (
        list[MessagesResponseText | MessagesResponseThinking | MessagesResponseToolUse]
        | Unset
    ) = UNSET
    stop_reason: MessagesResponseStopReasonType0 | None | Unset = UNSET
    stop_sequence: None | str | Unset = UNSET
    usage: MessagesResponseUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.messages_response_text import MessagesResponseText
        from ..models.messages_response_thinking import MessagesResponseThinking

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        model = self.model

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item: dict[str, Any]
                if isinstance(
                    content_item_data, MessagesResponseThinking
                ) or isinstance(content_item_data, MessagesResponseText):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data.to_dict()

                content.append(content_item)

        stop_reason: None | str | Unset
        if isinstance(self.stop_reason, Unset):
            stop_reason = UNSET
        elif isinstance(self.stop_reason, MessagesResponseStopReasonType0):
            stop_reason = self.stop_reason.value
        else:
            stop_reason = self.stop_reason

        stop_sequence: None | str | Unset
        if isinstance(self.stop_sequence, Unset):
            stop_sequence = UNSET
        else:
            stop_sequence = self.stop_sequence

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if role is not UNSET:
            field_dict["role"] = role
        if model is not UNSET:
            field_dict["model"] = model
        if content is not UNSET:
            field_dict["content"] = content
        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason
        if stop_sequence is not UNSET:
            field_dict["stop_sequence"] = stop_sequence
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_response_text import MessagesResponseText
        from ..models.messages_response_thinking import MessagesResponseThinking
        from ..models.messages_response_tool_use import MessagesResponseToolUse
        from ..models.messages_response_usage import MessagesResponseUsage

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: MessagesResponseType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = MessagesResponseType(_type_)

        _role = d.pop("role", UNSET)
        role: MessagesResponseRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = MessagesResponseRole(_role)

        model = d.pop("model", UNSET)

        _content = d.pop("content", UNSET)
        content: (
            list[
                MessagesResponseText
                | MessagesResponseThinking
                | MessagesResponseToolUse
            ]
            | Unset
        ) = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:

                def _parse_content_item(
                    data: object,
                ) -> (
                    MessagesResponseText
                    | MessagesResponseThinking
                    | MessagesResponseToolUse
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_item_thinking = MessagesResponseThinking.from_dict(data)

                        return content_item_thinking
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_item_text = MessagesResponseText.from_dict(data)

                        return content_item_text
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_tool_use = MessagesResponseToolUse.from_dict(data)

                    return content_item_tool_use

                content_item = _parse_content_item(content_item_data)

                content.append(content_item)

        def _parse_stop_reason(
            data: object,
        ) -> MessagesResponseStopReasonType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stop_reason_type_0 = MessagesResponseStopReasonType0(data)

                return stop_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessagesResponseStopReasonType0 | None | Unset, data)

        stop_reason = _parse_stop_reason(d.pop("stop_reason", UNSET))

        def _parse_stop_sequence(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stop_sequence = _parse_stop_sequence(d.pop("stop_sequence", UNSET))

        _usage = d.pop("usage", UNSET)
        usage: MessagesResponseUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = MessagesResponseUsage.from_dict(_usage)

        messages_response = cls(
            id=id,
            type_=type_,
            role=role,
            model=model,
            content=content,
            stop_reason=stop_reason,
            stop_sequence=stop_sequence,
            usage=usage,
        )

        messages_response.additional_properties = d
        return messages_response

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
