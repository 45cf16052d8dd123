from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_tool_type import MessagesToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.messages_tool_input_schema import MessagesToolInputSchema


T = TypeVar("T", bound="MessagesTool")


@_attrs_define
class MessagesTool:
    """
    Attributes:
        name (str): Tool name. Must match the regular expression: ^[a-zA-Z_][a-zA-Z0-9-_]{0,127}$
        input_schema (MessagesToolInputSchema): JSON Schema for the tool input; the top-level `type` must be `object`.
            Must conform to the [MFJS (Moonshot Flavored JSON Schema)
            specification](https://github.com/MoonshotAI/walle/blob/main/docs/mfjs-spec.md).
        type_ (MessagesToolType | Unset): Tool type, may be omitted
        description (str | Unset): Description of what the tool does
    """

    name: str
    input_schema: MessagesToolInputSchema
    type_: MessagesToolType | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        input_schema = self.input_schema.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "input_schema": input_schema,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_tool_input_schema import MessagesToolInputSchema

        d = dict(src_dict)
        name = d.pop("name")

        input_schema = MessagesToolInputSchema.from_dict(d.pop("input_schema"))

        _type_ = d.pop("type", UNSET)
        type_: MessagesToolType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = MessagesToolType(_type_)

        description = d.pop("description", UNSET)

        messages_tool = cls(
            name=name,
            input_schema=input_schema,
            type_=type_,
            description=description,
        )

        messages_tool.additional_properties = d
        return messages_tool

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
