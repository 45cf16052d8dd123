from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_request_common_response_format_type import (
    ChatRequestCommonResponseFormatType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_request_common_response_format_json_schema import (
        ChatRequestCommonResponseFormatJsonSchema,
    )


T = TypeVar("T", bound="ChatRequestCommonResponseFormat")


@_attrs_define
class ChatRequestCommonResponseFormat:
    """Controls the model output format. Default is {"type": "text"} for plain text output. Set to {"type": "json_object"}
    to enable JSON mode, ensuring output is a valid JSON object (you must guide the model to output JSON in the prompt).
    Set to {"type": "json_schema"} to enable Structured Output, constraining output to match a specified JSON Schema
    (recommended, requires the json_schema field). If you encounter schema validation issues, please submit feedback at
    walle GitHub Issues (https://github.com/MoonshotAI/walle/issues).

        Attributes:
            type_ (ChatRequestCommonResponseFormatType | Unset): Output format type. text: default, plain text output;
                json_object: ensures output is a valid JSON object; json_schema: constrains output to match a specified JSON
                Schema (recommended, requires the json_schema field)
            json_schema (ChatRequestCommonResponseFormatJsonSchema | Unset): Used when type is json_schema. Defines the JSON
                Schema that the output should conform to.
    """

    type_: ChatRequestCommonResponseFormatType | Unset = UNSET
    json_schema: ChatRequestCommonResponseFormatJsonSchema | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        json_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.json_schema, Unset):
            json_schema = self.json_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_request_common_response_format_json_schema import (
            ChatRequestCommonResponseFormatJsonSchema,
        )

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ChatRequestCommonResponseFormatType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ChatRequestCommonResponseFormatType(_type_)

        _json_schema = d.pop("json_schema", UNSET)
        json_schema: ChatRequestCommonResponseFormatJsonSchema | Unset
        if isinstance(_json_schema, Unset):
            json_schema = UNSET
        else:
            json_schema = ChatRequestCommonResponseFormatJsonSchema.from_dict(
                _json_schema
            )

        chat_request_common_response_format = cls(
            type_=type_,
            json_schema=json_schema,
        )

        chat_request_common_response_format.additional_properties = d
        return chat_request_common_response_format

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
