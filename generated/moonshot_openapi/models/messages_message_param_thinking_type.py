from enum import StrEnum


class MessagesMessageParamThinkingType(StrEnum):
    THINKING = "thinking"

    def __str__(self) -> str:
        return str(self.value)
