from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.formula_fiber_object import FormulaFiberObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.formula_fiber_context import FormulaFiberContext


T = TypeVar("T", bound="FormulaFiber")


@_attrs_define
class FormulaFiber:
    """One execution of a formula tool.

    Attributes:
        id (str): The fiber's ID (fiber-...)
        object_ (FormulaFiberObject):
        status (str): succeeded, or a kind of failure
        created_at (int | Unset): Unix time in seconds
        lambda_id (str | Unset):
        context (FormulaFiberContext | Unset): The fiber's input and result.
        formula (str | Unset): The formula URI (moonshot/web-search:latest)
        organization_id (str | Unset):
        project_id (str | Unset):
        error (Any | Unset): Why the fiber failed (the page's example reads it as text)
    """

    id: str
    object_: FormulaFiberObject
    status: str
    created_at: int | Unset = UNSET
    lambda_id: str | Unset = UNSET
    context: FormulaFiberContext | Unset = UNSET
    formula: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    project_id: str | Unset = UNSET
    error: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_.value

        status = self.status

        created_at = self.created_at

        lambda_id = self.lambda_id

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        formula = self.formula

        organization_id = self.organization_id

        project_id = self.project_id

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "status": status,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if lambda_id is not UNSET:
            field_dict["lambda_id"] = lambda_id
        if context is not UNSET:
            field_dict["context"] = context
        if formula is not UNSET:
            field_dict["formula"] = formula
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.formula_fiber_context import FormulaFiberContext

        d = dict(src_dict)
        id = d.pop("id")

        object_ = FormulaFiberObject(d.pop("object"))

        status = d.pop("status")

        created_at = d.pop("created_at", UNSET)

        lambda_id = d.pop("lambda_id", UNSET)

        _context = d.pop("context", UNSET)
        context: FormulaFiberContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = FormulaFiberContext.from_dict(_context)

        formula = d.pop("formula", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        project_id = d.pop("project_id", UNSET)

        error = d.pop("error", UNSET)

        formula_fiber = cls(
            id=id,
            object_=object_,
            status=status,
            created_at=created_at,
            lambda_id=lambda_id,
            context=context,
            formula=formula,
            organization_id=organization_id,
            project_id=project_id,
            error=error,
        )

        formula_fiber.additional_properties = d
        return formula_fiber

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
