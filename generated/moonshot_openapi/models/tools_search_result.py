from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ToolsSearchResult")


@_attrs_define
class ToolsSearchResult:
    """
    Attributes:
        authority (str): Authority level of the source.
        date (str): Date of the search result.
        icon (str): Site icon URL.
        mime (str): MIME type of the content.
        site_name (str): Site name.
        snippet (str): Snippet of the search result.
        text (str): Full page content; returned when include_content=true, otherwise an empty string.
        title (str): Title of the search result.
        url (str): URL of the search result.
    """

    authority: str
    date: str
    icon: str
    mime: str
    site_name: str
    snippet: str
    text: str
    title: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authority = self.authority

        date = self.date

        icon = self.icon

        mime = self.mime

        site_name = self.site_name

        snippet = self.snippet

        text = self.text

        title = self.title

        url = self.url

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
                "text": text,
                "title": title,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        authority = d.pop("authority")

        date = d.pop("date")

        icon = d.pop("icon")

        mime = d.pop("mime")

        site_name = d.pop("site_name")

        snippet = d.pop("snippet")

        text = d.pop("text")

        title = d.pop("title")

        url = d.pop("url")

        tools_search_result = cls(
            authority=authority,
            date=date,
            icon=icon,
            mime=mime,
            site_name=site_name,
            snippet=snippet,
            text=text,
            title=title,
            url=url,
        )

        tools_search_result.additional_properties = d
        return tools_search_result

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
