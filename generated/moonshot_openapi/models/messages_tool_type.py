from enum import StrEnum


class MessagesToolType(StrEnum):
    CUSTOM = "custom"

    def __str__(self) -> str:
        return str(self.value)
