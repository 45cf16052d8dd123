from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_tool_format_syntax import CustomToolFormatSyntax
from ..models.custom_tool_format_type import CustomToolFormatType

T = TypeVar("T", bound="CustomToolFormat")


@_attrs_define
class CustomToolFormat:
    """Input format constraint. Only the `grammar` type with `lark` syntax is supported.

    Attributes:
        type_ (CustomToolFormatType):
        syntax (CustomToolFormatSyntax):
        definition (str): The Lark grammar definition.
    """

    type_: CustomToolFormatType
    syntax: CustomToolFormatSyntax
    definition: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        syntax = self.syntax.value

        definition = self.definition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "syntax": syntax,
                "definition": definition,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = CustomToolFormatType(d.pop("type"))

        syntax = CustomToolFormatSyntax(d.pop("syntax"))

        definition = d.pop("definition")

        custom_tool_format = cls(
            type_=type_,
            syntax=syntax,
            definition=definition,
        )

        custom_tool_format.additional_properties = d
        return custom_tool_format

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
