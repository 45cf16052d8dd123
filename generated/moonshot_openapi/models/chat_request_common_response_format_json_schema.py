from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_request_common_response_format_json_schema_schema import (
        ChatRequestCommonResponseFormatJsonSchemaSchema,
    )


T = TypeVar("T", bound="ChatRequestCommonResponseFormatJsonSchema")


@_attrs_define
class ChatRequestCommonResponseFormatJsonSchema:
    """Used when type is json_schema. Defines the JSON Schema that the output should conform to.

    Attributes:
        name (str): Schema name for identification
        schema (ChatRequestCommonResponseFormatJsonSchemaSchema): The JSON Schema object defining the structure the
            output should conform to. Must conform to MFJS (Moonshot Flavored JSON Schema) specification. You can use the
            walle CLI tool to validate: go install github.com/moonshotai/walle/cmd/walle@latest && walle -schema
            'your_schema' -level strict
        strict (bool | Unset): Whether to strictly constrain output according to the schema. Defaults to true. When
            true, the schema must conform to the MFJS specification; non-conforming schemas will return errors or warnings.
            When false, only guarantees the output is a valid JSON object without enforcing internal structure.
    """

    name: str
    schema: ChatRequestCommonResponseFormatJsonSchemaSchema
    strict: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        schema = self.schema.to_dict()

        strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "schema": schema,
            }
        )
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_request_common_response_format_json_schema_schema import (
            ChatRequestCommonResponseFormatJsonSchemaSchema,
        )

        d = dict(src_dict)
        name = d.pop("name")

        schema = ChatRequestCommonResponseFormatJsonSchemaSchema.from_dict(
            d.pop("schema")
        )

        strict = d.pop("strict", UNSET)

        chat_request_common_response_format_json_schema = cls(
            name=name,
            schema=schema,
            strict=strict,
        )

        chat_request_common_response_format_json_schema.additional_properties = d
        return chat_request_common_response_format_json_schema

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
