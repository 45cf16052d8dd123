from enum import StrEnum


class ChatRequestCommonPredictionType(StrEnum):
    CONTENT = "content"

    def __str__(self) -> str:
        return str(self.value)
