from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_request_output_config_format_type import (
    MessagesRequestOutputConfigFormatType,
)

if TYPE_CHECKING:
    from ..models.messages_request_output_config_format_schema import (
        MessagesRequestOutputConfigFormatSchema,
    )


T = TypeVar("T", bound="MessagesRequestOutputConfigFormat")


@_attrs_define
class MessagesRequestOutputConfigFormat:
    """Structured output. When set, the model outputs JSON that strictly follows the given JSON Schema.

    Attributes:
        type_ (MessagesRequestOutputConfigFormatType):
        schema (MessagesRequestOutputConfigFormatSchema): The JSON Schema the output must follow
    """

    type_: MessagesRequestOutputConfigFormatType
    schema: MessagesRequestOutputConfigFormatSchema
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        schema = self.schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "schema": schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_request_output_config_format_schema import (
            MessagesRequestOutputConfigFormatSchema,
        )

        d = dict(src_dict)
        type_ = MessagesRequestOutputConfigFormatType(d.pop("type"))

        schema = MessagesRequestOutputConfigFormatSchema.from_dict(d.pop("schema"))

        messages_request_output_config_format = cls(
            type_=type_,
            schema=schema,
        )

        messages_request_output_config_format.additional_properties = d
        return messages_request_output_config_format

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
