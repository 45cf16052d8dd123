from enum import StrEnum


class ResponsesOutputWebSearchCallItemActionType(StrEnum):
    SEARCH = "search"

    def __str__(self) -> str:
        return str(self.value)
