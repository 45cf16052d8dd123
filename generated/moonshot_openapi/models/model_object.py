from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelObject")


@_attrs_define
class ModelObject:
    """
    Attributes:
        id (str | Unset): Model ID Example: kimi-k3.
        object_ (str | Unset):  Example: model.
        created (int | Unset): Creation timestamp
        owned_by (str | Unset):  Example: moonshot.
        context_length (int | Unset): Maximum context length (tokens)
        supports_image_in (bool | Unset): Whether the model supports image input
        supports_video_in (bool | Unset): Whether the model supports video input
        supports_reasoning (bool | Unset): Whether the model supports deep thinking
    """

    id: str | Unset = UNSET
    object_: str | Unset = UNSET
    created: int | Unset = UNSET
    owned_by: str | Unset = UNSET
    context_length: int | Unset = UNSET
    supports_image_in: bool | Unset = UNSET
    supports_video_in: bool | Unset = UNSET
    supports_reasoning: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created = self.created

        owned_by = self.owned_by

        context_length = self.context_length

        supports_image_in = self.supports_image_in

        supports_video_in = self.supports_video_in

        supports_reasoning = self.supports_reasoning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created is not UNSET:
            field_dict["created"] = created
        if owned_by is not UNSET:
            field_dict["owned_by"] = owned_by
        if context_length is not UNSET:
            field_dict["context_length"] = context_length
        if supports_image_in is not UNSET:
            field_dict["supports_image_in"] = supports_image_in
        if supports_video_in is not UNSET:
            field_dict["supports_video_in"] = supports_video_in
        if supports_reasoning is not UNSET:
            field_dict["supports_reasoning"] = supports_reasoning

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        object_ = d.pop("object", UNSET)

        created = d.pop("created", UNSET)

        owned_by = d.pop("owned_by", UNSET)

        context_length = d.pop("context_length", UNSET)

        supports_image_in = d.pop("supports_image_in", UNSET)

        supports_video_in = d.pop("supports_video_in", UNSET)

        supports_reasoning = d.pop("supports_reasoning", UNSET)

        model_object = cls(
            id=id,
            object_=object_,
            created=created,
            owned_by=owned_by,
            context_length=context_length,
            supports_image_in=supports_image_in,
            supports_video_in=supports_video_in,
            supports_reasoning=supports_reasoning,
        )

        model_object.additional_properties = d
        return model_object

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
