from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_create_request_endpoint import BatchCreateRequestEndpoint
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_create_request_metadata import BatchCreateRequestMetadata


T = TypeVar("T", bound="BatchCreateRequest")


@_attrs_define
class BatchCreateRequest:
    """
    Attributes:
        input_file_id (str): ID of the input file, must be a .jsonl file uploaded with purpose="batch"
        endpoint (BatchCreateRequestEndpoint): Request endpoint, currently only /v1/chat/completions is supported
        completion_window (str): Time window for task processing, supports formats like 12h, 1d, 3d, minimum 12h,
            maximum 7d
        metadata (BatchCreateRequestMetadata | Unset): Custom metadata, up to 16 key-value pairs, key max 64 chars,
            value max 512 chars
    """

    input_file_id: str
    endpoint: BatchCreateRequestEndpoint
    completion_window: str
    metadata: BatchCreateRequestMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_file_id = self.input_file_id

        endpoint = self.endpoint.value

        completion_window = self.completion_window

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_file_id": input_file_id,
                "endpoint": endpoint,
                "completion_window": completion_window,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.batch_create_request_metadata import BatchCreateRequestMetadata

        d = dict(src_dict)
        input_file_id = d.pop("input_file_id")

        endpoint = BatchCreateRequestEndpoint(d.pop("endpoint"))

        completion_window = d.pop("completion_window")

        _metadata = d.pop("metadata", UNSET)
        metadata: BatchCreateRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = BatchCreateRequestMetadata.from_dict(_metadata)

        batch_create_request = cls(
            input_file_id=input_file_id,
            endpoint=endpoint,
            completion_window=completion_window,
            metadata=metadata,
        )

        batch_create_request.additional_properties = d
        return batch_create_request

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
