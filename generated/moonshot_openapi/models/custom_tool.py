from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_tool_name import CustomToolName
from ..models.custom_tool_type import CustomToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_tool_format import CustomToolFormat


T = TypeVar("T", bound="CustomTool")


@_attrs_define
class CustomTool:
    """A custom tool that takes free-form text input. Only the custom tool named `apply_patch` is supported, and it must
    define a `grammar` + `lark` format; when the model calls it, a `custom_tool_call` item is returned in the output.

        Attributes:
            type_ (CustomToolType):
            name (CustomToolName): Tool name. Only `apply_patch` is supported.
            format_ (CustomToolFormat): Input format constraint. Only the `grammar` type with `lark` syntax is supported.
            description (str | Unset):
    """

    type_: CustomToolType
    name: CustomToolName
    format_: CustomToolFormat
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name.value

        format_ = self.format_.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "format": format_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_tool_format import CustomToolFormat

        d = dict(src_dict)
        type_ = CustomToolType(d.pop("type"))

        name = CustomToolName(d.pop("name"))

        format_ = CustomToolFormat.from_dict(d.pop("format"))

        description = d.pop("description", UNSET)

        custom_tool = cls(
            type_=type_,
            name=name,
            format_=format_,
            description=description,
        )

        custom_tool.additional_properties = d
        return custom_tool

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
