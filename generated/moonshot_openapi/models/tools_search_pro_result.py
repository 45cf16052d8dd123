from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tools_search_pro_chunk import ToolsSearchProChunk


T = TypeVar("T", bound="ToolsSearchProResult")


@_attrs_define
class ToolsSearchProResult:
    """
    Attributes:
        authority (str): Authority level of the source.
        date (str): Date of the search result.
        icon (str): Site icon URL.
        mime (str): MIME type of the content.
        site_name (str): Site name.
        snippet (str): Snippet of the search result.
        title (str): Title of the search result.
        url (str): URL of the search result.
        chunks (list[ToolsSearchProChunk]): Structured content chunks collected for each page; an empty array when no
            content is available.
    """

    authority: str
    date: str
    icon: str
    mime: str
    site_name: str
    snippet: str
    title: str
    url: str
    chunks: list[ToolsSearchProChunk]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authority = self.authority

        date = self.date

        icon = self.icon

        mime = self.mime

        site_name = self.site_name

        snippet = self.snippet

        title = self.title

        url = self.url

        chunks = []
        for chunks_item_data in self.chunks:
            chunks_item = chunks_item_data.to_dict()
            chunks.append(chunks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authority": authority,
                "date": date,
                "icon": icon,
                "mime": mime,
                "site_name": site_name,
                "snippet": snippet,
                "title": title,
                "url": url,
                "chunks": chunks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tools_search_pro_chunk import ToolsSearchProChunk

        d = dict(src_dict)
        authority = d.pop("authority")

        date = d.pop("date")

        icon = d.pop("icon")

        mime = d.pop("mime")

        site_name = d.pop("site_name")

        snippet = d.pop("snippet")

        title = d.pop("title")

        url = d.pop("url")

        chunks = []
        _chunks = d.pop("chunks")
        for chunks_item_data in _chunks:
            chunks_item = ToolsSearchProChunk.from_dict(chunks_item_data)

            chunks.append(chunks_item)

        tools_search_pro_result = cls(
            authority=authority,
            date=date,
            icon=icon,
            mime=mime,
            site_name=site_name,
            snippet=snippet,
            title=title,
            url=url,
            chunks=chunks,
        )

        tools_search_pro_result.additional_properties = d
        return tools_search_pro_result

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
