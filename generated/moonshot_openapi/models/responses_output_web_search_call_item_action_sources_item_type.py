from enum import StrEnum


class ResponsesOutputWebSearchCallItemActionSourcesItemType(StrEnum):
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)
