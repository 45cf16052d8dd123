from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.additional_tools_role import AdditionalToolsRole
from ..models.additional_tools_type import AdditionalToolsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_tool import CustomTool
    from ..models.function_tool import FunctionTool
    from ..models.namespace_tool import NamespaceTool
    from ..models.web_search_tool import WebSearchTool


T = TypeVar("T", bound="AdditionalTools")


@_attrs_define
class AdditionalTools:
    """Adds callable tools partway through a conversation, effective from the position of this item.

    Attributes:
        type_ (AdditionalToolsType):
        role (AdditionalToolsRole):
        tools (list[CustomTool | FunctionTool | NamespaceTool | WebSearchTool]):
        id (str | Unset):
    """

    type_: AdditionalToolsType
    role: AdditionalToolsRole
    tools: list[CustomTool | FunctionTool | NamespaceTool | WebSearchTool]
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_tool import CustomTool
        from ..models.function_tool import FunctionTool
        from ..models.namespace_tool import NamespaceTool

        type_ = self.type_.value

        role = self.role.value

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if (
                isinstance(tools_item_data, FunctionTool)
                or isinstance(tools_item_data, CustomTool)
                or isinstance(tools_item_data, NamespaceTool)
            ):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "role": role,
                "tools": tools,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_tool import CustomTool
        from ..models.function_tool import FunctionTool
        from ..models.namespace_tool import NamespaceTool
        from ..models.web_search_tool import WebSearchTool

        d = dict(src_dict)
        type_ = AdditionalToolsType(d.pop("type"))

        role = AdditionalToolsRole(d.pop("role"))

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:

            def _parse_tools_item(
                data: object,
            ) -> CustomTool | FunctionTool | NamespaceTool | WebSearchTool:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_responses_tool_type_0 = FunctionTool.from_dict(
                        data
                    )

                    return componentsschemas_responses_tool_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_responses_tool_type_1 = CustomTool.from_dict(data)

                    return componentsschemas_responses_tool_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_responses_tool_type_2 = NamespaceTool.from_dict(
                        data
                    )

                    return componentsschemas_responses_tool_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_responses_tool_type_3 = WebSearchTool.from_dict(data)

                return componentsschemas_responses_tool_type_3

            tools_item = _parse_tools_item(tools_item_data)

            tools.append(tools_item)

        id = d.pop("id", UNSET)

        additional_tools = cls(
            type_=type_,
            role=role,
            tools=tools,
            id=id,
        )

        additional_tools.additional_properties = d
        return additional_tools

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
