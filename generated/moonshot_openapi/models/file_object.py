from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_object_purpose import FileObjectPurpose
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileObject")


@_attrs_define
class FileObject:
    """
    Attributes:
        id (str): Unique file identifier
        object_ (str): Object type Example: file.
        bytes_ (int): File size in bytes
        created_at (int): Unix timestamp when the file was created
        filename (str): Original file name
        purpose (FileObjectPurpose): Purpose used when uploading the file. file-extract: extract content from text-based
            files (such as pdf, doc, txt); images are not supported; image: upload images for vision understanding; video:
            upload videos for video understanding; batch: upload JSONL files for batch processing
        status (str): Processing status of the file Example: ready.
        status_details (str | Unset): Additional status details when processing fails or returns warnings
    """

    id: str
    object_: str
    bytes_: int
    created_at: int
    filename: str
    purpose: FileObjectPurpose
    status: str
    status_details: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        bytes_ = self.bytes_

        created_at = self.created_at

        filename = self.filename

        purpose = self.purpose.value

        status = self.status

        status_details = self.status_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "bytes": bytes_,
                "created_at": created_at,
                "filename": filename,
                "purpose": purpose,
                "status": status,
            }
        )
        if status_details is not UNSET:
            field_dict["status_details"] = status_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object")

        bytes_ = d.pop("bytes")

        created_at = d.pop("created_at")

        filename = d.pop("filename")

        purpose = FileObjectPurpose(d.pop("purpose"))

        status = d.pop("status")

        status_details = d.pop("status_details", UNSET)

        file_object = cls(
            id=id,
            object_=object_,
            bytes_=bytes_,
            created_at=created_at,
            filename=filename,
            purpose=purpose,
            status=status,
            status_details=status_details,
        )

        file_object.additional_properties = d
        return file_object

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
