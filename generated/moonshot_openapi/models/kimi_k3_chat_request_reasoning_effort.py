from enum import StrEnum


class KimiK3ChatRequestReasoningEffort(StrEnum):
    HIGH = "high"
    LOW = "low"
    MAX = "max"

    def __str__(self) -> str:
        return str(self.value)
