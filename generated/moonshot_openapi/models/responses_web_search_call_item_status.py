from enum import StrEnum


class ResponsesWebSearchCallItemStatus(StrEnum):
    COMPLETED = "completed"

    def __str__(self) -> str:
        return str(self.value)
