from enum import StrEnum


class WebSearchToolSearchContentTypesItem(StrEnum):
    IMAGE = "image"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
