from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.kimi_k27_code_chat_request_thinking_keep_type_0 import (
    KimiK27CodeChatRequestThinkingKeepType0,
)
from ..models.kimi_k27_code_chat_request_thinking_type import (
    KimiK27CodeChatRequestThinkingType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="KimiK27CodeChatRequestThinking")


@_attrs_define
class KimiK27CodeChatRequestThinking:
    """Controls thinking for the kimi-k2.7-code model, and whether to fully preserve reasoning_content across multi-turn
    conversations. Optional parameter. Default value is {"type": "enabled", "keep": "all"}.

    Differences from kimi-k2.6:
    - `type` only accepts `"enabled"`. Unlike kimi-k2.6, `"disabled"` is NOT supported — passing it returns an error.
    Thinking is always on for this model.
    - `keep` only accepts the valid value `"all"`; omitting it or passing `"all"` is treated as `"all"` on the server,
    while any other invalid value returns an error. Preserved Thinking is therefore always enabled for this model.

        Attributes:
            type_ (KimiK27CodeChatRequestThinkingType): Enable thinking capability. For kimi-k2.7-code, only `"enabled"` is
                accepted; passing `"disabled"` returns an error. This differs from kimi-k2.6, which also supports `"disabled"`.
            keep (KimiK27CodeChatRequestThinkingKeepType0 | None | Unset): Controls whether reasoning_content from previous
                turns is preserved across a multi-turn conversation, i.e. whether to enable Preserved Thinking.

                - For kimi-k2.7-code this parameter only accepts the valid value `"all"`: passing `"all"`, passing `null`, or
                omitting it all behave identically and are treated as `"all"` on the server — reasoning_content from historical
                turns is always preserved; passing any other invalid value returns an error. This differs from kimi-k2.6, whose
                default is `null` (historical thinking NOT preserved unless you explicitly set `"all"`).
                - Because Preserved Thinking is always on, keep the reasoning_content from every historical assistant message in
                messages as-is.
                - Note: This parameter only affects reasoning_content from historical turns; it does not change whether the
                model produces/outputs thinking within the current turn (that is controlled by `type`). For best practices, see
                [Preserved Thinking](/guide/use-thinking-models#preserved-thinking).
    """

    type_: KimiK27CodeChatRequestThinkingType
    keep: KimiK27CodeChatRequestThinkingKeepType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        keep: None | str | Unset
        if isinstance(self.keep, Unset):
            keep = UNSET
        elif isinstance(self.keep, KimiK27CodeChatRequestThinkingKeepType0):
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
        type_ = KimiK27CodeChatRequestThinkingType(d.pop("type"))

        def _parse_keep(
            data: object,
        ) -> KimiK27CodeChatRequestThinkingKeepType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                keep_type_0 = KimiK27CodeChatRequestThinkingKeepType0(data)

                return keep_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KimiK27CodeChatRequestThinkingKeepType0 | None | Unset, data)

        keep = _parse_keep(d.pop("keep", UNSET))

        kimi_k27_code_chat_request_thinking = cls(
            type_=type_,
            keep=keep,
        )

        return kimi_k27_code_chat_request_thinking
