from enum import StrEnum


class ChoiceDeltaDeltaToolCallsItemType(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)
