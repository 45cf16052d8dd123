from enum import StrEnum


class ResponsesOutputWebSearchCallItemStatus(StrEnum):
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"

    def __str__(self) -> str:
        return str(self.value)
