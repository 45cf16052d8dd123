from enum import StrEnum


class MessagesResponseThinkingType(StrEnum):
    THINKING = "thinking"

    def __str__(self) -> str:
        return str(self.value)
