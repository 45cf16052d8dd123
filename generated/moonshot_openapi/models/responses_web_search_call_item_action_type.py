from enum import StrEnum


class ResponsesWebSearchCallItemActionType(StrEnum):
    SEARCH = "search"

    def __str__(self) -> str:
        return str(self.value)
