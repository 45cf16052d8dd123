from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChatRequestCommonResponseFormatJsonSchemaSchema")


@_attrs_define
class ChatRequestCommonResponseFormatJsonSchemaSchema:
    """The JSON Schema object defining the structure the output should conform to. Must conform to MFJS (Moonshot Flavored
    JSON Schema) specification. You can use the walle CLI tool to validate: go install
    github.com/moonshotai/walle/cmd/walle@latest && walle -schema 'your_schema' -level strict

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        chat_request_common_response_format_json_schema_schema = cls()

        chat_request_common_response_format_json_schema_schema.additional_properties = d
        return chat_request_common_response_format_json_schema_schema

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
