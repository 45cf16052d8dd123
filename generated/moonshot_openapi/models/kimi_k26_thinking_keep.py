from enum import StrEnum


class KimiK26ThinkingKeep(StrEnum):
    ALL = "all"

    def __str__(self) -> str:
        return str(self.value)
