from enum import StrEnum


class ChatRequestBasePromptCacheOptionsMode(StrEnum):
    IMPLICIT = "implicit"

    def __str__(self) -> str:
        return str(self.value)
