from enum import StrEnum


class CustomToolFormatType(StrEnum):
    GRAMMAR = "grammar"

    def __str__(self) -> str:
        return str(self.value)
