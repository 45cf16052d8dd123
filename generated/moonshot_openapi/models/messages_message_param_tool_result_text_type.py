from enum import StrEnum


class MessagesMessageParamToolResultTextType(StrEnum):
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
