from enum import StrEnum


class ResponsesOutputMessageItemType(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
