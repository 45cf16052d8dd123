from enum import StrEnum


class ResponsesOutputMessageItemRole(StrEnum):
    ASSISTANT = "assistant"

    def __str__(self) -> str:
        return str(self.value)
