from enum import StrEnum


class ResponsesReasoningItemType(StrEnum):
    REASONING = "reasoning"

    def __str__(self) -> str:
        return str(self.value)
