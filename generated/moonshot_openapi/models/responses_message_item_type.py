from enum import StrEnum


class ResponsesMessageItemType(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
