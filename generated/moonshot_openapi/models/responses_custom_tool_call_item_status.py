from enum import StrEnum


class ResponsesCustomToolCallItemStatus(StrEnum):
    COMPLETED = "completed"

    def __str__(self) -> str:
        return str(self.value)
