from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.namespace_tool_type import NamespaceToolType

if TYPE_CHECKING:
    from ..models.custom_tool import CustomTool
    from ..models.function_tool import FunctionTool


T = TypeVar("T", bound="NamespaceTool")


@_attrs_define
class NamespaceTool:
    """Groups a set of function or custom tools under one namespace.

    Attributes:
        type_ (NamespaceToolType):
        name (str):
        description (str):
        tools (list[CustomTool | FunctionTool]):
    """

    type_: NamespaceToolType
    name: str
    description: str
    tools: list[CustomTool | FunctionTool]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.function_tool import FunctionTool

        type_ = self.type_.value

        name = self.name

        description = self.description

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, FunctionTool):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "description": description,
                "tools": tools,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_tool import CustomTool
        from ..models.function_tool import FunctionTool

        d = dict(src_dict)
        type_ = NamespaceToolType(d.pop("type"))

        name = d.pop("name")

        description = d.pop("description")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:

            def _parse_tools_item(data: object) -> CustomTool | FunctionTool:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_0 = FunctionTool.from_dict(data)

                    return tools_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                tools_item_type_1 = CustomTool.from_dict(data)

                return tools_item_type_1

            tools_item = _parse_tools_item(tools_item_data)

            tools.append(tools_item)

        namespace_tool = cls(
            type_=type_,
            name=name,
            description=description,
            tools=tools,
        )

        namespace_tool.additional_properties = d
        return namespace_tool

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
