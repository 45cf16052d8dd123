from enum import StrEnum


class ResponsesFunctionCallItemStatus(StrEnum):
    COMPLETED = "completed"

    def __str__(self) -> str:
        return str(self.value)
