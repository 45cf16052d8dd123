from enum import StrEnum


class ChatRequestBasePredictionType(StrEnum):
    CONTENT = "content"

    def __str__(self) -> str:
        return str(self.value)
