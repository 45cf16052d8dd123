from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_tool_call_output_status import CustomToolCallOutputStatus
from ..models.custom_tool_call_output_type import CustomToolCallOutputType
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


T = TypeVar("T", bound="CustomToolCallOutput")


@_attrs_define
class CustomToolCallOutput:
    """Result of executing a custom tool call.

    Attributes:
        type_ (CustomToolCallOutputType):
        call_id (str): Same call ID as the matching `custom_tool_call`.
        output (list[ResponsesInputContentPartInputImage | ResponsesInputContentPartInputText |
            ResponsesInputContentPartOutputText] | str): Content returned by the tool.
        status (CustomToolCallOutputStatus | Unset):
    """

    type_: CustomToolCallOutputType
    call_id: str
    output: (
        list[
            ResponsesInputContentPartInputImage
            | ResponsesInputContentPartInputText
            | ResponsesInputContentPartOutputText
        ]
        | str
    )
    status: CustomToolCallOutputStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.responses_input_content_part_input_image import (
            ResponsesInputContentPartInputImage,
        )
        from ..models.responses_input_content_part_input_text import (
            ResponsesInputContentPartInputText,
        )

        type_ = self.type_.value

        call_id = self.call_id

        output: list[dict[str, Any]] | str
        if isinstance(self.output, list):
            output = []
            for output_type_1_item_data in self.output:
                output_type_1_item: dict[str, Any]
                if isinstance(
                    output_type_1_item_data, ResponsesInputContentPartInputText
                ) or isinstance(
                    output_type_1_item_data, ResponsesInputContentPartInputImage
                ):
                    output_type_1_item = output_type_1_item_data.to_dict()
                else:
                    output_type_1_item = output_type_1_item_data.to_dict()

                output.append(output_type_1_item)

        else:
            output = self.output

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "call_id": call_id,
                "output": output,
            }
        )
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
        type_ = CustomToolCallOutputType(d.pop("type"))

        call_id = d.pop("call_id")

        def _parse_output(
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
                output_type_1 = []
                _output_type_1 = data
                for output_type_1_item_data in _output_type_1:

                    def _parse_output_type_1_item(
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

                    output_type_1_item = _parse_output_type_1_item(
                        output_type_1_item_data
                    )

                    output_type_1.append(output_type_1_item)

                return output_type_1
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

        output = _parse_output(d.pop("output"))

        _status = d.pop("status", UNSET)
        status: CustomToolCallOutputStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CustomToolCallOutputStatus(_status)

        custom_tool_call_output = cls(
            type_=type_,
            call_id=call_id,
            output=output,
            status=status,
        )

        custom_tool_call_output.additional_properties = d
        return custom_tool_call_output

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
