from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.choice_delta_finish_reason_type_0 import ChoiceDeltaFinishReasonType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.choice_delta_delta import ChoiceDeltaDelta
    from ..models.choice_delta_usage import ChoiceDeltaUsage


T = TypeVar("T", bound="ChoiceDelta")


@_attrs_define
class ChoiceDelta:
    """
    Attributes:
        index (int | Unset): Choice index
        delta (ChoiceDeltaDelta | Unset): Incremental content object
        finish_reason (ChoiceDeltaFinishReasonType0 | None | Unset): Stop reason, only present in the final chunk
        usage (ChoiceDeltaUsage | Unset): Token usage statistics (optional)
    """

    index: int | Unset = UNSET
    delta: ChoiceDeltaDelta | Unset = UNSET
    finish_reason: ChoiceDeltaFinishReasonType0 | None | Unset = UNSET
    usage: ChoiceDeltaUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        delta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delta, Unset):
            delta = self.delta.to_dict()

        finish_reason: None | str | Unset
        if isinstance(self.finish_reason, Unset):
            finish_reason = UNSET
        elif isinstance(self.finish_reason, ChoiceDeltaFinishReasonType0):
            finish_reason = self.finish_reason.value
        else:
            finish_reason = self.finish_reason

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if delta is not UNSET:
            field_dict["delta"] = delta
        if finish_reason is not UNSET:
            field_dict["finish_reason"] = finish_reason
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.choice_delta_delta import ChoiceDeltaDelta
        from ..models.choice_delta_usage import ChoiceDeltaUsage

        d = dict(src_dict)
        index = d.pop("index", UNSET)

        _delta = d.pop("delta", UNSET)
        delta: ChoiceDeltaDelta | Unset
        if isinstance(_delta, Unset):
            delta = UNSET
        else:
            delta = ChoiceDeltaDelta.from_dict(_delta)

        def _parse_finish_reason(
            data: object,
        ) -> ChoiceDeltaFinishReasonType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finish_reason_type_0 = ChoiceDeltaFinishReasonType0(data)

                return finish_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChoiceDeltaFinishReasonType0 | None | Unset, data)

        finish_reason = _parse_finish_reason(d.pop("finish_reason", UNSET))

        _usage = d.pop("usage", UNSET)
        usage: ChoiceDeltaUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = ChoiceDeltaUsage.from_dict(_usage)

        choice_delta = cls(
            index=index,
            delta=delta,
            finish_reason=finish_reason,
            usage=usage,
        )

        choice_delta.additional_properties = d
        return choice_delta

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
