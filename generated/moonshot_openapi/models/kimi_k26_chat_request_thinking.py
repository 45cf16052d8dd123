from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.kimi_k26_chat_request_thinking_type import KimiK26ChatRequestThinkingType
from ..models.kimi_k26_thinking_keep import KimiK26ThinkingKeep
from ..types import UNSET, Unset

T = TypeVar("T", bound="KimiK26ChatRequestThinking")


@_attrs_define
class KimiK26ChatRequestThinking:
    """Controls whether thinking is enabled for the kimi-k2.6 model, and whether to fully preserve reasoning_content across
    multi-turn conversations. Optional parameter. Default value is {"type": "enabled"}.

        Attributes:
            type_ (KimiK26ChatRequestThinkingType): Enable or disable thinking capability
            keep (KimiK26ThinkingKeep | None | Unset): Controls whether reasoning_content from previous turns is preserved
                across a multi-turn conversation, i.e. whether to enable Preserved Thinking. Defaults to `null`, meaning
                historical thinking is NOT preserved.

                - `null` (default) or omitted: The server ignores reasoning_content from historical turns.
                - `"all"`: Preserves reasoning_content from historical turns and provides it to the model as part of the
                context, enabling Preserved Thinking. When using this, keep the reasoning_content from every historical
                assistant message in messages as-is. Recommended to use together with `type: "enabled"`.
                - Note: This parameter only affects reasoning_content from historical turns; it does not change whether the
                model produces/outputs thinking within the current turn (that is controlled by `type`). For best practices, see
                [Preserved Thinking](/guide/use-thinking-models#preserved-thinking).
    """

    type_: KimiK26ChatRequestThinkingType
    keep: KimiK26ThinkingKeep | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        keep: None | str | Unset
        if isinstance(self.keep, Unset):
            keep = UNSET
        elif isinstance(self.keep, KimiK26ThinkingKeep):
            keep = self.keep.value
        else:
            keep = self.keep

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if keep is not UNSET:
            field_dict["keep"] = keep

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = KimiK26ChatRequestThinkingType(d.pop("type"))

        def _parse_keep(data: object) -> KimiK26ThinkingKeep | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                keep_type_0 = KimiK26ThinkingKeep(data)

                return keep_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KimiK26ThinkingKeep | None | Unset, data)

        keep = _parse_keep(d.pop("keep", UNSET))

        kimi_k26_chat_request_thinking = cls(
            type_=type_,
            keep=keep,
        )

        return kimi_k26_chat_request_thinking
