from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_definition_function_parameters import (
        ToolDefinitionFunctionParameters,
    )


T = TypeVar("T", bound="ToolDefinitionFunction")


@_attrs_define
class ToolDefinitionFunction:
    """
    Attributes:
        name (str): Function name. Must follow the regex: ^[a-zA-Z_][a-zA-Z0-9-_]{0,127}$
        parameters (ToolDefinitionFunctionParameters): Function parameters as JSON Schema. Must conform to the [MFJS
            (Moonshot Flavored JSON Schema) specification](https://github.com/MoonshotAI/walle/blob/main/docs/mfjs-spec.md).
        description (str | Unset): Description of what the function does
        strict (bool | Unset): Whether to strictly constrain tool call arguments according to the parameters schema.
            Defaults to true. When false, only guarantees the output is a valid JSON object without enforcing internal
            structure.
    """

    name: str
    parameters: ToolDefinitionFunctionParameters
    description: str | Unset = UNSET
    strict: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parameters = self.parameters.to_dict()

        description = self.description

        strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "parameters": parameters,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tool_definition_function_parameters import (
            ToolDefinitionFunctionParameters,
        )

        d = dict(src_dict)
        name = d.pop("name")

        parameters = ToolDefinitionFunctionParameters.from_dict(d.pop("parameters"))

        description = d.pop("description", UNSET)

        strict = d.pop("strict", UNSET)

        tool_definition_function = cls(
            name=name,
            parameters=parameters,
            description=description,
            strict=strict,
        )

        tool_definition_function.additional_properties = d
        return tool_definition_function

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
