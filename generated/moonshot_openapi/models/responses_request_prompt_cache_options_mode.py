from enum import StrEnum


class ResponsesRequestPromptCacheOptionsMode(StrEnum):
    IMPLICIT = "implicit"

    def __str__(self) -> str:
        return str(self.value)
