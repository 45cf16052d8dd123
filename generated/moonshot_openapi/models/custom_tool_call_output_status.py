from enum import StrEnum


class CustomToolCallOutputStatus(StrEnum):
    COMPLETED = "completed"

    def __str__(self) -> str:
        return str(self.value)
