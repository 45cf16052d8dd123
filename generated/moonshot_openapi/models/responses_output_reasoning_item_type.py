from enum import StrEnum


class ResponsesOutputReasoningItemType(StrEnum):
    REASONING = "reasoning"

    def __str__(self) -> str:
        return str(self.value)
