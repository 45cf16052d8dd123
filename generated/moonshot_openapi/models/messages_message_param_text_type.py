from enum import StrEnum


class MessagesMessageParamTextType(StrEnum):
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
