from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tools_search_time_window import ToolsSearchTimeWindow


T = TypeVar("T", bound="ToolsSearchProRequest")


@_attrs_define
class ToolsSearchProRequest:
    """
    Attributes:
        text_query (str): Search query text. Must not be empty.
        timeout_seconds (int | Unset): Search timeout in seconds, from 1 to 60. If omitted, no per-request timeout is
            applied.
        limit (int | Unset): Maximum number of results to return, from 1 to 20. Defaults to 5.
        sites (list[str] | Unset): Restrict results to the given sites. Multiple sites are OR'd, up to 5 entries; each
            entry must be non-empty and must not contain whitespace or parentheses.
        time_window (ToolsSearchTimeWindow | Unset): Time-window constraint on result dates. start and end are each
            normalized to the first day of their period before comparison; start must not be later than end.
    """

    text_query: str
    timeout_seconds: int | Unset = UNSET
    limit: int | Unset = UNSET
    sites: list[str] | Unset = UNSET
    time_window: ToolsSearchTimeWindow | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_query = self.text_query

        timeout_seconds = self.timeout_seconds

        limit = self.limit

        sites: list[str] | Unset = UNSET
        if not isinstance(self.sites, Unset):
            sites = self.sites

        time_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_window, Unset):
            time_window = self.time_window.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text_query": text_query,
            }
        )
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if limit is not UNSET:
            field_dict["limit"] = limit
        if sites is not UNSET:
            field_dict["sites"] = sites
        if time_window is not UNSET:
            field_dict["time_window"] = time_window

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tools_search_time_window import ToolsSearchTimeWindow

        d = dict(src_dict)
        text_query = d.pop("text_query")

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        limit = d.pop("limit", UNSET)

        sites = cast(list[str], d.pop("sites", UNSET))

        _time_window = d.pop("time_window", UNSET)
        time_window: ToolsSearchTimeWindow | Unset
        if isinstance(_time_window, Unset):
            time_window = UNSET
        else:
            time_window = ToolsSearchTimeWindow.from_dict(_time_window)

        tools_search_pro_request = cls(
            text_query=text_query,
            timeout_seconds=timeout_seconds,
            limit=limit,
            sites=sites,
            time_window=time_window,
        )

        tools_search_pro_request.additional_properties = d
        return tools_search_pro_request

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
