from enum import StrEnum


class ChatRequestCommonPromptCacheOptionsMode(StrEnum):
    IMPLICIT = "implicit"

    def __str__(self) -> str:
        return str(self.value)
