from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.estimate_token_request_model import EstimateTokenRequestModel

if TYPE_CHECKING:
    from ..models.message import Message


T = TypeVar("T", bound="EstimateTokenRequest")


@_attrs_define
class EstimateTokenRequest:
    """
    Attributes:
        model (EstimateTokenRequestModel): Model ID
        messages (list[Message]): A list of messages in the conversation so far. Each element has the format {"role":
            "user", "content": "Hello"}. role supports system, user, assistant, or tool. content must not be empty
    """

    model: EstimateTokenRequestModel
    messages: list[Message]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model.value

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.message import Message

        d = dict(src_dict)
        model = EstimateTokenRequestModel(d.pop("model"))

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = Message.from_dict(messages_item_data)

            messages.append(messages_item)

        estimate_token_request = cls(
            model=model,
            messages=messages,
        )

        estimate_token_request.additional_properties = d
        return estimate_token_request

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
