from enum import StrEnum


class AdditionalToolsRole(StrEnum):
    DEVELOPER = "developer"

    def __str__(self) -> str:
        return str(self.value)
