from enum import StrEnum


class MessagesStreamEventContentBlockStartTextType(StrEnum):
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
