from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolsSearchTimeWindow")


@_attrs_define
class ToolsSearchTimeWindow:
    """Time-window constraint on result dates. start and end are each normalized to the first day of their period before
    comparison; start must not be later than end.

        Attributes:
            start (str | Unset): Lower bound of the time window, in YYYY / YYYY-MM / YYYY-MM-DD format.
            end (str | Unset): Upper bound of the time window, in YYYY / YYYY-MM / YYYY-MM-DD format.
    """

    start: str | Unset = UNSET
    end: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        tools_search_time_window = cls(
            start=start,
            end=end,
        )

        tools_search_time_window.additional_properties = d
        return tools_search_time_window

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
