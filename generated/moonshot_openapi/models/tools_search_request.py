from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolsSearchRequest")


@_attrs_define
class ToolsSearchRequest:
    """
    Attributes:
        text_query (str): Search query text. Must not be empty.
        timeout_seconds (int | Unset): Search timeout in seconds, from 1 to 60. If omitted, no per-request timeout is
            applied.
        limit (int | Unset): Maximum number of results to return, from 1 to 20. Defaults to 5.
        include_content (bool | Unset): Whether to return full page content in each result's `text` field. Defaults to
            false.
    """

    text_query: str
    timeout_seconds: int | Unset = UNSET
    limit: int | Unset = UNSET
    include_content: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_query = self.text_query

        timeout_seconds = self.timeout_seconds

        limit = self.limit

        include_content = self.include_content

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
        if include_content is not UNSET:
            field_dict["include_content"] = include_content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text_query = d.pop("text_query")

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        limit = d.pop("limit", UNSET)

        include_content = d.pop("include_content", UNSET)

        tools_search_request = cls(
            text_query=text_query,
            timeout_seconds=timeout_seconds,
            limit=limit,
            include_content=include_content,
        )

        tools_search_request.additional_properties = d
        return tools_search_request

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
