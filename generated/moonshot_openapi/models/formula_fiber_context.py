from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormulaFiberContext")


@_attrs_define
class FormulaFiberContext:
    """The fiber's input and result.

    Attributes:
        input_ (str | Unset): The request body, as JSON text
        output (str | Unset): The result: the next tool message's content
        encrypted_output (str | Unset): The result of a protected formula (----MOONSHOT ENCRYPTED BEGIN----...): the
            tool message's content, unchanged
        error (Any | Unset): Why the fiber failed
    """

    input_: str | Unset = UNSET
    output: str | Unset = UNSET
    encrypted_output: str | Unset = UNSET
    error: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        output = self.output

        encrypted_output = self.encrypted_output

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output
        if encrypted_output is not UNSET:
            field_dict["encrypted_output"] = encrypted_output
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        input_ = d.pop("input", UNSET)

        output = d.pop("output", UNSET)

        encrypted_output = d.pop("encrypted_output", UNSET)

        error = d.pop("error", UNSET)

        formula_fiber_context = cls(
            input_=input_,
            output=output,
            encrypted_output=encrypted_output,
            error=error,
        )

        formula_fiber_context.additional_properties = d
        return formula_fiber_context

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
