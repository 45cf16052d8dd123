from enum import StrEnum


class MessagesResponseStopReasonType0(StrEnum):
    END_TURN = "end_turn"
    MAX_TOKENS = "max_tokens"
    REFUSAL = "refusal"
    TOOL_USE = "tool_use"

    def __str__(self) -> str:
        return str(self.value)
