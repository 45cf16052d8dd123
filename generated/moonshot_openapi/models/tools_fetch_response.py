from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ToolsFetchResponse")


@_attrs_define
class ToolsFetchResponse:
    """
    Attributes:
        url (str): The fetched URL.
        markdown (str): Fetched content in Markdown. Text and images are concatenated in page order, with images
            rendered as `![imageN](url)` placeholders.
        title (str): Page title.
    """

    url: str
    markdown: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        markdown = self.markdown

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "markdown": markdown,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        markdown = d.pop("markdown")

        title = d.pop("title")

        tools_fetch_response = cls(
            url=url,
            markdown=markdown,
            title=title,
        )

        tools_fetch_response.additional_properties = d
        return tools_fetch_response

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
