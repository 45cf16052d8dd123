from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.kimi_k25_chat_request_thinking_type import KimiK25ChatRequestThinkingType

T = TypeVar("T", bound="KimiK25ChatRequestThinking")


@_attrs_define
class KimiK25ChatRequestThinking:
    """Controls whether thinking is enabled for the model. Optional parameter. Default value is {"type": "enabled"}.

    Attributes:
        type_ (KimiK25ChatRequestThinkingType): Enable or disable thinking capability
    """

    type_: KimiK25ChatRequestThinkingType

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = KimiK25ChatRequestThinkingType(d.pop("type"))

        kimi_k25_chat_request_thinking = cls(
            type_=type_,
        )

        return kimi_k25_chat_request_thinking
