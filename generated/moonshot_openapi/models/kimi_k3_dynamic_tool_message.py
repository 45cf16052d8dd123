from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.kimi_k3_dynamic_tool_message_role import KimiK3DynamicToolMessageRole

if TYPE_CHECKING:
    from ..models.tool_definition import ToolDefinition


T = TypeVar("T", bound="KimiK3DynamicToolMessage")


@_attrs_define
class KimiK3DynamicToolMessage:
    """A Kimi K3 dynamic tool loading message. This message must use the system role, declares tools available to
    subsequent conversation turns from its position, and does not include a content field.

        Attributes:
            role (KimiK3DynamicToolMessageRole): The role of a dynamic tool loading message. Always system.
            tools (list[ToolDefinition]): Tools available for the model to call from this message onward
    """

    role: KimiK3DynamicToolMessageRole
    tools: list[ToolDefinition]

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
                "tools": tools,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tool_definition import ToolDefinition

        d = dict(src_dict)
        role = KimiK3DynamicToolMessageRole(d.pop("role"))

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = ToolDefinition.from_dict(tools_item_data)

            tools.append(tools_item)

        kimi_k3_dynamic_tool_message = cls(
            role=role,
            tools=tools,
        )

        return kimi_k3_dynamic_tool_message
