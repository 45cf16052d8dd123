from enum import StrEnum


class CustomToolType(StrEnum):
    CUSTOM = "custom"

    def __str__(self) -> str:
        return str(self.value)
