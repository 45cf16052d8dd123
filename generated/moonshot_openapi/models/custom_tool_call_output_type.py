from enum import StrEnum


class CustomToolCallOutputType(StrEnum):
    CUSTOM_TOOL_CALL_OUTPUT = "custom_tool_call_output"

    def __str__(self) -> str:
        return str(self.value)
