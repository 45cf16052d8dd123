from enum import StrEnum


class CustomToolName(StrEnum):
    APPLY_PATCH = "apply_patch"

    def __str__(self) -> str:
        return str(self.value)
