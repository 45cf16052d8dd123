from enum import StrEnum


class KimiK25ChatRequestThinkingType(StrEnum):
    DISABLED = "disabled"
    ENABLED = "enabled"

    def __str__(self) -> str:
        return str(self.value)
