from enum import StrEnum


class KimiK3DynamicToolMessageRole(StrEnum):
    SYSTEM = "system"

    def __str__(self) -> str:
        return str(self.value)
