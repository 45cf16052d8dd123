from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SignatureVerifyRequest")


@_attrs_define
class SignatureVerifyRequest:
    """
    Attributes:
        nonce (str): The nonce sent in the `X-Msh-Request-Nonce` request header of the model call, exactly as sent.
            Example: 7d929748-0ae6-41c2-ab5d-a186498ad721.
        timestamp (int): The Unix millisecond timestamp returned in the `Msh-Request-Timestamp` response header of the
            model call. Example: 1786338000123.
        model (str): The `model` value from the request body of the model call, exactly as sent. Example:
            kimi-k2.7-code.
        signature (str): The signature token returned in the `Msh-Request-Signature` response header of the model call.
            Example: reqsigv1_<opaque-token>.
    """

    nonce: str
    timestamp: int
    model: str
    signature: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nonce = self.nonce

        timestamp = self.timestamp

        model = self.model

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nonce": nonce,
                "timestamp": timestamp,
                "model": model,
                "signature": signature,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        nonce = d.pop("nonce")

        timestamp = d.pop("timestamp")

        model = d.pop("model")

        signature = d.pop("signature")

        signature_verify_request = cls(
            nonce=nonce,
            timestamp=timestamp,
            model=model,
            signature=signature,
        )

        signature_verify_request.additional_properties = d
        return signature_verify_request

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
