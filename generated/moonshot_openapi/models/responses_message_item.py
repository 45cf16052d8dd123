from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_message_item_role import ResponsesMessageItemRole
from ..models.responses_message_item_status import ResponsesMessageItemStatus
from ..models.responses_message_item_type import ResponsesMessageItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.responses_input_content_part_input_image import (
        ResponsesInputContentPartInputImage,
    )
    from ..models.responses_input_content_part_input_text import (
        ResponsesInputContentPartInputText,
    )
    from ..models.responses_input_content_part_output_text import (
        ResponsesInputContentPartOutputText,
    )


T = TypeVar("T", bound="ResponsesMessageItem")


@_attrs_define
class ResponsesMessageItem:
    """A conversation message. `type` may be omitted.

    Attributes:
        role (ResponsesMessageItemRole): Message role. `developer` is handled as a system instruction.
        content (list[ResponsesInputContentPartInputImage | ResponsesInputContentPartInputText |
            ResponsesInputContentPartOutputText] | str): Message content, either a string or an array of content parts.
        type_ (ResponsesMessageItemType | Unset):
        status (ResponsesMessageItemStatus | Unset):
    """

    role: ResponsesMessageItemRole
    content: (
        list[
            ResponsesInputContentPartInputImage
            | ResponsesInputContentPartInputText
            | ResponsesInputContentPartOutputText
        ]
        | str
    )
    type_: ResponsesMessageItemType | Unset = UNSET
    status: ResponsesMessageItemStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.responses_input_content_part_input_image import (
            ResponsesInputContentPartInputImage,
        )
        from ..models.responses_input_content_part_input_text import (
            ResponsesInputContentPartInputText,
        )

        role = self.role.value

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(
                    content_type_1_item_data, ResponsesInputContentPartInputText
                ) or isinstance(
                    content_type_1_item_data, ResponsesInputContentPartInputImage
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.responses_input_content_part_input_image import (
            ResponsesInputContentPartInputImage,
        )
        from ..models.responses_input_content_part_input_text import (
            ResponsesInputContentPartInputText,
        )
        from ..models.responses_input_content_part_output_text import (
            ResponsesInputContentPartOutputText,
        )

        d = dict(src_dict)
        role = ResponsesMessageItemRole(d.pop("role"))

        def _parse_content(
            data: object,
        ) -> (
            list[
                ResponsesInputContentPartInputImage
                | ResponsesInputContentPartInputText
                | ResponsesInputContentPartOutputText
            ]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        ResponsesInputContentPartInputImage
                        | ResponsesInputContentPartInputText
                        | ResponsesInputContentPartOutputText
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_responses_input_content_part_type_0 = (
                                ResponsesInputContentPartInputText.from_dict(data)
                            )

                            return componentsschemas_responses_input_content_part_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_responses_input_content_part_type_1 = (
                                ResponsesInputContentPartInputImage.from_dict(data)
                            )

                            return componentsschemas_responses_input_content_part_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_responses_input_content_part_type_2 = (
                            ResponsesInputContentPartOutputText.from_dict(data)
                        )

                        return componentsschemas_responses_input_content_part_type_2

                    content_type_1_item = _parse_content_type_1_item(
                        content_type_1_item_data
                    )

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ResponsesInputContentPartInputImage
                    | ResponsesInputContentPartInputText
                    | ResponsesInputContentPartOutputText
                ]
                | str,
                data,
            )

        content = _parse_content(d.pop("content"))

        _type_ = d.pop("type", UNSET)
        type_: ResponsesMessageItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ResponsesMessageItemType(_type_)

        _status = d.pop("status", UNSET)
        status: ResponsesMessageItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ResponsesMessageItemStatus(_status)

        responses_message_item = cls(
            role=role,
            content=content,
            type_=type_,
            status=status,
        )

        responses_message_item.additional_properties = d
        return responses_message_item

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
