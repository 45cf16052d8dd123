from enum import StrEnum


class MessagesStreamEventContentBlockStartThinkingType(StrEnum):
    THINKING = "thinking"

    def __str__(self) -> str:
        return str(self.value)
