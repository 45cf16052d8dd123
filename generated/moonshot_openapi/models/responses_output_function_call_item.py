from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_output_function_call_item_status import (
    ResponsesOutputFunctionCallItemStatus,
)
from ..models.responses_output_function_call_item_type import (
    ResponsesOutputFunctionCallItemType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesOutputFunctionCallItem")


@_attrs_define
class ResponsesOutputFunctionCallItem:
    """A function call initiated by the model.

    Attributes:
        type_ (ResponsesOutputFunctionCallItemType | Unset):
        id (str | Unset):  Example: fc_68f0c1c2d3e4f5a6b7c8d9e0.
        call_id (str | Unset): Use this value in `function_call_output` when returning the result.
        name (str | Unset):
        namespace (str | Unset): Returned for namespace tool calls.
        arguments (str | Unset): JSON string of the function arguments.
        status (ResponsesOutputFunctionCallItemStatus | Unset):
    """

    type_: ResponsesOutputFunctionCallItemType | Unset = UNSET
    id: str | Unset = UNSET
    call_id: str | Unset = UNSET
    name: str | Unset = UNSET
    namespace: str | Unset = UNSET
    arguments: str | Unset = UNSET
    status: ResponsesOutputFunctionCallItemStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        id = self.id

        call_id = self.call_id

        name = self.name

        namespace = self.namespace

        arguments = self.arguments

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ResponsesOutputFunctionCallItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ResponsesOutputFunctionCallItemType(_type_)

        id = d.pop("id", UNSET)

        call_id = d.pop("call_id", UNSET)

        name = d.pop("name", UNSET)

        namespace = d.pop("namespace", UNSET)

        arguments = d.pop("arguments", UNSET)

        _status = d.pop("status", UNSET)
        status: ResponsesOutputFunctionCallItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ResponsesOutputFunctionCallItemStatus(_status)

        responses_output_function_call_item = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            name=name,
            namespace=namespace,
            arguments=arguments,
            status=status,
        )

        responses_output_function_call_item.additional_properties = d
        return responses_output_function_call_item

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
