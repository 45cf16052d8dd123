from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_function_call_item_status import ResponsesFunctionCallItemStatus
from ..models.responses_function_call_item_type import ResponsesFunctionCallItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponsesFunctionCallItem")


@_attrs_define
class ResponsesFunctionCallItem:
    """Replays a function call.

    Attributes:
        type_ (ResponsesFunctionCallItemType):
        call_id (str): Call ID paired with the matching `function_call_output`.
        name (str):
        arguments (str): JSON string of the function arguments.
        id (str | Unset):
        namespace (str | Unset): Namespace the tool belongs to, returned for namespace tool calls.
        status (ResponsesFunctionCallItemStatus | Unset):
    """

    type_: ResponsesFunctionCallItemType
    call_id: str
    name: str
    arguments: str
    id: str | Unset = UNSET
    namespace: str | Unset = UNSET
    status: ResponsesFunctionCallItemStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        call_id = self.call_id

        name = self.name

        arguments = self.arguments

        id = self.id

        namespace = self.namespace

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "call_id": call_id,
                "name": name,
                "arguments": arguments,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ResponsesFunctionCallItemType(d.pop("type"))

        call_id = d.pop("call_id")

        name = d.pop("name")

        arguments = d.pop("arguments")

        id = d.pop("id", UNSET)

        namespace = d.pop("namespace", UNSET)

        _status = d.pop("status", UNSET)
        status: ResponsesFunctionCallItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ResponsesFunctionCallItemStatus(_status)

        responses_function_call_item = cls(
            type_=type_,
            call_id=call_id,
            name=name,
            arguments=arguments,
            id=id,
            namespace=namespace,
            status=status,
        )

        responses_function_call_item.additional_properties = d
        return responses_function_call_item

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
