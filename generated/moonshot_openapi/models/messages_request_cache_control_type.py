from enum import StrEnum


class MessagesRequestCacheControlType(StrEnum):
    EPHEMERAL = "ephemeral"

    def __str__(self) -> str:
        return str(self.value)
