from enum import StrEnum


class ResponsesOutputWebSearchCallItemResultsItemType(StrEnum):
    IMAGE_RESULT = "image_result"

    def __str__(self) -> str:
        return str(self.value)
