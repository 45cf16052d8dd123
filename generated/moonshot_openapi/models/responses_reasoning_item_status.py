from enum import StrEnum


class ResponsesReasoningItemStatus(StrEnum):
    COMPLETED = "completed"

    def __str__(self) -> str:
        return str(self.value)
