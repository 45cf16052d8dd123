from enum import StrEnum


class ResponsesResponsePromptCacheOptionsMode(StrEnum):
    IMPLICIT = "implicit"

    def __str__(self) -> str:
        return str(self.value)
