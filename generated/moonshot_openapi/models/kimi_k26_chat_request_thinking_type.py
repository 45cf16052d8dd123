from enum import StrEnum


class KimiK26ChatRequestThinkingType(StrEnum):
    DISABLED = "disabled"
    ENABLED = "enabled"

    def __str__(self) -> str:
        return str(self.value)
