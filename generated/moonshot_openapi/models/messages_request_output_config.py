from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.messages_request_output_config_effort import (
    MessagesRequestOutputConfigEffort,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.messages_request_output_config_format import (
        MessagesRequestOutputConfigFormat,
    )


T = TypeVar("T", bound="MessagesRequestOutputConfig")


@_attrs_define
class MessagesRequestOutputConfig:
    """Output configuration: reasoning effort and structured output

    Attributes:
        effort (MessagesRequestOutputConfigEffort | Unset): Reasoning effort: low, high, or max; default max. Changing
            the level breaks prefix-cache hits, so decide it before the session starts.
        format_ (MessagesRequestOutputConfigFormat | Unset): Structured output. When set, the model outputs JSON that
            strictly follows the given JSON Schema.
    """

    effort: MessagesRequestOutputConfigEffort | Unset = UNSET
    format_: MessagesRequestOutputConfigFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effort: str | Unset = UNSET
        if not isinstance(self.effort, Unset):
            effort = self.effort.value

        format_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.messages_request_output_config_format import (
            MessagesRequestOutputConfigFormat,
        )

        d = dict(src_dict)
        _effort = d.pop("effort", UNSET)
        effort: MessagesRequestOutputConfigEffort | Unset
        if isinstance(_effort, Unset):
            effort = UNSET
        else:
            effort = MessagesRequestOutputConfigEffort(_effort)

        _format_ = d.pop("format", UNSET)
        format_: MessagesRequestOutputConfigFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = MessagesRequestOutputConfigFormat.from_dict(_format_)

        messages_request_output_config = cls(
            effort=effort,
            format_=format_,
        )

        messages_request_output_config.additional_properties = d
        return messages_request_output_config

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
