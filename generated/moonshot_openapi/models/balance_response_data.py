from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BalanceResponseData")


@_attrs_define
class BalanceResponseData:
    """
    Attributes:
        available_balance (float): The available balance (unit: USD), including cash balance and voucher balance. When
            it is less than or equal to 0, the user cannot call the inference API Example: 49.58894.
        voucher_balance (float): The voucher balance (unit: USD), which cannot be negative Example: 46.58893.
        cash_balance (float): The cash balance (unit: USD), which can be negative, indicating that the user owes money.
            When it is negative, available_balance is equal to the value of voucher_balance Example: 3.00001.
    """

    available_balance: float
    voucher_balance: float
    cash_balance: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_balance = self.available_balance

        voucher_balance = self.voucher_balance

        cash_balance = self.cash_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available_balance": available_balance,
                "voucher_balance": voucher_balance,
                "cash_balance": cash_balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        available_balance = d.pop("available_balance")

        voucher_balance = d.pop("voucher_balance")

        cash_balance = d.pop("cash_balance")

        balance_response_data = cls(
            available_balance=available_balance,
            voucher_balance=voucher_balance,
            cash_balance=cash_balance,
        )

        balance_response_data.additional_properties = d
        return balance_response_data

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
