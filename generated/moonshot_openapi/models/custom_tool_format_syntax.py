from enum import StrEnum


class CustomToolFormatSyntax(StrEnum):
    LARK = "lark"

    def __str__(self) -> str:
        return str(self.value)
