from enum import StrEnum


class ResponsesMessageItemStatus(StrEnum):
    COMPLETED = "completed"

    def __str__(self) -> str:
        return str(self.value)
