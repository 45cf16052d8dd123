from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_request_text_format_type import ResponsesRequestTextFormatType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.responses_request_text_format_schema import (
        ResponsesRequestTextFormatSchema,
    )


T = TypeVar("T", bound="ResponsesRequestTextFormat")


@_attrs_define
class ResponsesRequestTextFormat:
    """Constrains the output structure with a JSON Schema.

    Attributes:
        type_ (ResponsesRequestTextFormatType):
        schema (ResponsesRequestTextFormatSchema): JSON Schema describing the output structure.
        name (str | Unset): Schema name. Defaults to `output`.
        strict (bool | Unset): Whether the output must strictly conform to the schema.
    """

    type_: ResponsesRequestTextFormatType
    schema: ResponsesRequestTextFormatSchema
    name: str | Unset = UNSET
    strict: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        schema = self.schema.to_dict()

        name = self.name

        strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "schema": schema,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.responses_request_text_format_schema import (
            ResponsesRequestTextFormatSchema,
        )

        d = dict(src_dict)
        type_ = ResponsesRequestTextFormatType(d.pop("type"))

        schema = ResponsesRequestTextFormatSchema.from_dict(d.pop("schema"))

        name = d.pop("name", UNSET)

        strict = d.pop("strict", UNSET)

        responses_request_text_format = cls(
            type_=type_,
            schema=schema,
            name=name,
            strict=strict,
        )

        responses_request_text_format.additional_properties = d
        return responses_request_text_format

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
