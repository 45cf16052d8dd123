from enum import StrEnum


class MessagesResponseType(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
