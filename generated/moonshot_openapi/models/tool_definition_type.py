from enum import StrEnum


class ToolDefinitionType(StrEnum):
    FUNCTION = "function"

    def __str__(self) -> str:
        return str(self.value)
