from enum import StrEnum


class FunctionCallOutputStatus(StrEnum):
    COMPLETED = "completed"

    def __str__(self) -> str:
        return str(self.value)
