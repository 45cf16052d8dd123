from enum import StrEnum


class MessagesResponseTextType(StrEnum):
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
